// Word tokens with offsets. Letters/digits form words; "&" is a token of its own (AT&T, Procter & Gamble).
// Hyphens, apostrophes and dots separate tokens but are kept in `gap` so matchers can tell "Meta-Chef" from
// "Meta. Chef" and "Moody's" from "Moody s".

export interface Token {
  text: string;
  start: number;
  end: number;
  /** Text between the previous token and this one ("" for the first token of a glued run). */
  gap: string;
  /** Starts with an upper-case letter. */
  cap: boolean;
  /** Two or more letters, all upper case (digits allowed): "IMF", "S3". */
  upper: boolean;
  /** First token of a sentence or line (after . ! ? : newline, or at the start). */
  sentStart: boolean;
}

const WORD = /[\p{L}\p{N}]+|&/gu;
const UPPER = /^\p{Lu}/u;
const ALL_UPPER = /^(?=.*\p{L}.*\p{L})[\p{Lu}\p{N}]+$/u;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let prevEnd = 0;
  let sentStart = true;
  for (const m of text.matchAll(WORD)) {
    const start = m.index!;
    const gap = text.slice(prevEnd, start);
    if (tokens.length && /[.!?:;]\s|\n|[„“"»«]\s*$/.test(gap)) sentStart = true;
    if (/[.!?]\s*$/.test(gap) && /\s/.test(gap)) sentStart = true;
    const word = m[0];
    tokens.push({
      text: word,
      start,
      end: start + word.length,
      gap,
      cap: UPPER.test(word),
      upper: word.length > 1 && UPPER.test(word) && UPPER.test(word[1]) && ALL_UPPER.test(word),
      sentStart,
    });
    sentStart = false;
    prevEnd = start + word.length;
  }
  return tokens;
}

/** Normalised gap for matching: whitespace runs and hyphens between name parts count the same. */
export function gapKey(gap: string): string {
  if (gap === '') return '';
  if (/^[\s\u00a0]*[-‐‑–]?[\s\u00a0]*$/.test(gap)) return ' ';
  return gap.replace(/\s+/g, ' ');
}

/** Token texts + gap keys of a name, for the matchers (a lighter path than `tokenize`: the index has 3,000 names). */
export function nameTokens(name: string): { words: string[]; gaps: string[] } {
  const words: string[] = [];
  const gaps: string[] = [];
  let prevEnd = 0;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(name); m; m = WORD.exec(name)) {
    gaps.push(words.length ? gapKey(name.slice(prevEnd, m.index)) : '');
    words.push(m[0]);
    prevEnd = m.index + m[0].length;
  }
  return { words, gaps };
}
