// Second pass: one reading per name in the article. Names found by a rule once ("das Startup DeepSeek",
// "CEO Mark Zuckerberg") are found again everywhere else ("DeepSeek", "Zuckerberg", "Zuckerbergs"), and a bare
// surname is linked to the full name it stands for.
import type { EntityType } from '../types';
import type { AliasEntry, Gazetteer, KnownEntity } from './gazetteer';
import type { Lexicon } from './lexicon-index';
import type { Span } from './scan';
import { gapKey, type Token } from './tokenize';
import { joined, matchAlias, matchLegalForm, slug } from './matchers';

export interface Resolved extends Span {
  entity: KnownEntity;
}

function spanText(tokens: Token[], text: string, s: Span): string {
  return text.slice(tokens[s.start].start, tokens[s.end - 1].end);
}

/** One reading per name: a name that some rule saw as a company ("funds management firm Allan Gray") is a company
 *  everywhere in the article, even where a given-name rule read it as a person ("Allan Gray holds 19 per cent"). */
function vote(tokens: Token[], spans: Span[]): Span[] {
  const key = (s: Span): string => tokens.slice(s.start, s.end).map((t) => t.text).join(' ');
  const orgs = new Map<string, Span>();
  for (const s of spans) if (s.type !== 'person' && s.source !== 'acronym' && s.source !== 'camel') orgs.set(key(s), s);
  return spans.map((s) => {
    const o = s.type === 'person' && !s.role ? orgs.get(key(s)) : undefined;
    return o ? { ...s, type: o.type, known: o.known, source: 'vote' } : s;
  });
}

export function propagate(tokens: Token[], text: string, firstPass: Span[], lex: Lexicon, lang: 'de' | 'en' = 'de'): Resolved[] {
  const spans = vote(tokens, firstPass);
  const local: Gazetteer = { byFirstWord: new Map(), byId: new Map(), byTicker: new Map(), byIsin: new Map(), byWkn: new Map() };
  const surnames = new Map<string, KnownEntity>();
  const add = (words: string[], entity: KnownEntity): void => {
    const list = local.byFirstWord.get(words[0]) ?? [];
    if (list.some((a) => a.words.join(' ') === words.join(' '))) return;
    list.push({ words, gaps: words.map((_, k) => (k ? ' ' : '')), entity } satisfies AliasEntry);
    list.sort((a, b) => b.words.length - a.words.length);
    local.byFirstWord.set(words[0], list);
  };
  const entityFor = (s: Span): KnownEntity => {
    if (s.known) return s.known;
    const words = tokens.slice(s.start, s.end).map((t) => t.text);
    // "Merkels Kurs": the person is "Merkel", not "Merkels".
    const genitive = s.type === 'person' && words.length === 1 && /s$/.test(words[0]) && lex.surnames.has(words[0].slice(0, -1));
    const name = genitive ? words[0].slice(0, -1) : spanText(tokens, text, s).replace(/\s+/g, ' ');
    if (s.type === 'person') {
      const existing = words.length === 1 ? surnames.get(stripGenitive(words[0], surnames)) : local.byId.get(`p:${slug(name)}`);
      if (existing) return existing;
    }
    const prefix = s.type === 'person' ? 'p' : s.type === 'company' ? 'c' : 'o';
    const id = `${prefix}:${slug(name)}`;
    let entity = local.byId.get(id);
    if (!entity) {
      entity = { id, type: s.type, name, ticker: null, isin: null, wkn: null, exchange: null };
      local.byId.set(id, entity);
    }
    return entity;
  };
  // Full names first, so that bare surnames found by a rule join them.
  const order = [...spans].sort((a, b) => b.end - b.start - (a.end - a.start));
  const resolved = new Map<Span, Resolved>();
  for (const s of order) {
    const entity = entityFor(s);
    resolved.set(s, { ...s, entity });
    if (s.known) continue;
    const words = tokens.slice(s.start, s.end).map((t) => t.text);
    add(words, entity);
    if (s.type === 'person') {
      const last = words[words.length - 1];
      // A surname stands for the person on its own only when it cannot be a place or a common word ("Kenya", "U").
      if ((last.length >= 3 && distinctive(last, lex)) || lex.surnames.has(last) || (last.length === 2 && words.length > 1 && /^\p{Lu}\p{Ll}$/u.test(last))) {
        if (!surnames.has(last)) surnames.set(last, entity);
        add([last], entity);
      }
    } else if (words.length > 1 && (s.source === 'cue' || s.source === 'legal-form' || s.source === 'ticker' || (s.source === 'org-head' && s.type === 'company')) && distinctive(words[0], lex)) {
      add([words[0]], entity);
    }
  }
  // Known multi-word companies: their distinctive first word stands for them in German compounds
  // ("Scale-Mitarbeiter" for Scale AI) and, once the full name is in the article, alone ("Apollo said").
  const compoundHeads = new Map<string, KnownEntity>();
  for (const s of spans) {
    if (!s.known || s.type !== 'company' || s.end - s.start < 2) continue;
    const first = tokens[s.start].text;
    if (distinctive(first, lex)) compoundHeads.set(first, s.known);
  }
  // A person named in full in this article owns the surname: "Abbott" after "Tony Abbott" is the person, not the
  // one-word company alias of the same spelling.
  const out: Resolved[] = spans.map((s) => {
    const r = resolved.get(s)!;
    const person = r.known && s.end - s.start === 1 && s.source === 'gazetteer' ? surnames.get(tokens[s.start].text) : undefined;
    if (person) return { ...r, type: 'person', known: undefined, entity: person, source: 'surname-owner' };
    // "said Zorvex" guessed a speaker; with "Zorvex Holdings" in the article it is the company.
    const company = s.source === 'speech' && s.end - s.start === 1 ? compoundHeads.get(tokens[s.start].text) : undefined;
    if (company) return { ...r, type: 'company', known: company, entity: company, source: 'compound' };
    // English news introduce a person by full name first; a lone unknown word that speaks ("Questor says",
    // "Hartleys said") without one in the article is a firm, a broker or a newsletter.
    if (lang === 'en' && s.source === 'speech' && s.end - s.start === 1 && r.entity.id === `p:${slug(tokens[s.start].text)}` && !lex.surnames.has(tokens[s.start].text)) {
      const entity: KnownEntity = { ...r.entity, id: `c:${slug(tokens[s.start].text)}`, type: 'company' };
      return { ...r, type: 'company', entity, source: 'speaker-firm' };
    }
    return r;
  });
  // Fill the gaps between first-pass spans with later mentions of names found in this article.
  const covered = new Uint8Array(tokens.length);
  for (const s of spans) covered.fill(1, s.start, s.end);
  for (let i = 0; i < tokens.length; i++) {
    if (covered[i] || !tokens[i].cap) continue;
    const head = compoundHeads.get(tokens[i].text);
    // "Apollo Global Management ... Apollo said": once the full name is in the article, its distinctive first word
    // alone is the same company (not a sentence opener, not glued to more capitalised words).
    const alone = head && !tokens[i].sentStart && !(tokens[i + 1] && joined(tokens[i + 1]) && tokens[i + 1].cap);
    if (head && (tokens[i + 1]?.gap === '-' || alone) && !covered[i]) {
      out.push({ start: i, end: i + 1, type: 'company', source: 'compound', entity: head });
      covered[i] = 1;
      continue;
    }
    const m = matchAlias(tokens, i, local);
    if (!m || covered.subarray(i, m.end).some((c) => c)) continue;
    const entity = m.alias.entity;
    // "Hillary Clinton" after "Clinton" was learnt elsewhere: an unknown capitalised word glued before a surname is
    // part of the name, so the mention takes it in rather than leaving a half name.
    let start = i;
    const before = tokens[i - 1];
    if (entity.type === 'person' && m.end - i === 1 && before && !covered[i - 1] && before.cap && !before.upper && !before.sentStart && gapKey(tokens[i].gap) === ' ' && !tokens[i].gap.includes('-') && !lex.common.has(before.text) && !lex.places.has(before.text)) start = i - 1;
    // "J. Powell" after "Jerome Powell": the initial is part of the mention.
    else if (entity.type === 'person' && before && !covered[i - 1] && /^\p{Lu}$/u.test(before.text) && /^\. $/.test(tokens[i].gap)) start = i - 1;
    // "LifePoint Health, Inc." again later: the legal form stays part of the mention, as at the first one.
    let end = m.end;
    if (entity.type !== 'person') for (let f = matchLegalForm(tokens, end, lex); f > 0 && !covered[end]; f = matchLegalForm(tokens, end, lex)) end = f;
    out.push({ start, end, type: entity.type as EntityType, source: 'repeat', entity });
    covered.fill(1, start, end);
    i = end - 1;
  }
  return out.sort((a, b) => a.start - b.start);
}

function stripGenitive(word: string, surnames: Map<string, KnownEntity>): string {
  return !surnames.has(word) && /s$/.test(word) && surnames.has(word.slice(0, -1)) ? word.slice(0, -1) : word;
}

function distinctive(word: string, lex: Lexicon): boolean {
  return word.length >= 4 && !lex.common.has(word) && !lex.given.has(word) && !lex.places.has(word);
}
