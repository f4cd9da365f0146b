// First pass: walk the tokens once and take, at each position, the first rule that fires (rules are in order of
// reliability). Produces token spans; the second pass (propagate.ts) finds later mentions of what was found here.
import type { EntityType } from '../types';
import type { Gazetteer, KnownEntity } from './gazetteer';
import type { Lexicon } from './lexicon-index';
import type { Token } from './tokenize';
import { capRun, germanNounLike, joined, matchAlias, matchKnownPerson, matchLegalForm, matchPersonName, matchRole, nameWord, titleCase } from './matchers';
import { coordinate } from './coordinate';
import { roleAfter, bylineCue, bracketTag, prevIsSpan, plausibleName, shoutedWord, placeAdjective, gluedWords, strongNoun, isCompanyCue, EXCHANGE_PREFIX, orgHeadSpan, allCapsContext, withLegalForm } from './signals';

export interface Span {
  /** Token indices, end exclusive. */
  start: number;
  end: number;
  type: EntityType;
  /** Which rule found it, for debugging and for confidence in propagation. */
  source: string;
  known?: KnownEntity;
  /** Role word right before the name ("CEO"), with its token range. */
  role?: { text: string; start: number; end: number };
}

const ARTICLE_DE = /^(der|die|das|den|dem|des|ein|eine|einen|einem|einer|eines|im|am|zum|zur|vom|beim|ins|kein|keine|keinen|seine|seinen|seiner|ihre|ihren|ihrer|unsere|diese|dieser|diesem|dieses|jede|jeder|jedes|alle|aller)$/i;
const GIVEN_WORDS = new Set('Mark Ernst Wolf Kai Rosa Rose Grace Will Art Bill Dick Gay Page Max Frank Otto Mercedes Victoria Florence Georgia Virginia Carolina Austin Jordan Lincoln Jackson Chase Hunter Rich Guy Pat Sunny Ray Joy Hope Faith Summer Autumn Dawn Eve April May June August Angel Crystal Amber Ruby Pearl Jade Holly Ivy Daisy Lily Iris Violet Heather Robin Drew Miles Cliff Dean Glen Lance Rusty Sterling Wade Colt Reed Forrest Rand Felix Franz Klaus Hans Peter Paul Simon Martin Thomas Ludwig Albrecht Friedrich Heinrich Wilhelm Adam Alexander Philipp Julius Carl Karl Georg Jakob Josef Johann Konstantin Leopold Maximilian Moritz Nikolaus Oskar Rudolf Stephan Theodor Valentin Viktor Walter Werner Ernesto Anders'.split(' '));
// Singular finite verbs that follow a sentence-initial subject (plural subjects are nouns: "Experten sagen").
const SUBJECT_VERB_DE = /^(war|ist|hat|hatte|wird|wurde|kann|konnte|will|wollte|soll|sollte|muss|musste|darf|durfte|sagte|sagt|erklärte|betonte|meinte|forderte|kritisierte|plädierte|kündigte|sprach|verwies|räumte|gab|nannte|wies|zeigte|bestätigte|widersprach|reagierte|lehnte|bezeichnete|warnte|kam|ging|stand|blieb|lebt|lebte|starb|gewann|verlor|trat|wechselte|spielte|schrieb|gilt|galt|habe|sei|wäre|hätte|würde)$/;
// Sentence-initial words that are adverbs, adjectives, participles, pronouns or abstract nouns by their form.
const NOT_SUBJECT_DE = /(ismus|ung|ist|ur|ik|tät|ion|ie|ei|eit|haft|lich|isch|ig|bar|sam|los|end|weise|mal|lang|falls|dings|dessen|her|hin|halb|wegen|rum|auf|aus|ein|kraft|rat|recht|werk|zeit|jahr|tag|geld)$|^(Da|Dar|Hier|Wo|Irgend|Ge\p{Ll}+t$|Be\p{Ll}+t$|Ver\p{Ll}+t$|Er\p{Ll}+t$)|^(Dies|Nun|Mir|Mich|Dir|Ihm|Ihn|Uns|Nichts|Alles|Vieles|Manches|Einiges|Anderes|Jeder|Jede|Keiner|Niemand|Jemand|Man|Was|Wer|Wie|Dann|Doch|Noch|Auch|Nur|Schon|Zudem|Zuvor|Danach|Trotzdem|Deshalb|Deswegen|Damit|Dabei|Dazu|Heute|Gestern|Morgen|Jetzt|Hier|Dort|Oft|Bald|Erst|Zuerst|Später|Früher|Kaum|Fast|Sogar|Vor|Nach|Seit|Mit|Ohne|Gegen|Ende|Anfang|Mitte|Bisher|Bislang|Insgesamt|Seitdem|Stattdessen|Inzwischen|Mittlerweile|Anders|Gleichzeitig|Zugleich|Ebenso|Ebenfalls|Andererseits|Einerseits|Überdies|Zunächst|Schließlich|Letztlich|Immerhin|Allerdings|Jedoch|Dennoch|Tatsächlich|Vielleicht|Wahrscheinlich|Natürlich|Sicher|Klar|Wichtig|Richtig|Fakt|Grund|Ziel|Problem|Thema|Sinn|Zeit|Geld|Gold|Strom|Wasser|Kritik|Platz|Rang|Sieger|Gast|Hilfe|Schuld|Recht|Ruhe|Spaß|Angst|Glück|Pech|Krieg|Sport|Musik|Kunst|Politik|Wirtschaft|Teil|Stand|Status|Basis|Alle|Viele|Wenige|Beide|Einige|Mehrere|Intern|Extern|Offiziell|Künftig|Derzeit|Aktuell|Zuletzt|Erstmals|Bereits|Gemeinsam|Parallel|Konkret|Generell|Offenbar|Angeblich|Weltweit|Bundesweit|Europaweit|International|National|Global|Lokal|Regional)$/u;
const CAMEL = /^\p{Lu}[\p{Ll}\p{N}]+\p{Lu}[\p{L}\p{N}]*$|^\p{Lu}[\p{L}]*AI$/u;
const GERMAN_INSTITUTION = /^(Bundes|Landes|Staats)\p{Ll}*(ministerium|amt|anstalt|agentur|gericht|gerichtshof|kammer|verband|regierung|behörde)$|^\p{Lu}\p{Ll}+(ministerium|bundesamt|bundesanstalt|nachrichtendienst|kreditbank|landesbank)$/u;
// Nouns that make an organisation after a place adjective: "Berliner Zeitung", "Hamburger Mieterverein".
const DE_ORG_NOUN = /(presse|zeitung|rundschau|rundfunk|rundfunks|kurier|post|nachrichten|allgemeine|morgenpost|abendblatt|anzeiger|verein|vereins|verband|verbands|bank|sparkasse|volksbank|stadtwerke|verkehrsbetriebe|kammer|versicherung|philharmoniker|symphoniker|oper|staatsoper|universität|hochschule)$/;
const CLUB_PREFIX = /^(FC|SC|SV|TSV|VfB|VfL|TSG|SpVgg|SG|TuS|FSV|KSC|HSV|BSC|Borussia|Eintracht|Hertha|Werder|Fortuna|Alemannia|Dynamo|Union|Rot-Weiss|Rot-Weiß|Olympique|Atlético|Atletico|Real|Inter|Juventus|Sporting|Racing|Ajax|PSV|AS|AC|SSC)$/;
const SCOT_IRISH = /^(Mc|Mac|O|Le|La|De|Di|Da|Van|Von|Al|El)\p{Lu}/u;

export function scan(tokens: Token[], g: Gazetteer, lex: Lexicon, lang: 'de' | 'en'): Span[] {
  const run = startScan(tokens, g, lex, lang);
  run.step();
  return run.result();
}

/** A scan that can pause: `step(yieldNow)` walks on until done (true) or until `yieldNow()` says to stop (false). */
export interface ScanRun {
  step(yieldNow?: () => boolean): boolean;
  /** The spans; only valid once `step` returned true. */
  result(): Span[];
}

// The clock is read every this many tokens: a rule at one token costs microseconds, so 32 tokens stay far below a slice.
const CHECK_EVERY = 32;

/** `scan` in steps, with exactly its result: the token walk pauses between tokens; the filters run at the end. */
export function startScan(tokens: Token[], g: Gazetteer, lex: Lexicon, lang: 'de' | 'en'): ScanRun {
  const spans: Span[] = [];
  let i = 0;
  let out: Span[] | null = null;
  return {
    step(yieldNow) {
      if (out) return true;
      let count = 0;
      while (i < tokens.length) {
        const span = ruleAt(tokens, i, g, lex, lang, spans);
        if (span) {
          spans.push(span);
          i = span.end;
        } else i++;
        if (yieldNow && ++count % CHECK_EVERY === 0 && i < tokens.length && yieldNow()) return false;
      }
      if (count > 0 && yieldNow?.()) return false; // the filters in a slice of their own
      out = finishScan(tokens, spans, g, lex, lang);
      return true;
    },
    result() {
      if (!out) throw new Error('scan: not finished');
      return out;
    },
  };
}

function finishScan(tokens: Token[], spans: Span[], g: Gazetteer, lex: Lexicon, lang: 'de' | 'en'): Span[] {
  return coordinate(tokens, spans, g, lex, lang).filter((s) => !productSpan(tokens, s, lex) && !(lang === 'de' && compoundNoun(tokens, s))).map((s) => withNobiliaryTail(tokens, s, g, lex)).map((s) => (employerAfterAt(tokens, s, lex, lang) ? { ...s, type: 'company', source: 'at' } : s));
}

const TAIL_PARTICLE = /^(von|van|de|del|della|da|di|du|zu|dos|y)$/;

/** "Johannes Nepomuk von Tschiderer", "Fernando Collor de Mello", "Don Silves de la Selva": a full name goes on
 *  through a particle when a name word follows (not "Rae von Google", not "Müller von der Stadtverwaltung"; -er words
 *  are surnames there: "von Tschiderer", "von Weizsäcker"). */
function withNobiliaryTail(tokens: Token[], s: Span, g: Gazetteer, lex: Lexicon): Span {
  if (s.type !== 'person' || s.end - s.start < 2 || !TAIL_PARTICLE.test(tokens[s.end]?.text ?? '') || !joined(tokens[s.end])) return s;
  let k = s.end + 1;
  if (/^(der|den|la|le|und)$/.test(tokens[k]?.text ?? '') && joined(tokens[k])) k++;
  if (tokens[k - 1].text === 'und' && tokens[k]?.text === 'zu') k++; // "von und zu"
  const w = tokens[k];
  if (!w || !joined(w) || !nameWord(w, lex) || w.upper || lex.places.has(w.text) || lex.orgAdjectives.has(w.text) || (germanNounLike(w.text) && !/[^e]er$/.test(w.text)) || /(ern|en)$/.test(w.text) || strongNoun(w.text) || matchAlias(tokens, k, g) || matchRole(tokens, k, lex)) return s;
  let end = k + 1;
  while (tokens[end]?.gap === '-' && nameWord(tokens[end], lex)) end++; // "von Hohenzollern-Sigmaringen"
  return { ...s, end };
}

// Heads of German compounds that make a name part of a thing: "Otto-Schott-Gymnasium", "Friedrich-Engels-Straße".
// (Eponyms stay: in "Merkel-Ära", "Nobel-Preis" the person is still named.)
const COMPOUND_HEAD_DE = /^(Straße|Strasse|Str|Gymnasium|Schule|Realschule|Grundschule|Platz|Laden|Haus|Halle|Stadion|Arena|Stiftung|Institut|Museum|Kirche|Allee|Weg|Brücke|Park|Ring|Gasse|Ufer|Zentrum|Center|Songs?|Kaserne|Klinik|Krankenhaus|Schiff|Turm|Hof|Saal|Bad|Denkmal)$/;

/** A person span that is the front of a German compound noun. */
function compoundNoun(tokens: Token[], s: Span): boolean {
  if (s.type !== 'person' || s.known) return false;
  const last = tokens[s.end - 1];
  const next = tokens[s.end];
  return (last.gap === '-' && COMPOUND_HEAD_DE.test(last.text)) || (!!next && /^ ?-$/.test(next.gap) && COMPOUND_HEAD_DE.test(next.text));
}

/** "analyst at Peel Hunt", "partner at Friedman", "officer at Philippe Torres": in English a name right after "at"
 *  is where someone works, not a person (people are met "with" someone). Known full names and titled names stay. */
function employerAfterAt(tokens: Token[], s: Span, lex: Lexicon, lang: 'de' | 'en'): boolean {
  if (lang !== 'en' || s.type !== 'person' || s.role || s.source === 'people' || s.source === 'honorific') return false;
  const before = tokens[s.start - 1];
  return !!before && before.text === 'at' && /^ $/.test(tokens[s.start].gap);
}

const DETERMINER_DE = /^(der|die|das|den|dem|des|ein|eine|einen|einem|einer|eines|kein\p{L}*|sein\p{L}*|ihr\p{L}*|mein\p{L}*|unser\p{L}*|dies\p{L}*|jed\p{L}*|welch\p{L}*|deren|dessen)$/iu;

/** German nouns take an article or an inflected adjective: "ein optimistischer Mensch", "in gewissem Sinn",
 *  "deren Sinn". A word so introduced is a noun even when it is also a listed surname. */
function nounPhraseBefore(tokens: Token[], i: number): boolean {
  const p = tokens[i - 1];
  if (!p) return false;
  if (DETERMINER_DE.test(p.text)) return true; // also "Das Gericht betonte" at a sentence start
  if (p.cap) return false;
  if (p.text.length > 3 && /(em|es)$/.test(p.text)) return true;
  // "deren engste Berater" yes; "Das sagte Merkel" no: the word between is a verb.
  return /(e|en|er)$/.test(p.text) && DETERMINER_DE.test(tokens[i - 2]?.text ?? '') && !SUBJECT_VERB_DE.test(p.text);
}

// Lower-case words with adjective endings that are adverbs, prepositions or conjunctions instead.
const NOT_ADJECTIVE_DE = /^(aber|oder|immer|unter|hinter|wieder|sondern|außer|später|früher|weiter|sofort|gerne|gern|lange|heute|ohne|seine[mnrs]?|ihre[mnrs]?|meine[mnrs]?|deine[mnrs]?|unsere[mnrs]?|eure[mnrs]?|alle[mnrs]?|diese[mnrs]?|jene[mnrs]?|welche[mnrs]?|manche[mnrs]?|solche[mnrs]?|keine[mnrs]?|einem|einen|einer|eines|gegen|wegen|neben|zwischen|trotz|während|nachdem|bevor|ebenso|genauso|ganze)$/;

/** "aufgeblasene Tore", "das leise daherkommende Drama": an inflected adjective before a capitalised German word
 *  makes it a noun (verbs in -te/-ten, "sagte", are not adjectives; "die 17-jährige Caroline" is a person). */
function adjectiveBefore(tokens: Token[], i: number): boolean {
  const p = tokens[i - 1];
  return !!p && /^ $/.test(tokens[i].gap) && /^\p{Ll}{3,}(e|en|er|es|em)$/u.test(p.text) && !/(te|ten)$/.test(p.text) && !/^jährig/.test(p.text) && !SUBJECT_VERB_DE.test(p.text) && !NOT_ADJECTIVE_DE.test(p.text);
}

/** "WhatsApp", "Metas ChatGPT", "Claude": a product found by a pattern rule is not a company or a person.
 *  Gazetteer names stay, and so does a person whose given name is also a product ("Claude Monet"). */
function productSpan(tokens: Token[], s: Span, lex: Lexicon): boolean {
  if (s.known) return false;
  const w = tokens[s.start].text;
  if (!lex.products.has(w) && !(/s$/.test(w) && lex.products.has(w.slice(0, -1)))) return false;
  return s.type !== 'person' || s.end - s.start === 1;
}

function ruleAt(tokens: Token[], i: number, g: Gazetteer, lex: Lexicon, lang: 'de' | 'en', prev: Span[]): Span | null {
  const t = tokens[i];
  // All-caps headlines ("META PLATFORMS SHARES JUMP") carry no case signal: only exact aliases are taken there.
  // Partnership names: "Harbeson, Fletcher & Bateh, LLP", "Carr, Riggs & Ingram", "Gerkan, Marg und Partner".
  // (Before the cue and role rules: "the firm Harbeson, Fletcher & Bateh", "der Architekten Gerkan, Marg und Partner".)
  const cued = tokens[i + 2]?.gap === ', ' && (isCompanyCue(t, lex, lang) || matchRole(tokens, i, lex)?.end === i + 1) ? i + 1 : i;
  const firm = tokens[cued + 1]?.gap === ', ' ? partnershipEnd(tokens, cued, lex) : -1;
  if (firm > 0) return withLegalForm(tokens, { start: cued, end: firm, type: 'company', source: 'partnership' }, lex);
  // 0. Full names of widely covered people ("Xi Jinping", "Ursula von der Leyen"); the longer name wins over an alias.
  const known = matchKnownPerson(tokens, i, lex);
  if (known > 0) {
    const a = matchAlias(tokens, i, g);
    if (!a || a.end < known) return { start: i, end: known, type: 'person', source: 'people' };
  }
  // 1. Known companies and organisations.
  const alias = matchAlias(tokens, i, g);
  if (alias && (!alias.alias.entity.lang || alias.alias.entity.lang === lang)) {
    const personFirst = alias.alias.words.length === 1 && lex.given.has(t.text) && matchPersonName(tokens, i, lex, true) > i + 1;
    if (!personFirst && !(t.sentStart && lex.common.has(t.text))) {
      // "Google DeepMind": a known name followed by an unknown CamelCase name is one longer name.
      const next = tokens[alias.end];
      if (next && joined(next) && CAMEL.test(next.text) && !SCOT_IRISH.test(next.text) && !matchAlias(tokens, alias.end, g))
        return { start: i, end: alias.end + 1, type: 'company', source: 'camel' };
      // "Union Investment", "Fraunhofer FIT", "ADAC GT": a unit or brand of a known name is a longer name.
      if (next && joined(next) && !next.gap.includes('-') && !matchAlias(tokens, alias.end, g) && matchLegalForm(tokens, alias.end, lex) < 0 &&
          (lex.orgHeads.has(next.text) || (next.upper && /^\p{Lu}{2,4}$/u.test(next.text) && !lex.acronyms.has(next.text) && !shoutedWord(next.text, lex))))
        return { start: i, end: alias.end + 1, type: alias.alias.entity.type, source: 'org-head' };
      // "Wal-Mart Stores Inc": a known name, more name words and a legal form are one name.
      // (Only words glued to the name: 'Vale. "Copperbelt Energy Corporation' is two names.)
      const more = next && joined(next) ? capRun(tokens, alias.end, lex, 3) : -1;
      const end = more > alias.end && matchLegalForm(tokens, more, lex) > 0 ? more : alias.end;
      // "The Motley Fool", "The Guardian": the article is not part of the name.
      const start = t.text === 'The' && alias.alias.words.length > 1 ? i + 1 : i;
      return withLegalForm(tokens, { start, end, type: alias.alias.entity.type, source: 'gazetteer', known: alias.alias.entity }, lex);
    }
  }
  // 2. Courtesy title + name: the title is not part of the name.
  const titled = tokens[i + 1];
  if (lex.honorifics.has(t.text) && titled && (nameWord(titled, lex) || (lex.orgAdjectives.has(titled.text) && /^\.? $/.test(titled.gap))) && !matchRole(tokens, i + 1, lex)) { // not "Lord Mayor"
    let end = matchPersonName(tokens, i + 1, lex, false);
    // "Mr English", "Rep. French Hill": after a title a nationality word is a surname or a given name.
    if (end < 0 && lex.orgAdjectives.has(titled.text)) end = matchPersonName(tokens, i + 2, lex, false) === i + 3 && joined(tokens[i + 2]) ? i + 3 : i + 2;
    if (end < 0 && lex.given.has(tokens[i + 1].text)) end = i + 2; // "Mr Andrew": a given name used as surname
    if (end > i + 1) return { start: i + 1, end, type: 'person', source: 'honorific' };
  }
  // 2b. Bylines and credits: "By Neville Otuki", "Reporting by Deena Beasley", "Photo: Nick Moir", "via Vicki Needham".
  if (bylineCue(tokens, i) && tokens[i + 1]?.cap && !tokens[i + 1].upper && !matchAlias(tokens, i + 1, g)) {
    const end = matchPersonName(tokens, i + 1, lex, false);
    if (end > i + 1 && end - i - 1 <= 3 && (end - i - 1 >= 2 || lex.given.has(tokens[i + 1].text)) && plausibleName(tokens, i + 1, end, lex, lang, true))
      return { start: i + 1, end, type: 'person', source: 'byline' };
  }
  // 3. Given name + surname.
  if (lex.given.has(t.text) && t.cap) {
    let end = matchPersonName(tokens, i, lex, true);
    if (end > i + 2 && matchAlias(tokens, end - 1, g)) end--; // "Tim Cook Apple": the name stops before a company
    // "Matthew Williams Liebeskummer": in German a second surname word that looks like a noun is the next word.
    if (lang === 'de' && end > i + 2 && !lex.given.has(tokens[end - 2].text) && tokens[end - 1].gap !== '-' && germanNounLike(tokens[end - 1].text) && !lex.surnames.has(tokens[end - 1].text) && !lex.commonSurnames.has(tokens[end - 1].text)) end--;
    // "Julio A. Roca Präsident des Senats": a role word after the name is not part of it.
    else if (end > i + 2 && tokens[end - 1].gap !== '-' && !lex.given.has(tokens[end - 1].text) && matchRole(tokens, end - 1, lex)) end--;
    // A one-word company name after a given name is a surname ("Tony Abbott", "Harrison Ford").
    const surnameAlias = end === i + 2 ? matchAlias(tokens, i + 1, g) : null;
    if (end > i + 1 && (!surnameAlias || surnameAlias.end === end) && (end > i + 2 || !surnameAlias || surnameAlias.alias.words.length === 1))
      return { start: i, end, type: 'person', source: 'given' };
  }
  // 3b. A surname known on its own ("Merkel", "Musks"); in English not at a sentence start ("Cook", "Gates").
  if (t.cap && !t.upper && (lex.surnames.has(t.text) || (/s$/.test(t.text) && lex.surnames.has(t.text.slice(0, -1)))) && !(lang === 'en' && t.sentStart)) {
    const next = tokens[i + 1];
    // "Bernstein analyst X", "Merkel-Regierung": a surname glued to a role word names the employer or a thing.
    const employer = !!next && joined(next) && !!matchRole(tokens, i + 1, lex);
    // "Dow Jones", "Merrill Lynch", "Black Swan": after another name word the surname ends a longer name.
    const before = tokens[i - 1];
    const tail = !!before && joined(t) && !t.gap.includes('-') && before.cap && !lex.common.has(before.text) && !(lang === 'de' && (germanNounLike(before.text) || strongNoun(before.text))) && !lex.given.has(before.text) && !matchRole(tokens, i - 1, lex) && !lex.honorifics.has(before.text);
    if (!employer && !tail && !(lang === 'de' && nounPhraseBefore(tokens, i)) && !(next && joined(next) && nameWord(next, lex) && !lex.speechAfter.has(next.text) && !genitiveBeforeNoun(t.text, next.text, lex, lang))) return { start: i, end: i + 1, type: 'person', source: 'surname' };
  }
  // 3g. A shouted known surname in an all-caps headline: "CLINTON BREAKS WITH OBAMA" (not an acronym: 4+ letters).
  if (t.upper && /^\p{Lu}{4,}$/u.test(t.text) && lex.surnames.has(titleCase(t.text)) && !lex.acronyms.has(t.text) && !matchAlias(tokens, i, g))
    return { start: i, end: i + 1, type: 'person', source: 'surname' };
  // 3h. Initials and a known surname: "J. Powell", "A. Merkel" (not "Plan B. Powell": the letter starts the name).
  // An unknown word after the initial must look like a surname: no noun, place or ordinary word ("A. Wiegemann").
  if (t.text.length === 1 && tokens[i + 1]?.gap === '. ' && /^\p{Lu}$/u.test(t.text) && !tokens[i + 1].upper && !(tokens[i - 1] && joined(t) && tokens[i - 1].cap) &&
      !matchAlias(tokens, i, g) && !matchAlias(tokens, i + 1, g) &&
      (lex.surnames.has(tokens[i + 1].text) || lex.commonSurnames.has(tokens[i + 1].text) || initialSurname(tokens, i + 1, lex, lang)))
    return { start: i, end: i + 2, type: 'person', source: 'initial' };
  // 3c. A given name alone ("Judith hat sich getraut", "Melanies Eltern"): people in reports are often named so.
  // English sentence starts and given names that are also ordinary words ("Mark", "Ernst", "Will") are left out.
  // Measured: worth it in German only (English prose uses bare given names rarely, and they are often words).
  const givenAlone = lex.given.has(t.text) ? t.text : /s$/.test(t.text) && t.text.length > 4 && lex.given.has(t.text.slice(0, -1)) ? t.text.slice(0, -1) : null;
  if (lang === 'de' && givenAlone && !GIVEN_WORDS.has(givenAlone) && !t.gap.includes('-') && !prevIsSpan(prev, i) && !nounPhraseBefore(tokens, i) && !adjectiveBefore(tokens, i) && !/^\p{N}/u.test(tokens[i - 1]?.text ?? '') && !nameWord(tokens[i + 1], lex) && !matchAlias(tokens, i, g) && !lex.places.has(t.text))
    return { start: i, end: i + 1, type: 'person', source: 'given-alone' };
  // 3e. German subject at a sentence start with a singular verb: "Kolb war seit 1986 ...", "Pinkwart plädierte".
  // German nouns there take an article ("Der Verein war"), so a bare name-like word before "war/hat/sagte" is a name.
  // ("Doch Bermúdez wurde ...": a coordinating conjunction does not count as the first position.)
  if (lang === 'de' && (t.sentStart || (tokens[i - 1]?.sentStart && /^(Und|Aber|Doch|Denn|Oder|Sondern)$/.test(tokens[i - 1].text))) && /^\p{Lu}\p{Ll}{2,}$/u.test(t.text) && SUBJECT_VERB_DE.test(tokens[i + 1]?.text ?? '') && /^ $/.test(tokens[i + 1].gap) &&
      !lex.common.has(t.text) && !lex.places.has(t.text) && !lex.orgAdjectives.has(t.text) && !lex.products.has(t.text) && !(germanNounLike(t.text) && !surnameShapedSubject(t.text, tokens[i + 1].text)) && !strongNoun(t.text) &&
      t.text.length <= 9 && !NOT_SUBJECT_DE.test(t.text) && !placeAdjective(t.text, lex) && !matchAlias(tokens, i, g))
    return { start: i, end: i + 1, type: 'person', source: 'subject' };
  // 3f. German subject after the finite verb (verb-second order): "Damit will Laukötter schon ...", "Zuvor musste
  // Halmich aber ...", "distanzierte sich Moein von ...". A bare noun there takes an article; a name does not.
  const inverted = lang === 'de' ? invertedSubject(tokens, i, g, lex) : -1;
  if (inverted > i) return { start: i, end: inverted, type: 'person', source: 'subject' };
  // 3d. German Saxon genitive without article: "Zabels Entscheidung", "Bhuttos Schwester" (places are filtered).
  if (lang === 'de' && !t.sentStart && /^\p{Lu}\p{Ll}+[^s]s$/u.test(t.text) && tokens[i + 1]?.cap && joined(tokens[i + 1]) && !nameWord(tokens[i - 1], lex) && !ARTICLE_DE.test(tokens[i - 1]?.text ?? '')) {
    const base = t.text.slice(0, -1);
    const noun = tokens[i + 1].text;
    if (!/(us|is|as|os|es)$/.test(t.text) && !tokens[i + 1].gap.includes('-') && (germanNounLike(noun) || strongNoun(noun)) && !lex.places.has(base) && !lex.common.has(base) && !lex.orgAdjectives.has(base) && !germanNounLike(base) && !matchAlias(tokens, i, g) && !lex.common.has(noun))
      return { start: i, end: i + 1, type: 'person', source: 'de-genitive' };
  }
  // 4. Role word + name ("CEO Alexandr Wang", "Umweltminister Röttgen").
  const role = matchRole(tokens, i, lex);
  // "the Prime Minister, Tony Abbott": an apposition after a comma needs a known given name.
  const apposition = role && /^\s*,\s*$/.test(tokens[role.end]?.gap ?? '') && lex.given.has(tokens[role.end]?.text) && matchPersonName(tokens, role.end, lex, true) > role.end + 1;
  if (role && nameWord(tokens[role.end], lex) && (joined(tokens[role.end]) || apposition) && !matchAlias(tokens, role.end, g)) {
    const end = matchPersonName(tokens, role.end, lex, false);
    if (end > role.end && plausibleName(tokens, role.end, end, lex, lang, true)) {
      return { start: role.end, end, type: 'person', source: 'role', role: { text: role.role, start: i, end: role.end } };
    }
  }
  // 5. Cue noun + name ("das Startup DeepSeek", "die Datenplattform SuperAnnotate", "the lender HSBC").
  if (nameWord(tokens[i + 1], lex) && joined(tokens[i + 1]) && isCompanyCue(t, lex, lang) && !matchAlias(tokens, i + 1, g) && !matchRole(tokens, i + 1, lex)) {
    const end = capRun(tokens, i + 1, lex, 3);
    // "coffee chain Tim Hortons" is a company; "investor Warren Buffett" is a person (the cue is also a role).
    const speaks = lex.given.has(tokens[i + 1].text) && lex.speechAfter.has(tokens[end]?.text ?? ''); // "fund Peter Murphy said"
    if (end > i + 1 && !speaks && plausibleName(tokens, i + 1, end, lex, lang) && !(lex.given.has(tokens[i + 1].text) && matchRole(tokens, i, lex)))
      return withLegalForm(tokens, { start: i + 1, end, type: 'company', source: 'cue' }, lex);
  }
  // 7. Capitalised run with an organisation word ("Zignal Labs", "Kenya Association of Manufacturers",
  // "Australian Chamber of Commerce and Industry", "361 Capital").
  const orgSpan = orgHeadSpan(tokens, i, lex, lang);
  if (orgSpan) return withLegalForm(tokens, orgSpan, lex);
  // Reuters instrument codes: "(WMT.N)", "(TSCO.L)", "(CARR.PA)" name the company.
  if (t.upper && /^\p{Lu}{1,5}$/u.test(t.text) && /^\s*\(\s*$/.test(t.gap) && /^\s?\.$/.test(tokens[i + 1]?.gap ?? '') && /^[A-Z]{1,2}$/.test(tokens[i + 1].text) && /^\s*\)/.test(tokens[i + 2]?.gap ?? ''))
    return { start: i, end: i + 2, type: 'company', source: 'ric' };
  if (!nameWord(t, lex)) return null;
  // A cue noun is never the first word of a name ("Startup Scale AI" is "Startup" + "Scale AI").
  if (nameWord(tokens[i + 1], lex) && isCompanyCue(t, lex, lang)) return null;
  // 4b. Name followed by its role: "Vahan Petrosyan, Mitgründer der ...", "Tim Cook, chief executive of Apple".
  const run3 = capRun(tokens, i, lex, 3);
  if (run3 - i >= 2 && roleAfter(tokens, run3, lex) && plausibleName(tokens, i, run3, lex, lang) && !matchAlias(tokens, i, g)) {
    const end = matchPersonName(tokens, i, lex, false);
    if (end === run3) return { start: i, end, type: 'person', source: 'role-after' };
  }
  const run = capRun(tokens, i, lex, 6);
  // 4c. A name with its age or party in brackets: "Renzo Blumenthal (30)", "Röttgen (CDU)", "McCarthy (R-Calif.)".
  const pname = matchPersonName(tokens, i, lex, false);
  if (pname > i && pname - i <= 3 && bracketTag(tokens, pname, g) && plausibleName(tokens, i, pname, lex, lang, true) && !matchAlias(tokens, i, g))
    return { start: i, end: pname, type: 'person', source: 'bracket' };
  // 6. Capitalised run + legal form ("Markets Inside Media GmbH", "AutoNation, Inc.").
  if (run > i && matchLegalForm(tokens, run, lex) > 0)
    return withLegalForm(tokens, { start: i, end: run, type: 'company', source: 'legal-form' }, lex);
  // 6b. A name right before its listing: "Stratasys (NASDAQ: SSYS)".
  if (run > i && /\(\s*$/.test(tokens[run]?.gap ?? '') && EXCHANGE_PREFIX.test(tokens[run].text) && /^\s*:\s*$/.test(tokens[run + 1]?.gap ?? ''))
    return { start: i, end: run, type: 'company', source: 'ticker' };
  // 7b. German institutions written as one compound ("Bundesjustizministerium", "Bundeskartellamt").
  if (lang === 'de' && GERMAN_INSTITUTION.test(t.text)) {
    // "Bundesamt für Gesundheit", "Bundesagentur für Arbeit".
    const more = tokens[i + 1]?.text === 'für' && nameWord(tokens[i + 2], lex) && joined(tokens[i + 2]) ? i + 3 : i + 1;
    return { start: i, end: more, type: 'organization', source: 'institution' };
  }
  // 7d. German place adjective + organisation noun: "Berliner Zeitung", "Hessischen Rundfunks".
  // (One adjective may come between: "Passauer Neuen Presse", "Frankfurter Allgemeine Zeitung".)
  if (lang === 'de' && (placeAdjective(t.text, lex) || /isch(e|en|er|es)$/.test(t.text))) {
    const k = /^(Neue|Neuen|Neuer|Allgemeine|Allgemeinen|Freie|Freien)$/.test(tokens[i + 1]?.text ?? '') && joined(tokens[i + 2] ?? t) ? i + 2 : i + 1;
    if (tokens[k]?.cap && joined(tokens[k]) && DE_ORG_NOUN.test(tokens[k].text.toLowerCase())) return { start: i, end: k + 1, type: 'organization', source: 'institution' };
  }
  // 7c. Sports clubs: "FC Bayern", "SC Paderborn", "Borussia Dortmund", "1. FC Köln".
  if (CLUB_PREFIX.test(t.text) && tokens[i + 1]?.cap && joined(tokens[i + 1]) && !tokens[i + 1].gap.includes('-')) {
    let end = i + 2;
    while (end < tokens.length && end - i < 4 && (tokens[end].cap || /^\d+$/.test(tokens[end].text)) && joined(tokens[end]) && !lex.common.has(tokens[end].text)) end++;
    const numbered = i > 0 && /^\d$/.test(tokens[i - 1].text) && /^\.\s$/.test(t.gap) && !prev.some((p) => p.end > i - 1); // "1. FC Köln"
    return { start: numbered ? i - 1 : i, end, type: 'organization', source: 'club' };
  }
  // 8. CamelCase brands ("SuperAnnotate", "FuriosaAI", "DeepSeek"); not "McCarthy".
  // (Short mixed-case abbreviations are laws and units, not brands: "StGB", "MaBV", "WpHG".)
  if (CAMEL.test(t.text) && !SCOT_IRISH.test(t.text) && !gluedWords(t.text, lex) && !lex.acronyms.has(t.text) && (t.text.length > 5 || /AI$/.test(t.text)))
    return { start: i, end: i + 1, type: 'company', source: 'camel' };
  // 9. Acronyms that are not common abbreviations ("IMF", "GM", "NYSE").
  // German "PSA-Test", "PKV-Unternehmen": an unknown acronym in a compound names a thing, not an organisation.
  // Next to a number it is a unit or a code ("32 KB", "ISBN 3-7776", "EC 135"), not an organisation.
  const numberNear = /^\p{N}/u.test(tokens[i + 1]?.text ?? '') && joined(tokens[i + 1]) || (i > 0 && /^\p{N}+$/u.test(tokens[i - 1].text) && joined(t));
  if (t.upper && /^\p{Lu}{2,5}$/u.test(t.text) && !numberNear && !lex.acronyms.has(t.text) && !shoutedWord(t.text, lex) && !allCapsContext(tokens, i, lex) && !(lang === 'de' && tokens[i + 1]?.gap === '-')) {
    // "THW Kiel", "PKN Orlen": a name word right after the acronym belongs to it.
    const n = tokens[i + 1];
    const end = n && joined(n) && n.cap && !n.upper && (lex.places.has(n.text) || (!germanNounLike(n.text) && !lex.common.has(n.text) && lang === 'de')) && !matchAlias(tokens, i + 1, g) ? i + 2 : i + 1;
    return { start: i, end, type: 'organization', source: 'acronym' };
  }
  // 10. A name that speaks: "Glasenberg said", "sagte Müller".
  const end = matchPersonName(tokens, i, lex, false);
  if (end <= i || end - i > 3) return null;
  if (lex.speechAfter.has(tokens[end]?.text) && /^,?\s+$/.test(tokens[end].gap) && !t.sentStart && !(prevIsSpan(prev, i) && joined(t)) && plausibleName(tokens, i, end, lex, lang, true) && speakerShape(tokens, i, end, g, lex, lang))
    return { start: i, end, type: 'person', source: 'speech' };
  if (i > 0 && lex.speechBefore.has(tokens[i - 1].text) && /^\s+$/.test(t.gap) && (end - i >= 2 || !prevIsSpan(prev, i)) && plausibleName(tokens, i, end, lex, lang, true) && speakerShape(tokens, i, end, g, lex, lang))
    return { start: i, end, type: 'person', source: 'speech' };
  return null;
}

/** A speech verb names its speaker only if the words can be a name: "sagte Mibrag-Betriebsrat Mario Gierl" holds
 *  a role, "says Questor Glencore" a company, "sein Team, warnt" a German noun with its article. */
function speakerShape(tokens: Token[], i: number, end: number, g: Gazetteer, lex: Lexicon, lang: 'de' | 'en'): boolean {
  if (lang === 'de' && (nounPhraseBefore(tokens, i) || adjectiveBefore(tokens, i))) return false;
  // "the Project Apollo Archive, told": a speaker does not start in the middle of a capitalised run.
  const before = tokens[i - 1];
  if (lang === 'en' && before && joined(tokens[i]) && before.cap && !before.sentStart && !lex.common.has(before.text) && !lex.honorifics.has(before.text) && !matchRole(tokens, i - 1, lex)) return false;
  for (let k = i; k < end; k++) if ((k > i && matchAlias(tokens, k, g)) || matchRole(tokens, k, lex)) return false;
  return true;
}

/** "Merkels Politik", "Musks Pläne": a surname in the genitive before a German noun is a name of its own. */
function genitiveBeforeNoun(word: string, next: string, lex: Lexicon, lang: 'de' | 'en'): boolean {
  return lang === 'de' && /s$/.test(word) && lex.surnames.has(word.slice(0, -1)) && (germanNounLike(next) || strongNoun(next));
}

/** "Zöllner will", "Becker sagte": an -er word (the commonest German surname ending) before a modal or speech verb
 *  is a person; nouns in -er there are mass nouns that do not want or say ("Wasser ist", "Zucker hat"). */
function surnameShapedSubject(word: string, verb: string): boolean {
  return /[^e]er$/.test(word) && INVERSION_VERB_DE.test(verb);
}

const INVERSION_VERB_DE = /^(will|wollte|kann|konnte|muss|musste|soll|sollte|darf|durfte|möchte|sagte|sagt|erklärte|betonte|meinte|forderte|kritisierte|räumte|wies|warnte|bestätigte|widersprach|glaubt|glaubte|hofft|hoffte|weiß|wusste)$/;

function initialSurname(tokens: Token[], k: number, lex: Lexicon, lang: 'de' | 'en'): boolean {
  const w = tokens[k].text;
  if (!/^\p{Lu}\p{Ll}{2,}$/u.test(w) || lex.common.has(w) || lex.places.has(w) || lex.orgAdjectives.has(w) || lex.given.has(w)) return false;
  return lang === 'en' ? !tokens[k].sentStart : !germanNounLike(w) && !strongNoun(w) && !NOT_SUBJECT_DE.test(w);
}

function firmWord(t: Token | undefined, lex: Lexicon): boolean {
  return !!t && nameWord(t, lex) && !t.upper && !lex.places.has(t.text);
}

/** End of "A, B & C" / "A, B und Partner" starting at token i (single capitalised words joined by commas, the last
 *  by "&"), or -1. Lists of people use "and"/"und" before the last name, firms "&". */
function partnershipEnd(tokens: Token[], i: number, lex: Lexicon): number {
  if (!/^, $/.test(tokens[i + 1]?.gap ?? '') || !firmWord(tokens[i], lex)) return -1;
  let j = i + 1;
  while (firmWord(tokens[j], lex) && j - i < 5) {
    const n = tokens[j + 1];
    if (n && n.text === '&' && /^ $/.test(n.gap) && firmWord(tokens[j + 2], lex) && /^ $/.test(tokens[j + 2].gap)) return j + 3;
    if (n && n.text === 'und' && /^ $/.test(n.gap) && /^Partner(n)?$/.test(tokens[j + 2]?.text ?? '')) return j + 3;
    if (!n || !/^, $/.test(n.gap)) return -1;
    j++;
  }
  return -1;
}

/** A capitalised word that can be a name on its own in German: no ordinary word, noun, place or product. */
function bareName(w: string, verb: string, lex: Lexicon): boolean {
  return /^\p{Lu}\p{Ll}{2,}$/u.test(w) && !lex.common.has(w) && !lex.places.has(w) && !lex.orgAdjectives.has(w) && !lex.products.has(w) &&
    !(germanNounLike(w) && !surnameShapedSubject(w, verb)) && !strongNoun(w) && !NOT_SUBJECT_DE.test(w) && !placeAdjective(w, lex);
}

/** End of a bare name (one or two words) at token i, right after a finite verb (or its reflexive "sich") and before
 *  a lower-case word; -1 if there is none. */
function invertedSubject(tokens: Token[], i: number, g: Gazetteer, lex: Lexicon): number {
  const t = tokens[i];
  // Cheap tests first: this runs at every German token.
  const prev = tokens[i - 1];
  if (!prev || prev.cap || t.sentStart || t.gap !== ' ' || !/^\p{Lu}\p{Ll}{2,}$/u.test(t.text)) return -1;
  let v = i - 1;
  if (tokens[v]?.text === 'sich') v--;
  // Modal and speech verbs only: after "ist", "wurde", "hatte", "spielte" comes a predicate or an object as often.
  if (v < 0 || !INVERSION_VERB_DE.test(tokens[v].text) && !(v < i - 1 && /te$|t$/.test(tokens[v].text))) return -1;
  const verb = tokens[i - 1].text === 'sich' ? 'will' : tokens[i - 1].text;
  // "hat sich Gennadij Chalepo im Bus ...": two unknown name words are one name.
  const two = tokens[i + 1] && joined(tokens[i + 1]) && /^ $/.test(tokens[i + 1].gap) && bareName(tokens[i + 1].text, verb, lex) && !lex.given.has(tokens[i + 1].text);
  const end = two ? i + 2 : i + 1;
  const next = tokens[end];
  if (!next || !/^\p{Ll}/u.test(next.text) || !/^[ ,:]+$/.test(next.gap)) return -1;
  if (!bareName(t.text, verb, lex) || matchAlias(tokens, i, g) || (!two && lex.given.has(t.text)) || (two && matchAlias(tokens, i + 1, g))) return -1;
  return end;
}
