// The people gazetteer (src/data/lexicon/people.ts) turned into lookups: full names by first word, the surnames a
// reader knows alone ("Merkel", "Selenskyj", "Xi"), and the given names of listed people. Built once, lazily, with
// plain string operations: the index must load in a few milliseconds; names are tokenised only when looked up.
import { peopleNames } from '../../data/lexicon/people';
import { nameTokens } from './tokenize';
import { builtIndex, snapshotIndex, type LazyIndex } from './snapshot';

export interface NameWords {
  words: string[];
  gaps: string[];
}

export interface PeopleIndex {
  /** Full names starting with this word, as token words + gap keys, longest first (tokenised on first use). */
  startingWith(word: string): NameWords[] | undefined;
  /** Surname of every listed person (last word; first word of family-first names). */
  surnames: Set<string>;
  /** First words of Western-order names ("Ursula", "Wolodymyr"): given names. */
  given: Set<string>;
  /** The listed full names by first token: the data behind `startingWith`. */
  names: Map<string, string[]>;
}

// Titles that open some entries ("King Charles", "Pope Francis") are not given names; particles are not surnames.
const NOT_GIVEN = new Set('King Queen Prince Princess Pope Papst Emperor Sheikh President Sir Lord Lady Dame'.split(' '));
const PARTICLES = new Set('von van de der den du da di del della la le zu bin al el dos das ter ten Jr. Sr. Jr Sr II III IV VI XVI'.split(' '));


/** First token of a name as the tokenizer cuts it: "Jean-Claude" -> "Jean", "O'Neill" -> "O". */
function firstToken(name: string): string {
  let end = 0;
  while (end < name.length && !" -'’.".includes(name[end])) end++;
  return name.slice(0, end);
}

const isTitleCase = (w: string): boolean => w.length > 1 && w[0] !== w[0].toLowerCase() && w.slice(1) === w.slice(1).toLowerCase();

/** The index of the shipped list, made on first use: hydrated from the build-time snapshot in the extension. */
const index: LazyIndex<PeopleIndex> =
  typeof __FINLENS_PEOPLE__ === 'string'
    ? snapshotIndex<PeopleIndex, Omit<PeopleIndex, 'startingWith'>>(__FINLENS_PEOPLE__, peopleLookup)
    : builtIndex(buildPeopleIndex);

export const peopleIndex = (): PeopleIndex => index.get();

/** Like warmGazetteer: hydrates the snapshot a slice at a time (call until true); peopleIndex() then finds it ready. */
export const warmPeopleIndex = (yieldNow: () => boolean): boolean => index.warm(yieldNow);

function buildPeopleIndex(): PeopleIndex {
  const raw = new Map<string, string[]>();
  const surnames = new Set<string>();
  const given = new Set<string>();
  for (const entry of peopleNames()) {
    const familyFirst = entry.startsWith('^');
    const name = familyFirst ? entry.slice(1) : entry;
    const parts = name.split(' ');
    if (parts.length < 2) continue;
    const key = firstToken(name);
    const list = raw.get(key);
    if (list) list.push(name);
    else raw.set(key, [name]);
    let surname = parts[0];
    if (!familyFirst) for (let k = parts.length - 1; k > 0; k--) if (!PARTICLES.has(parts[k])) { surname = parts[k]; break; }
    // One token only: hyphenated and dotted surnames are left to the full-name rule and propagation.
    if (isTitleCase(surname) && firstToken(surname) === surname) surnames.add(surname);
    if (!familyFirst && isTitleCase(parts[0]) && !parts[0].includes('.') && !NOT_GIVEN.has(parts[0])) given.add(parts[0]);
  }
  return peopleLookup({ surnames, given, names: raw });
}

/** Adds the lookup to the data (built here or hydrated): names are tokenised on their first lookup only. */
export function peopleLookup(data: Omit<PeopleIndex, 'startingWith'>): PeopleIndex {
  const resolved = new Map<string, NameWords[]>();
  const startingWith = (word: string): NameWords[] | undefined => {
    let list = resolved.get(word);
    if (list) return list;
    const names = data.names.get(word);
    if (!names) return undefined;
    list = names.map((n) => nameTokens(n)).sort((a, b) => b.words.length - a.words.length);
    resolved.set(word, list);
    return list;
  };
  return { ...data, startingWith };
}
