// Vocabulary counts on text: which leverage/disclaimer/issuer/broker words a piece of text holds, as bit masks,
// so that counts of a block are the OR of its text nodes (one pass, no per-block re-reading of text).

// Bits of `lev`: 0-7 strong product words, 8-17 weak quote words, 20-24 small-print words.
const STRONG = 0;
const WEAK = 8;
const DISCL = 20;

type Group = 'lev' | 'org' | 'cta';
type Hit = readonly [Group, number];

// Words are matched whole (after lower-casing), stems by prefix, pairs of words as "a b".
const WORDS = new Map<string, Hit>();
const STEMS: [string, Hit][] = [];
const PAIRS = new Map<string, Hit>();
const add = (group: Group, bit: number, words: string[] = [], stems: string[] = [], pairs: string[] = []) => {
  for (const w of words) WORDS.set(w, [group, bit]);
  for (const st of stems) STEMS.push([st, [group, bit]]);
  for (const p of pairs) PAIRS.set(p, [group, bit]);
};
add('lev', STRONG + 0, ['ko-schwelle', 'k.o.-schwelle'], ['knock-out', 'knockout']);
add('lev', STRONG + 1, ['turbo', 'turbos'], ['turbo-']);
add('lev', STRONG + 2, ['warrant', 'warrants'], ['optionsschein']);
add('lev', STRONG + 3, [], ['mini-future', 'minifuture'], ['mini future', 'mini futures']);
add('lev', STRONG + 4, [], ['faktor-zertifikat', 'faktorzertifikat', 'faktor-optionsschein']);
add('lev', STRONG + 5, [], ['hebel']);
add('lev', STRONG + 6, [], ['zertifikat']);
add('lev', STRONG + 7, ['produktidee', 'produktideen'], [], ['passende produkte', 'kurzfristig positionieren']);
add('lev', WEAK + 0, ['ask']);
add('lev', WEAK + 1, ['bid']);
add('lev', WEAK + 2, ['long']);
add('lev', WEAK + 3, ['short']);
add('lev', WEAK + 4, ['call']);
add('lev', WEAK + 5, ['put']);
add('lev', WEAK + 6, ['basiswert', 'basiswerts', 'basiswertes']);
add('lev', WEAK + 7, ['wkn']);
add('lev', WEAK + 8, ['emittent', 'emittentin', 'emittenten']);
add('lev', WEAK + 9, ['bezugsverhältnis', 'laufzeit']);
add('lev', DISCL + 0, [], ['basisprospekt']);
add('lev', DISCL + 1, [], [], ['endgültige bedingungen', 'endgültigen bedingungen']);
add('lev', DISCL + 2, [], ['basisinformationsbl'], ['wesentliche anlegerinformationen']);
add('lev', DISCL + 3, ['werbehinweis', 'werbehinweise'], [], ['dieser werbung']);
add('lev', DISCL + 4, [], [], ['billigung des']);
// Issuers: bits 0-15 of `org`.
add('org', 0, ['ubs']);
add('org', 1, [], [], ['société générale', 'societe generale', 'sg zertifikate', 'sg markets']);
add('org', 2, ['vontobel']);
add('org', 3, ['hsbc']);
add('org', 4, ['bnp'], [], ['bnp paribas']);
add('org', 5, [], [], ['morgan stanley']);
add('org', 6, [], [], ['dz bank']);
add('org', 7, [], [], ['goldman sachs']);
add('org', 8, ['citi', 'citigroup']);
add('org', 9, [], [], ['j.p. morgan', 'jp morgan']);
add('org', 10, ['unicredit', 'hvb', 'onemarkets']);
add('org', 11, ['leonteq', 'x-markets', 'lbbw'], [], ['ing markets', 'lang &']);
// Brokers: bits 16-27.
add('org', 16, ['smartbroker', 'smartbroker+', 'smartbroker.de', 'smartbrokerplus.de']);
add('org', 17, [], [], ['trade republic']);
add('org', 18, ['scalable']);
add('org', 19, ['flatex']);
add('org', 20, ['comdirect']);
add('org', 21, [], [], ['onvista bank']);
add('org', 22, ['consorsbank', 'justtrade']);
add('org', 23, ['bitpanda', 'etoro', 'plus500', 'lynx', 'capital.com'], [], ['ig markets']);
// Calls to action of broker ads.
add('cta', 0, [], [], ['depot eröffnen', 'konto eröffnen', 'open an']);
add('cta', 2, ['depotführung']);
add('cta', 5, ['ordervolumen'], [], ['marktüblicher spreads']);
add('cta', 3, [], [], ['0 euro', '0 €', '0,00 €', '0,00 euro']);
add('cta', 4, [], [], ['sign up', 'try it']);
add('cta', 6, [], [], ['kostenlos handeln', 'gebührenfrei handeln', 'provisionsfrei handeln', 'kostenloser wertpapierhandel']);
/** Stems by their first five letters (every stem has at least five), so a word is tried against its few stems only. */
const STEM_KEY = 5;
const STEMS_BY_KEY = new Map<string, [string, Hit][]>();
for (const entry of STEMS) {
  const key = entry[0].slice(0, STEM_KEY);
  if (entry[0].length < STEM_KEY) throw new Error(`stem shorter than ${STEM_KEY}: ${entry[0]}`);
  STEMS_BY_KEY.set(key, [...(STEMS_BY_KEY.get(key) ?? []), entry]);
}
const PAIR_FIRST = new Set([...PAIRS.keys()].map((p) => p.split(' ')[0]!));
const JETZT_VERBS = new Set(['wechseln', 'eröffnen', 'handeln', 'starten', 'testen', 'sichern', 'informieren', 'traden']);

const WORD_RE = /[a-z0-9äöüßéèàâç+&€]+(?:[.\-/][a-z0-9äöüßéèàâç+&€]+)*\.?/g;
const WKN_RE = /(?<![A-Za-z0-9])[A-Z0-9]{6}(?![A-Za-z0-9])/g;

export interface TextCounts {
  lev: number;
  org: number;
  cta: number;
  wkn: number;
  ka: number;
}

/** Counts vocabulary in one text node's text. Returns null when nothing was found (the common case). */
export function countText(text: string): TextCounts | null {
  let lev = 0;
  let org = 0;
  let cta = 0;
  let ka = 0;
  let jetzt = false;
  const hit = (h: Hit | undefined) => {
    if (!h) return;
    if (h[0] === 'lev') lev |= 1 << h[1];
    else if (h[0] === 'org') org |= 1 << h[1];
    else cta |= 1 << h[1];
  };
  const words = text.toLowerCase().match(WORD_RE);
  if (!words) return null;
  let prev = '';
  for (let w of words) {
    if (w === 'k.a.' || w === 'n/a' || w === 'n.v.') ka++;
    if (w.endsWith('.') && w !== 'k.o.-schwelle') w = w.slice(0, -1);
    const h = WORDS.get(w);
    if (h) hit(h);
    else if (w.length >= STEM_KEY) {
      const stems = STEMS_BY_KEY.get(w.slice(0, STEM_KEY));
      if (stems) for (const [st, sh] of stems) if (w.startsWith(st)) hit(sh);
    }
    if (prev && PAIR_FIRST.has(prev)) hit(PAIRS.get(prev + ' ' + w));
    if (w === 'jetzt') jetzt = true;
    else if (jetzt && JETZT_VERBS.has(w)) cta |= 2;
    prev = w;
  }
  let wkn = 0;
  if (/\d/.test(text)) {
    for (const m of text.match(WKN_RE) ?? []) if (/\d/.test(m) && /[A-Z]/.test(m)) wkn++;
  }
  if (!lev && !org && !cta && !wkn && !ka) return null;
  return { lev, org, cta, wkn, ka };
}

export function popcount(x: number): number {
  let n = 0;
  for (let v = x >>> 0; v; v &= v - 1) n++;
  return n;
}

export const strongCount = (lev: number): number => popcount(lev & 0xff);
export const weakCount = (lev: number): number => popcount((lev >>> WEAK) & 0x3ff);
export const disclaimerCount = (lev: number): number => popcount((lev >>> DISCL) & 0x1f);
export const issuerCount = (org: number): number => popcount(org & 0xffff);
export const brokerCount = (org: number): number => popcount((org >>> 16) & 0xfff);

const ZERO_WIDTH = /[\u200b-\u200f\u2060\ufeff\u00ad]/g;

/** Label text as compared with LABEL_WORDS: zero-width chars, spaces and trailing punctuation removed, lower case. */
export function normalizeLabel(text: string): string {
  return text
    .normalize('NFC')
    .replace(ZERO_WIDTH, '')
    .toLowerCase()
    .replace(/[\s\u00a0]+/g, '')
    .replace(/^[\-–|·•:*()[\]]+|[\-–|·•:*()[\].]+$/g, '');
}
