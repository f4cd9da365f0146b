// After the first pass: a name listed together with a person is a person ("Blatter und Beckenbauer",
// "Whitehead, Leadbitter and Edwards").
import type { Gazetteer } from './gazetteer';
import type { Lexicon } from './lexicon-index';
import type { Span } from './scan';
import type { Token } from './tokenize';
import { joined, matchAlias, matchPersonName, nameWord } from './matchers';
import { plausibleName } from './signals';

/** "Blatter und Beckenbauer", "Whitehead, Leadbitter and Edwards": a name listed with a person is a person. */
export function coordinate(tokens: Token[], spans: Span[], g: Gazetteer, lex: Lexicon, lang: 'de' | 'en'): Span[] {
  const covered = new Uint8Array(tokens.length);
  for (const s of spans) covered.fill(1, s.start, s.end);
  const extra: Span[] = [];
  const candidate = (k: number, maxTokens = 2): number => {
    if (k < 0 || k >= tokens.length || covered[k] || !nameWord(tokens[k], lex) || tokens[k].upper || tokens[k].text.length < 2 || matchAlias(tokens, k, g)) return -1;
    if (tokens[k].gap === '-') return -1; // "Hindi-Songs und Peter Gabriel": the tail of a compound is no name
    const end = matchPersonName(tokens, k, lex, false);
    return end > k && end - k <= maxTokens && plausibleName(tokens, k, end, lex, lang, true) ? end : -1;
  };
  /** The name that ends right before token `end` (one to three tokens: "Dean Whitehead", "Michèle Alliot-Marie"). */
  const nameEndingAt = (end: number): number => {
    for (let start = Math.max(0, end - 3); start < end; start++) if (candidate(start, 3) === end && (start === 0 || !joined(tokens[start]) || !nameWord(tokens[start - 1], lex))) return start;
    return -1;
  };
  const queue = [...spans];
  for (let q = 0; q < queue.length; q++) {
    const s = queue[q];
    if (s.type !== 'person') continue;
    // after: "X und Y", "X, Y"; in a byline also "Reporting by X in Bengaluru and Y in Tokyo".
    let base = s.end;
    if (s.source === 'byline' && tokens[base]?.text === 'in' && tokens[base + 1]?.cap) {
      base += 2;
      while (tokens[base]?.cap && joined(tokens[base]) && base - s.end < 4) base++;
    }
    const a = tokens[base];
    const link = a && (/^\s*,\s*$/.test(a.gap) ? base : /^(und|and|oder|or|sowie)$/.test(a.text) ? base + 1 : -1);
    if (link >= 0) {
      const end = candidate(link);
      if (end > 0 && (link > base || /^(und|and|,)/.test(tokens[end]?.text ?? '') || /,/.test(tokens[end]?.gap ?? '') || s.source === 'byline')) {
        const y: Span = { start: link, end, type: 'person', source: s.source === 'byline' ? 'byline' : 'coordination' };
        extra.push(y);
        covered.fill(1, link, end);
        if (s.source === 'byline') queue.push(y); // a byline lists its reporters
      }
    }
    // before: "Y und X", and walking back a list: "W, Y und X" ("Dean Whitehead, Grant Leadbitter und Carlos Edwards").
    const b = tokens[s.start - 1];
    const conj = !!b && /^(und|and|sowie)$/.test(b.text);
    const listComma = /^\s*,\s*$/.test(tokens[s.start].gap) && (s.source === 'coordination' || /^(und|and|sowie)$/.test(tokens[s.end]?.text ?? ''));
    const nameEnd = conj ? s.start - 1 : listComma ? s.start : -1;
    if (nameEnd > 0) {
      const start = nameEndingAt(nameEnd);
      // Up a comma list only full names or known name words: "Brot, Käse und Carlos Edwards" lists food.
      const nameShaped = start >= 0 && (conj || nameEnd - start >= 2 || lex.given.has(tokens[start].text) || lex.surnames.has(tokens[start].text));
      if (nameShaped) {
        const y: Span = { start, end: nameEnd, type: 'person', source: 'coordination' };
        extra.push(y);
        covered.fill(1, start, nameEnd);
        queue.push(y);
      }
    }
  }
  return extra.length ? [...spans, ...extra].sort((x, y) => x.start - y.start) : spans;
}
