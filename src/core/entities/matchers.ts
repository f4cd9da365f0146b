// Small matchers over the token array. Each returns the end token index (exclusive) of what it matched, or -1.
import type { AliasEntry, Gazetteer } from './gazetteer';
import type { Lexicon } from './lexicon-index';
import { gapKey, type Token } from './tokenize';

/** Two tokens are glued into one name only by plain spaces or a hyphen. */
export function joined(t: Token): boolean {
  return gapKey(t.gap) === ' ' && !t.gap.includes('\n');
}

type AliasHit = { end: number; alias: AliasEntry } | null;
// The rules ask for the alias at the same token many times; one answer per (gazetteer, token list, position).
const aliasMemo = new WeakMap<Gazetteer, WeakMap<Token[], (AliasHit | undefined)[]>>();

/** Longest gazetteer alias starting at token i; German genitive "-s" on the last word is accepted. */
export function matchAlias(tokens: Token[], i: number, g: Gazetteer): AliasHit {
  if (i < 0 || i >= tokens.length) return null;
  let byTokens = aliasMemo.get(g);
  if (!byTokens) aliasMemo.set(g, (byTokens = new WeakMap()));
  let memo = byTokens.get(tokens);
  if (!memo) byTokens.set(tokens, (memo = new Array(tokens.length)));
  const hit = memo[i];
  if (hit !== undefined) return hit;
  return (memo[i] = matchAliasUncached(tokens, i, g));
}

function matchAliasUncached(tokens: Token[], i: number, g: Gazetteer): AliasHit {
  const first = tokens[i];
  let list = g.byFirstWord.get(first.text);
  let genitiveFirst = false;
  if (!list && first.text.length > 3 && /s$/.test(first.text)) {
    list = g.byFirstWord.get(first.text.slice(0, -1))?.filter((a) => a.words.length === 1);
    genitiveFirst = true;
  }
  if (!list) return null;
  for (const alias of list) {
    if (genitiveFirst) return { end: i + 1, alias };
    let ok = true;
    for (let k = 1; k < alias.words.length && ok; k++) {
      const t = tokens[i + k];
      if (!t || gapKey(t.gap) !== alias.gaps[k] || t.gap.includes('\n')) ok = false;
      else if (t.text !== alias.words[k] && !(k === alias.words.length - 1 && t.text === alias.words[k] + 's')) ok = false;
    }
    if (ok) return { end: i + alias.words.length, alias };
  }
  return null;
}

/** Capitalised word that can be part of a name (not a function word, month or nationality). */
export function nameWord(t: Token | undefined, lex: Lexicon): boolean {
  return !!t && t.cap && !lex.common.has(t.text) && !/^\p{N}/u.test(t.text);
}

/** Role phrase starting at token i (case-insensitive, German compounds by suffix). Returns end index and role. */
export function matchRole(tokens: Token[], i: number, lex: Lexicon): { end: number; role: string; prefixOrg?: number } | null {
  const t = tokens[i];
  if (!t) return null;
  const lower = t.text.toLowerCase();
  for (const words of lex.roles.get(lower) ?? []) {
    let ok = true;
    for (let k = 1; k < words.length && ok; k++) {
      const n = tokens[i + k];
      ok = !!n && n.text.toLowerCase() === words[k] && joined(n);
    }
    if (ok) return { end: i + words.length, role: tokens.slice(i, i + words.length).map((x) => x.text).join(' ') };
  }
  // German inflected and compound roles: "Topjuristen", "Umweltminister", "Vorstandschefs".
  if (t.cap && t.text.length >= 5 && lex.roleSuffix.test(lower)) return { end: i + 1, role: t.text };
  return null;
}

/**
 * A person's name starting at token i: given names, initials, particles ("von der", "Le"), then surname words
 * (hyphenated double names, "O'Neill"). `needGiven` requires a given name from the lexicon first. Without a known
 * given name, two words are taken when joined (the first is then an unknown given name: "Vahan Petrosyan").
 */
export function matchPersonName(tokens: Token[], i: number, lex: Lexicon, needGiven: boolean): number {
  const upperName = tokens[i]?.upper; // "RYAN PFEIL" in all-caps bylines: only all-caps parts then
  const part = (t: Token | undefined): boolean =>
    !!t && nameWord(t, lex) && t.upper === !!upperName && !(t.upper && t.text.length > 1 && !upperName);
  let j = i;
  let given = 0;
  while (given < 2 && tokens[j] && lex.given.has(tokens[j].text) && (j === i || joined(tokens[j]) || tokens[j].gap === '-')) {
    given++;
    j++;
  }
  if (needGiven && !given) return -1;
  // Middle initials: "John F. Kennedy", "T. Kent Elliot".
  while (tokens[j] && /^\p{Lu}$/u.test(tokens[j].text) && tokens[j + 1]?.gap.startsWith('.') && /^\.\s+$/.test(tokens[j + 1].gap) && tokens[j + 1].cap) j++;
  const afterGiven = j;
  // ("Ida vom Bankdirektor": a role after the particle is no surname.)
  while (tokens[j] && j > i && joined(tokens[j]) && (lex.particles.has(tokens[j].text) || lex.particles.has(tokens[j].text.toLowerCase())) && tokens[j + 1]?.cap && joined(tokens[j + 1]) && !matchRole(tokens, j + 1, lex)) j++;
  let surnames = 0;
  const maxSurnames = given ? 2 : 2;
  while (surnames < maxSurnames && part(tokens[j]) && (j === i || joined(tokens[j]) || tokens[j].gap === '-' || /^\.\s+$/.test(tokens[j].gap))) {
    if (j > i && tokens[j].gap.startsWith('.') && !/^\p{Lu}$/u.test(tokens[j - 1].text)) break;
    if (lex.places.has(tokens[j].text) && !given) break;
    if (surnames && given && !nextIsNameEnd(tokens, j + 1, lex)) break; // a third word only at the end of the name
    surnames++;
    j++;
    // "O'Neill", "D'Silva": the letter and the rest are one surname.
    if (/^[ODL]$/.test(tokens[j - 1].text) && /^['’]$/.test(tokens[j]?.gap ?? '') && tokens[j].cap) j++;
    while (tokens[j]?.gap === '-' && part(tokens[j])) j++; // "Müller-Lüdenscheidt", "Ju-yeol"
    if (tokens[j]?.gap === '-' && /^\p{Ll}/u.test(tokens[j]?.text ?? '') && tokens[j].text.length <= 4 && tokens[j - 1].text.length <= 4) j++; // "Lee Ju-yeol"
    if (!given && surnames === 1 && !joined(tokens[j] ?? tokens[0])) break;
    // "Jos de Bruin", "Kees van der Berg": an unknown given name, then a particle and the surname.
    if (!given && surnames === 1) {
      let k = j;
      while (tokens[k] && joined(tokens[k]) && (LATE_PARTICLES.has(tokens[k].text) || (k > j && /^(der|den)$/.test(tokens[k].text))) && k - j < 2) k++;
      if (k > j && part(tokens[k]) && joined(tokens[k])) j = k;
    }
  }
  if (!surnames) return given >= 2 ? afterGiven : -1;
  return j;
}

// Particles that may follow an unknown first name; German "von", "der", "zu" are left out there: "Rae von Google".
const LATE_PARTICLES = new Set(['de', 'del', 'della', 'da', 'di', 'du', 'van', 'le', 'la', 'ten', 'ter', 'bin', 'ibn', 'dos']);

/** The token after a name: not a capitalised word (so the name cannot run into the next one). */
function nextIsNameEnd(tokens: Token[], k: number, lex: Lexicon): boolean {
  const t = tokens[k];
  return !t || !joined(t) || !t.cap || lex.common.has(t.text);
}

/** A run of capitalised name words (with "of", "&", "für"... inside), up to `max` words. */
export function capRun(tokens: Token[], i: number, lex: Lexicon, max = 5, orgStart = false): number {
  // Organisation names may open with a nationality, a number or their head word: "Australian Hotels Association",
  // "361 Capital", "Office for National Statistics"; and contain "Bank", "National" (common words elsewhere).
  const opener = orgStart && /^\p{N}+\p{L}*$/u.test(tokens[i]?.text ?? '');
  if (!runWord(tokens[i], lex, orgStart) && !opener) return -1;
  let j = i + 1;
  while (j < tokens.length && j - i < max) {
    const t = tokens[j];
    if (!joined(t) || t.gap.includes('-')) break; // hyphens end unknown names: "Datenlabeling-Startup" is a compound, not a name
    if (matchLegalForm(tokens, j, lex) > 0) break; // "Beispiel Holding AG": the form ends the name
    if (runWord(t, lex, orgStart) || t.upper) {
      j++;
      continue;
    }
    // Joiners inside names; German "der", "und" are left out: they join nouns ("Kneipen und Restaurants").
    if (/^(of|for|on|&|and|für|de|du|la)$/.test(t.text) && runWord(tokens[j + 1], lex, orgStart) && joined(tokens[j + 1])) {
      j += 2;
      continue;
    }
    break;
  }
  return j;
}

function runWord(t: Token | undefined, lex: Lexicon, orgStart: boolean): boolean {
  return !!t && (nameWord(t, lex) || (orgStart && (lex.orgAdjectives.has(t.text) || lex.orgHeads.has(t.text))));
}

/** Legal form right after token end-1 ("AG", "Inc.", "S.A."). Returns end index of the form or -1. */
export function matchLegalForm(tokens: Token[], i: number, lex: Lexicon): number {
  const first = tokens[i];
  if (!first) return -1;
  for (const form of lex.legalForms.get(first.text) ?? []) {
    let ok = true;
    for (let k = 0; k < form.length && ok; k++) {
      const t = tokens[i + k];
      ok = !!t && t.text === form[k] && (k === 0 ? /^,?\s+$/.test(t.gap) : /^[.\s]*$/.test(t.gap) && !t.gap.includes('\n'));
    }
    if (ok) return i + form.length;
  }
  return -1;
}

const GERMAN_NOUN_SUFFIX = /(ung|heit|keit|schaft|tion|ität|nis|tum|ismus|ment|ik|enz|anz|ur|age|ei|en|er|e)$/;

/** A German capitalised word that looks like a common noun rather than a name. */
export function germanNounLike(word: string): boolean {
  return /^\p{Lu}\p{Ll}+$/u.test(word) && word.length > 4 && GERMAN_NOUN_SUFFIX.test(word);
}

const slugCache = new Map<string, string>();

/** Id part of a name: "Münchener Rück" -> "munchener-ruck". Cached: articles repeat their names. */
export function slug(name: string): string {
  let s = slugCache.get(name);
  if (s === undefined) {
    if (slugCache.size > 5000) slugCache.clear();
    slugCache.set(name, (s = slugUncached(name)));
  }
  return s;
}

function slugUncached(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** A full name from the people gazetteer starting at token i ("Ursula von der Leyen", "Xi Jinping", "Merkels"). */
export function matchKnownPerson(tokens: Token[], i: number, lex: Lexicon): number {
  // Headlines shout names: "HILLARY CLINTON TURNS LEFT" is the same person, matched word by word in title case.
  // (No closures here: this runs at every token.)
  const first = tokens[i];
  if (!first) return -1;
  const shouted = first.upper;
  const list = lex.people.startingWith(shouted ? titleCase(first.text) : first.text);
  if (!list) return -1;
  for (const name of list) {
    let ok = true;
    for (let k = 1; k < name.words.length && ok; k++) {
      const t = tokens[i + k];
      ok = !!t && gapKey(t.gap) === name.gaps[k] && !t.gap.includes('\n') && ((shouted && t.upper ? titleCase(t.text) : t.text) === name.words[k] || (k === name.words.length - 1 && t.text === name.words[k] + 's'));
    }
    if (ok) return i + name.words.length;
  }
  return -1;
}

/** "CLINTON" -> "Clinton". */
export function titleCase(word: string): string {
  return word[0] + word.slice(1).toLowerCase();
}
