// Small signals the first pass (scan.ts) asks about a token or a run: is this a name at all, a role after a comma,
// a byline, a bracketed age or party, a cue noun, an organisation run, a legal form? Pure functions over tokens.
import type { Gazetteer } from './gazetteer';
import type { Lexicon } from './lexicon-index';
import type { Span } from './scan';
import type { Token } from './tokenize';
import { capRun, germanNounLike, joined, matchAlias, matchLegalForm, matchRole, nameWord } from './matchers';

export const ROLE_ARTICLE = /^(ein|eine|einen|der|die|the|a|an|its|former|ehemalige[rn]?|früherer?|neue[rn]?)$/i;

/** ", Mitgründer", ", einen Top-Forscher", ", the chief executive": a role right after a comma. */
export function roleAfter(tokens: Token[], k: number, lex: Lexicon): boolean {
  if (!tokens[k] || !/^\s*,\s*$/.test(tokens[k].gap)) return false;
  let j = k;
  while (j < tokens.length && j - k < 2 && ROLE_ARTICLE.test(tokens[j].text)) j++;
  // ", a technical analyst", ", the senior economist": up to two lower-case words before the role.
  for (let n = 0; n < 2 && tokens[j] && /^\p{Ll}+$/u.test(tokens[j].text) && !matchRole(tokens, j, lex); n++) j++;
  if (tokens[j]?.gap === '-' && j > k) j++; // "Top-Forscher": the role is the last part
  return !!matchRole(tokens, j, lex) || (tokens[j + 1]?.gap === '-' && !!matchRole(tokens, j + 1, lex));
}

export const BYLINE_BEFORE = /^(Reporting|reporting|Editing|editing|Writing|writing|Compiled|compiled|Written|written|Photo|Photos|Photograph|Photographer|Interview|Text|Von|Mit|Autor|Autorin|Fotos?|Bild)$/;

/** "By" at a line or sentence start, "Reporting by", "Editing by", "Photo:", "via" before a name, German "Von". */
export function bylineCue(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  const prev = tokens[i - 1];
  // A capitalised "By" inside a sentence is a byline glued to the text before ("Change By Jane Doe", "(Reporting By").
  if (t.text === 'By') return true;
  if (t.text === 'Von') return t.sentStart || /\n|\||\)\s*$/.test(t.gap) || !prev;
  if (t.text === 'by' || t.text === 'and') return !!prev && BYLINE_BEFORE.test(prev.text) && t.text === 'by';
  if (t.text === 'via') return /^\s*,?\s*$/.test(t.gap);
  return /^(Photo|Photographer|Foto|Fotos|Bild|Autor|Autorin|Text)$/.test(t.text) && /^\s*:?\s*$/.test(tokens[i + 1]?.gap ?? '') && /:/.test(tokens[i + 1]?.gap ?? '');
}

export const PARTY_IDS = /^o:(cdu|csu|spd|fdp|gruene|linke|afd|bsw|oevp|spoe|fpoe|svp|democrats|republicans|labour|tories|liberals)$/;

/** "(30)", "(CDU)", "(R-Calif.)", "(D - N.Y.)" right after a name. */
export function bracketTag(tokens: Token[], k: number, g: Gazetteer): boolean {
  const t = tokens[k];
  if (!t || !/^\s*\(\s*$/.test(t.gap)) return false;
  const close = tokens[k + 1]?.gap ?? '';
  if (/^\d{1,2}$/.test(t.text) && /^\s*\)/.test(close)) return true;
  if (/^[RD]$/.test(t.text) && /^\s*[-–,]\s*$/.test(close)) return true;
  const alias = matchAlias(tokens, k, g);
  return !!alias && PARTY_IDS.test(alias.alias.entity.id) && /^\s*\)/.test(tokens[alias.end]?.gap ?? '');
}

export function prevIsSpan(prev: Span[], i: number): boolean {
  const last = prev[prev.length - 1];
  return !!last && last.end === i;
}

/** Not a place, not a German common noun (German nouns are capitalised too). With a person context (a role word
 *  or a speech verb next to it) only unmistakable nouns ("-ung", "-heit") are refused: "sagte Pfister". */
export function plausibleName(tokens: Token[], start: number, end: number, lex: Lexicon, lang: 'de' | 'en', context = false): boolean {
  // "The Network says", "the Sullys were": a name after the definite article is a thing, a firm or a family,
  // unless it opens with a given name ("the late Bruce Smith" is still a person).
  if (/^(the|The)$/.test(tokens[start - 1]?.text ?? '') && !lex.given.has(tokens[start].text)) return false;
  for (let k = start; k < end; k++) {
    const w = tokens[k].text;
    // "Lord Mayor", "Sen. Elizabeth Warren", "Executive Vice President": titles and roles are not name words.
    if (lex.honorifics.has(w) || (lang === 'en' && lex.roles.has(w.toLowerCase()) && matchRole(tokens, k, lex))) return false;
    if ((lex.places.has(w) || (/s$/.test(w) && lex.places.has(w.slice(0, -1)))) && end - start === 1) return false; // "Deutschlands"
    if (w.length < 2 && !tokens[k + 1]?.gap.startsWith('.') && !/^['’]$/.test(tokens[k + 1]?.gap ?? '')) return false; // "U" of "U.S."; not "D'Souza"
    if (w.length < 2 && end - start === 1) return false;
    if (lex.orgHeads.has(w) && end - start > 1) return false; // "Capital Economics said" is an organisation
    // A frequent surname next to a person cue is a person even when it looks like a noun: "sagte Becker".
    if (lang === 'de' && end - start === 1 && !lex.given.has(w) && !(context && lex.commonSurnames.has(w)) && (context ? strongNoun(w) : germanNounLike(w))) return false;
  }
  return true;
}

/** An all-caps ordinary word or place ("GOLD", "TOKYO", "WHAT"): shouting, not an acronym. */
export function shoutedWord(word: string, lex: Lexicon): boolean {
  const title = word[0] + word.slice(1).toLowerCase();
  return lex.places.has(word) || lex.places.has(title) || lex.common.has(title) || lex.given.has(title);
}

/** "Berliner", "Hamburger", "Frankfurter": adjectives made from a place name. */
export function placeAdjective(word: string, lex: Lexicon): boolean {
  return /er$/.test(word) && (lex.places.has(word.slice(0, -2)) || lex.places.has(word.slice(0, -3)));
}

/** CamelCase made by lost spaces ("JonesDer", "MinutenFrankfurt"): the capitalised tail is a common word or place. */
export function gluedWords(word: string, lex: Lexicon): boolean {
  const m = /\p{Ll}(\p{Lu}\p{Ll}+)$/u.exec(word);
  return !!m && (lex.common.has(m[1]) || lex.places.has(m[1]));
}

export const STRONG_NOUN = /(ung|heit|keit|schaft|tion|ität|nis|tum|ismus|chen|lein|ment|ik|ie)$/;
export function strongNoun(w: string): boolean {
  return STRONG_NOUN.test(w) || w.length <= 2;
}

export function isCompanyCue(t: Token, lex: Lexicon, lang: 'de' | 'en'): boolean {
  const lower = t.text.toLowerCase();
  if (lex.cuesEn.has(lower) && (lang === 'en' || !t.cap)) return true;
  if (lang !== 'de' && !t.cap) return false;
  return t.cap && lex.cueDe.test(lower);
}

export const EXCHANGE_PREFIX = /^(NASDAQ|Nasdaq|NYSE|AMEX|ETR|XETRA|FRA|LON|LSE|SWX|SIX|EPA|AMS|TSX|ASX|HKG|TYO|OTC|OTCMKTS|VIE)$/;

export function orgHeadSpan(tokens: Token[], i: number, lex: Lexicon, lang: 'de' | 'en'): Span | null {
  const t = tokens[i];
  if (!t.cap && !/^\p{N}/u.test(t.text)) return null;
  if (t.sentStart && lex.common.has(t.text) && !lex.orgAdjectives.has(t.text)) return null;
  // German: nationality adjectives and numbers do not open names ("Schweizer Versicherung", "159 Werke").
  if (lang === 'de' && (lex.orgAdjectives.has(t.text) || /^\p{N}/u.test(t.text))) return null;
  if (isCompanyCue(t, lex, lang)) return null; // "Startup Scale AI" is "Startup" + "Scale AI"
  const run = capRun(tokens, i, lex, 7, true);
  if (run < i + 2) return null;
  let head = -1;
  for (let k = run - 1; k >= i; k--) if (lex.orgHeads.has(tokens[k].text)) { head = k; break; }
  // The head may open the name only before an of-phrase: "Office for National Statistics", "Bank of Japan".
  if (head < 0 || (head === i && !t.upper && !/^(of|for|on)$/.test(tokens[i + 1]?.text ?? ''))) return null;
  if (lang === 'de' && germanNounLike(t.text) && !lex.orgAdjectives.has(t.text)) return null; // "Stadträtin der Fraktion"
  // Stop after the head unless an "of"-phrase follows: "Bank of America" yes, "Zignal Labs Closes" no.
  const end = head + 1 < run && /^(of|for|and|&|für)$/.test(tokens[head + 1].text) ? run : head + 1;
  if (end - i < 2) return null;
  const headWord = tokens[head].text;
  return { start: i, end, type: lex.orgHeadsNonCompany.has(headWord) ? 'organization' : 'company', source: 'org-head' };
}

/** An acronym next to other all-caps words ("NEW YORK", "FINANCIAL ANALYST") is a shouted headline, not a name. */
export function allCapsContext(tokens: Token[], i: number, lex: Lexicon): boolean {
  const shouted = (t: Token | undefined): boolean => !!t && t.upper && !lex.acronyms.has(t.text);
  return (shouted(tokens[i - 1]) && joined(tokens[i])) || (shouted(tokens[i + 1]) && joined(tokens[i + 1]));
}

/** Adds a following legal form to the span: news data and readers treat "Sharp Corp", "Siemens AG" as one name. */
export function withLegalForm(tokens: Token[], span: Span, lex: Lexicon): Span {
  let end = span.end;
  for (let f = matchLegalForm(tokens, end, lex); f > 0; f = matchLegalForm(tokens, end, lex)) end = f; // "Holding AG"
  return end === span.end ? span : { ...span, end };
}
