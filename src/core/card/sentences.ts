// Sentence splitting for German and English news text with offsets into Article.text.
// Intl.Segmenter does the work (ICU rules, quotes, "?!"), but it splits after every "Dr." or "z. B." and inside
// "am 12. Juni": those false breaks are merged back here. Each line of Article.text is one block, so a
// sentence never crosses a line.

export interface Sentence {
  text: string;
  /** Offsets in the text that was split (UTF-16 units, end exclusive). */
  start: number;
  end: number;
  /** Index of the line (block) the sentence sits in. */
  line: number;
}

/** Abbreviations after which a period does not end a sentence (lower-case, without the final period). */
const ABBREVIATIONS = new Set(
  (
    'z.b d.h u.a o.ä u.ä s.o s.u v.a z.t i.d.r u.s u.k e.g i.e a.m p.m bzw ca dr prof dipl ing mag med jur rer nat ' +
    'mio mrd bio tsd mill mia nr str hr fr frl st abs art bd jh jhd vgl inkl zzgl exkl evtl ggf usw etc sog geb ' +
    'gebr gegr verh max min mind std tel ust co corp inc ltd mr mrs ms jr sr vs no approx dept est fig gen gov ' +
    'jan feb mär apr jun jul aug sep sept okt oct nov dez dec rd chr bzgl gem lt pkt ak'
  ).split(' '),
);

const MONTHS =
  /^(?:Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember|Jan|Feb|Mär|Apr|Jun|Jul|Aug|Sep|Okt|Nov|Dez|Quartal|Halbjahr|Jahrhundert|Mal|Platz|Rang|Stock|Lebensjahr)\b/;

type Piece = { start: number; end: number };

type Splitter = (line: string) => Piece[];

/** One Intl.Segmenter per call (constructing one per line is the slow part on long pages); regex fallback. */
function makeSplitter(lang: string): Splitter {
  const Seg = typeof Intl !== 'undefined' ? (Intl as { Segmenter?: typeof Intl.Segmenter }).Segmenter : undefined;
  if (Seg) {
    try {
      const seg = new Seg(lang, { granularity: 'sentence' });
      return (line) => Array.from(seg.segment(line), (s) => ({ start: s.index, end: s.index + s.segment.length }));
    } catch {
      /* unsupported locale: fall through to the regex splitter */
    }
  }
  return (line) => {
    const pieces: Piece[] = [];
    const re = /[^.!?…]*(?:[.!?…]+["'“”‘’«»)]*\s*|$)/g;
    for (let m = re.exec(line); m && m[0]; m = re.exec(line)) pieces.push({ start: m.index, end: m.index + m[0].length });
    return pieces;
  };
}

/** True when the break after `before` (a fragment ending in a period) is not a sentence end. */
function isFalseBreak(before: string, after: string, lang: string): boolean {
  const b = before.trimEnd();
  const a = after.trimStart();
  if (!a) return false;
  // A sentence never starts lower-case ("z. B. um", "Mio. von") or with a closing bracket or a comma.
  if (/^[a-zäöüß,;:)\]]/.test(a)) return true;
  if (!b.endsWith('.')) return false;
  const lastWord = /(?:^|[\s(„"'])([\p{L}.]+)\.$/u.exec(b)?.[1] ?? '';
  if (lastWord && ABBREVIATIONS.has(lastWord.toLowerCase())) return true;
  // Initials and dotted abbreviations: "J. Smith", "U.S.", "z. B."
  if (/(?:^|[\s(])\p{L}\.$/u.test(b) || /(?:^|\s)(?:\p{L}\.){2,}$/u.test(b)) return true;
  // German ordinals: "am 12. Juni", "im 3. Quartal", "zum 5. Mal"; also "12." followed by a number (dates).
  if (/(?:^|\s)\d{1,2}\.$/.test(b) && (lang === 'de' ? /^(?:\d|\p{Lu})/u.test(a) && (MONTHS.test(a) || /^\d/.test(a)) : /^\d/.test(a))) return true;
  return false;
}

/** Splits `text` (one block per line) into sentences with offsets. Never throws; empty input gives []. */
export function splitSentences(text: string, lang: string | null): Sentence[] {
  const locale = lang && /^[a-z]{2,3}$/i.test(lang) ? lang : 'de';
  const out: Sentence[] = [];
  let lineStart = 0;
  const lines = text.split('\n');
  const split = makeSplitter(locale);
  lines.forEach((line, lineNo) => {
    const pieces = split(line);
    const merged: Piece[] = [];
    for (const p of pieces) {
      const prev = merged[merged.length - 1];
      if (prev && isFalseBreak(line.slice(prev.start, prev.end), line.slice(p.start, p.end), locale)) prev.end = p.end;
      else merged.push({ ...p });
    }
    for (const p of merged) {
      const raw = line.slice(p.start, p.end);
      const lead = raw.length - raw.trimStart().length;
      const trimmed = raw.trim();
      if (!trimmed) continue;
      const start = lineStart + p.start + lead;
      out.push({ text: trimmed, start, end: start + trimmed.length, line: lineNo });
    }
    lineStart += line.length + 1;
  });
  return out;
}

/** True when a sentence ends as a sentence does: terminal punctuation, optionally inside quotes or brackets. */
export function endsLikeSentence(s: string): boolean {
  return /[.!?…]["'“”‘’«»)\]]*$/.test(s.trim());
}
