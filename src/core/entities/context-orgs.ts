// Organisations recognised by what surrounds them, after the first pass has found the people:
// "Bernstein analyst Geoffrey Porges", "Josh Ginsberg, CEO of Zignal", "partner at Friedman", "Stratasys shares",
// "shares of Limelight", "Bankrate.com". Only tokens the first pass left uncovered are considered.
import type { Gazetteer } from './gazetteer';
import type { Lexicon } from './lexicon-index';
import type { Span } from './scan';
import type { Token } from './tokenize';
import { capRun, germanNounLike, joined, matchAlias, matchRole, nameWord } from './matchers';

const DOMAIN = /^(com|net|org|io|ai|de|co|uk|ch|at|fr)$/;
const AFTER_ROLE = /^(of|at|bei|von|vom|der|des|from|with)$/i;
const STOCK_AFTER = /^(shares|stock|stocks|Aktie|Aktien|Papiere|Titel)$/;

export function contextOrgs(tokens: Token[], spans: Span[], g: Gazetteer, lex: Lexicon, lang: 'de' | 'en'): Span[] {
  // 1 = covered; 2 = covered by a weak guess (a lone name before "said") that organisation evidence may replace.
  const covered = new Uint8Array(tokens.length);
  for (const s of spans) covered.fill(s.source === 'speech' && s.end - s.start === 1 ? 2 : 1, s.start, s.end);
  const free = (a: number, b: number): boolean => a >= 0 && b <= tokens.length && !covered.subarray(a, b).some((x) => x === 1);
  const extra: Span[] = [];
  const replaced = new Set<number>();
  const push = (start: number, end: number, source: string): void => {
    if (end <= start || !free(start, end)) return;
    for (let k = start; k < end; k++) if (covered[k] === 2) replaced.add(k);
    const words = tokens.slice(start, end);
    if (words.every((t) => lex.places.has(t.text) || lex.common.has(t.text))) return;
    if (lang === 'de' && end - start === 1 && germanNounLike(words[0].text)) return;
    extra.push({ start, end, type: 'company', source });
    covered.fill(1, start, end);
  };
  /** Capitalised run that ends at token `end` (exclusive), at most 4 words. */
  const runBefore = (end: number): number => {
    let start = end;
    while (start > 0 && end - start < 4 && nameWord(tokens[start - 1], lex) && covered[start - 1] !== 1 && (start === end || joined(tokens[start]))) start--;
    return start;
  };

  for (const p of spans) {
    if (p.type !== 'person') continue;
    // "Bernstein analyst Geoffrey Porges", "Allan Gray boss Simon Mawhinney".
    // (German "Wetzlars Trainer", "Berlins Bürgermeister" are places in the genitive: left out.)
    if (p.role && p.role.start > 0 && joined(tokens[p.role.start]) && !(lang === 'de' && /s$/.test(tokens[p.role.start - 1].text))) {
      const start = runBefore(p.role.start);
      if (start < p.role.start && !tokens[start].sentStart) push(start, p.role.start, 'role-org');
      else if (start < p.role.start && start + 1 < p.role.start) push(start, p.role.start, 'role-org');
    }
    // "Josh Ginsberg, CEO of Zignal", "Mike Greenwald, partner at Friedman".
    let k = p.end;
    if (tokens[k] && /,/.test(tokens[k].gap)) {
      while (tokens[k] && /^(the|a|an|der|die|ein|eine|einen|senior|former|ehemaliger?)$/i.test(tokens[k].text)) k++;
      const role = matchRole(tokens, k, lex);
      if (role) {
        let j = role.end;
        while (j < tokens.length && j - role.end < 3 && !AFTER_ROLE.test(tokens[j].text) && /^\p{Ll}/u.test(tokens[j].text)) j++;
        if (AFTER_ROLE.test(tokens[j]?.text ?? '') && tokens[j + 1]?.cap && !matchAlias(tokens, j + 1, g)) {
          const end = capRun(tokens, j + 1, lex, 4);
          if (end > j + 1) push(j + 1, end, 'role-org');
        }
      }
    }
  }
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (covered[i] || !t.cap) continue;
    // "Bankrate.com", "PRBuzz.com".
    const next = tokens[i + 1];
    if (next && next.gap === '.' && DOMAIN.test(next.text)) {
      push(i, i + 2, 'domain');
      continue;
    }
    // "Stratasys shares", "shares of Limelight".
    if (!t.sentStart && nameWord(t, lex) && next && STOCK_AFTER.test(next.text) && (joined(next) || next.gap === '-')) {
      const start = runBefore(i + 1);
      push(start, i + 1, 'stock');
    }
    if (i >= 2 && /^(of|von)$/.test(tokens[i - 1].text) && /^(shares|Aktien|stock)$/.test(tokens[i - 2].text) && nameWord(t, lex)) {
      push(i, capRun(tokens, i, lex, 3), 'stock');
    }
  }
  if (!extra.length) return spans;
  const kept = spans.filter((s) => !(s.end - s.start === 1 && replaced.has(s.start)));
  return [...kept, ...extra].sort((a, b) => a.start - b.start);
}
