// After the first pass: a name listed together with a person is a person ("Blatter und Beckenbauer",
// "Whitehead, Leadbitter and Edwards").
import type { Gazetteer } from './gazetteer';
import type { Lexicon } from './lexicon-index';
import type { Span } from './scan';
import type { Token } from './tokenize';
import { matchAlias, matchPersonName, nameWord } from './matchers';
import { plausibleName } from './signals';

/** "Blatter und Beckenbauer", "Whitehead, Leadbitter and Edwards": a name listed with a person is a person. */
export function coordinate(tokens: Token[], spans: Span[], g: Gazetteer, lex: Lexicon, lang: 'de' | 'en'): Span[] {
  const covered = new Uint8Array(tokens.length);
  for (const s of spans) covered.fill(1, s.start, s.end);
  const extra: Span[] = [];
  const candidate = (k: number): number => {
    if (k < 0 || k >= tokens.length || covered[k] || !nameWord(tokens[k], lex) || tokens[k].upper || tokens[k].text.length < 2 || matchAlias(tokens, k, g)) return -1;
    if (tokens[k].gap === '-') return -1; // "Hindi-Songs und Peter Gabriel": the tail of a compound is no name
    const end = matchPersonName(tokens, k, lex, false);
    return end > k && end - k <= 2 && plausibleName(tokens, k, end, lex, lang, true) ? end : -1;
  };
  for (const s of spans) {
    if (s.type !== 'person') continue;
    // after: "X und Y", "X, Y"
    const a = tokens[s.end];
    const link = a && (/^\s*,\s*$/.test(a.gap) ? s.end : /^(und|and|oder|or|sowie)$/.test(a.text) ? s.end + 1 : -1);
    if (link >= 0 && (link === s.end ? /^(und|and|oder|or|sowie)$/.test(tokens[link + 1]?.text ?? '') || tokens[link + 1]?.gap.includes(',') || true : true)) {
      const end = candidate(link);
      if (end > 0 && (link > s.end || /^(und|and|,)/.test(tokens[end]?.text ?? '') || /,/.test(tokens[end]?.gap ?? ''))) {
        extra.push({ start: link, end, type: 'person', source: 'coordination' });
        covered.fill(1, link, end);
      }
    }
    // before: "Y und X"
    const b = tokens[s.start - 1];
    if (b && /^(und|and|sowie)$/.test(b.text) && s.start >= 2) {
      const start = s.start - 2;
      if (start >= 0 && candidate(start) === s.start - 1) {
        extra.push({ start, end: s.start - 1, type: 'person', source: 'coordination' });
        covered.fill(1, start, s.start - 1);
      }
    }
  }
  return extra.length ? [...spans, ...extra].sort((x, y) => x.start - y.start) : spans;
}
