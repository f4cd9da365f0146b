// The word lists of src/data/lexicon turned into the lookup structures the matchers need. Built once, lazily.
import { givenNames } from '../../data/lexicon/given-names';
import { AMBIGUOUS, knownSurnames } from '../../data/lexicon/surnames';
import { worldGivenNames } from '../../data/lexicon/given-names-world';
import { commonSurnames } from '../../data/lexicon/surnames-common';
import { peopleIndex, type PeopleIndex } from './people-index';
import { productNames } from '../../data/lexicon/products';
import { commonCapitalised, nonOrgAcronyms, orgAdjectives, placeWords } from '../../data/lexicon/non-names';
import { HONORIFICS, NAME_PARTICLES, ROLE_PHRASES, ROLE_SUFFIXES_DE, SPEECH_AFTER, SPEECH_BEFORE } from '../../data/lexicon/roles';
import {
  COMPANY_CUES_DE,
  COMPANY_CUES_EN,
  LEGAL_FORMS,
  ORG_HEAD_WORDS_DE,
  ORG_HEAD_WORDS_EN,
  TRAILING_FORMS_NOT_IN_NAME,
} from '../../data/lexicon/org-cues';
import { nameTokens } from './tokenize';
import { builtIndex, snapshotIndex, type LazyIndex } from './snapshot';

export interface Lexicon {
  given: Set<string>;
  /** Surnames that make a person alone ("Merkel", "Musks"). */
  surnames: Set<string>;
  /** Frequent surnames: a person only next to a cue (role, title, speech verb), never alone. */
  commonSurnames: Set<string>;
  /** Full names of widely covered people. */
  people: PeopleIndex;
  /** Products and services that are not companies ("WhatsApp", "iPhone", "ChatGPT"). */
  products: Set<string>;
  common: Set<string>;
  places: Set<string>;
  orgAdjectives: Set<string>;
  acronyms: Set<string>;
  honorifics: Set<string>;
  particles: Set<string>;
  /** Role phrases as lower-case word lists, longest first, keyed by first word. */
  roles: Map<string, string[][]>;
  /** German role compounds, inflected: "Umweltminister", "Topjuristen", "Vorstandschefs". */
  roleSuffix: RegExp;
  speechAfter: Set<string>;
  speechBefore: Set<string>;
  /** Legal forms by first word, longest first. */
  legalForms: Map<string, string[][]>;
  formsNotInName: Set<string>;
  orgHeads: Set<string>;
  /** Head words that make an organisation rather than a company. */
  orgHeadsNonCompany: Set<string>;
  /** German cue nouns, alone or as the end of a compound ("Datenplattform"). */
  cueDe: RegExp;
  cuesEn: Set<string>;
}

const NON_COMPANY_HEADS =
  'Commission Council Ministry Agency Authority Bureau Committee Party Association Institute University College Union Federation Department Office Court Police Army Foundation Society Club Alliance Coalition Reserve Verband Verein Stiftung Partei Kammer Institut Ministerium Bundesamt Amt Behörde Gewerkschaft Universität Hochschule Akademie Kommission Rat Senat Gericht Fraktion Bündnis Bundesanstalt Landesamt Museum Theater Orchester Team Chamber Embassy Consulate Assembly Tribunal Directorate Secretariat Administration Service Forces Navy School Academy Centre Center Observatory';

// First words of listed names that are also ordinary words or places: "Anders als", "Tiger", "Alexandria".
const NOT_GIVEN = new Set('Anders Tiger Alexandria Ireland Chelsea Paris Georgia Virginia Florence Jordan Madison Brooklyn Dakota Sydney Victoria Austin Houston Lincoln Kent'.split(' '));


function byFirst(forms: string[][]): Map<string, string[][]> {
  const map = new Map<string, string[][]>();
  for (const f of [...forms].sort((a, b) => b.length - a.length)) map.set(f[0], [...(map.get(f[0]) ?? []), f]);
  return map;
}

/** The lexicon of the shipped lists, made on first use: hydrated from the build-time snapshot in the extension. */
// The lexicon refers to the people index by name in its snapshot (see snapshot-build.ts).
const index: LazyIndex<Lexicon> =
  typeof __FINLENS_LEXICON__ === 'string'
    ? snapshotIndex<Lexicon>(__FINLENS_LEXICON__, undefined, () => ({ people: peopleIndex() }))
    : builtIndex(buildLexicon);

export const lexicon = (): Lexicon => index.get();

/** Like warmGazetteer: hydrates the snapshot a slice at a time (call until true; warm the people index first, it is
 *  part of the lexicon); lexicon() then finds it ready. */
export const warmLexicon = (yieldNow: () => boolean): boolean => index.warm(yieldNow);

function buildLexicon(): Lexicon {
  const roles = new Map<string, string[][]>();
  for (const phrase of ROLE_PHRASES) {
    const words = nameTokens(phrase).words.map((w) => w.toLowerCase());
    const list = roles.get(words[0]) ?? [];
    list.push(words);
    list.sort((a, b) => b.length - a.length);
    roles.set(words[0], list);
  }
  const common = commonCapitalised();
  const places = placeWords();
  const people = peopleIndex();
  // Added given names must not be ordinary capitalised words or places ("August", "Florence").
  const given = new Set(givenNames());
  for (const w of [...worldGivenNames(), ...people.given]) if (!common.has(w) && !places.has(w) && !NOT_GIVEN.has(w)) given.add(w);
  // Surnames of listed people stand alone unless they are words, places, given names or too short.
  const surnames = new Set(knownSurnames());
  for (const w of people.surnames)
    if (w.length >= 3 && !AMBIGUOUS.has(w) && !common.has(w) && !places.has(w) && !given.has(w) && !orgAdjectives().has(w)) surnames.add(w);
  return {
    given,
    surnames,
    commonSurnames: commonSurnames(),
    people,
    products: productNames(),
    common,
    places,
    orgAdjectives: orgAdjectives(),
    acronyms: nonOrgAcronyms(),
    honorifics: new Set(HONORIFICS),
    particles: new Set(NAME_PARTICLES),
    roles,
    roleSuffix: new RegExp(`(${ROLE_SUFFIXES_DE.join('|')})(en|n|s)?$`),
    speechAfter: new Set(SPEECH_AFTER),
    speechBefore: new Set(SPEECH_BEFORE),
    legalForms: byFirst(LEGAL_FORMS),
    formsNotInName: TRAILING_FORMS_NOT_IN_NAME,
    orgHeads: new Set([...ORG_HEAD_WORDS_EN, ...ORG_HEAD_WORDS_DE]),
    orgHeadsNonCompany: new Set(NON_COMPANY_HEADS.split(' ')),
    cueDe: new RegExp(`^(\\p{L}{3,})?(${COMPANY_CUES_DE.join('|')})$`, 'u'),
    cuesEn: new Set(COMPANY_CUES_EN),
  };
}
