// The people gazetteer (src/data/lexicon/people.ts) turned into lookups: full names by first word, the surnames a
// reader knows alone ("Merkel", "Selenskyj", "Xi"), and the given names of listed people. Built once, lazily.
import { peopleNames } from '../../data/lexicon/people';
import { nameTokens } from './tokenize';

export interface PeopleIndex {
  /** Full names as token words + gap keys, by first word, longest first. */
  byFirst: Map<string, { words: string[]; gaps: string[] }[]>;
  /** Surname of every listed person (last word; first word of family-first names). */
  surnames: Set<string>;
  /** First words of Western-order names ("Ursula", "Wolodymyr"): given names. */
  given: Set<string>;
}

// Titles that open some entries ("King Charles", "Pope Francis") are not given names; particles are not surnames.
const NOT_GIVEN = new Set('King Queen Prince Princess Pope Papst Emperor Sheikh President Sir Lord Lady Dame'.split(' '));
const PARTICLES = /^(von|van|de|der|den|du|da|di|del|della|la|le|zu|bin|al|el|dos|das|ter|ten)$/;

let cache: PeopleIndex | null = null;

export function peopleIndex(): PeopleIndex {
  if (cache) return cache;
  const byFirst = new Map<string, { words: string[]; gaps: string[] }[]>();
  const surnames = new Set<string>();
  const given = new Set<string>();
  for (const raw of peopleNames()) {
    const familyFirst = raw.startsWith('^');
    const name = nameTokens(familyFirst ? raw.slice(1) : raw);
    if (name.words.length < 2) continue;
    const list = byFirst.get(name.words[0]) ?? [];
    list.push(name);
    byFirst.set(name.words[0], list);
    // "Jae-yong", "Kramp-Karrenbauer": hyphenated parts are one name; the surname is the whole last part.
    const parts = raw.replace(/^\^/, '').split(/\s+/);
    const last = parts.filter((p) => !PARTICLES.test(p) && !/^(Jr|Sr|I{1,3}|IV|VI)\.?$/.test(p));
    const surname = familyFirst ? parts[0] : last[last.length - 1];
    // Hyphenated surnames are tokens joined by "-": the lone-surname rule looks at one token, so they are left out.
    if (surname && /^\p{Lu}[\p{L}'’]+$/u.test(surname)) surnames.add(surname);
    if (!familyFirst && parts.length >= 2 && /^\p{Lu}\p{Ll}+(-\p{Lu}\p{Ll}+)?$/u.test(parts[0]) && !NOT_GIVEN.has(parts[0])) given.add(parts[0]);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
  return (cache = { byFirst, surnames, given });
}
