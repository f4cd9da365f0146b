// Numbers as finance news writes them, in German and English: "644,23", "1.234,56", "1,234.56", "-1,30 %",
// "−2,1" (U+2212), "28 Milliarden Dollar", "$5bn", "10 bis 12 Prozent". Hand-written because no browser-side
// library parses German amounts (see notes/product.md). Pure string functions, no DOM.

export type NumberLocale = 'de' | 'en';

/** Minus signs seen on pages: hyphen-minus, U+2212 minus, en dash (used as minus by some CMSs). */
const MINUS = '-\u2212\u2013';
/** Spaces that may sit inside a number or between a number and its unit: NBSP, narrow NBSP, thin space. */
export const NUM_SPACE = '[ \\u00a0\\u202f\\u2009]';

/** Source of a RegExp matching one signed number with either separator style (used by figures/quotes). */
export const NUMBER_SOURCE =
  `[+${MINUS}]?${NUM_SPACE}?(?:\\d{1,3}(?:[.,\\u00a0\\u202f\\u2009]\\d{3})+(?:[.,]\\d+)?|\\d+(?:[.,]\\d+)?|[.,]\\d+)`;

export function localeOf(lang: string | null | undefined): NumberLocale {
  return lang && lang.toLowerCase().startsWith('en') ? 'en' : 'de';
}

/**
 * Parses one number. The locale decides only what is ambiguous: a single separator followed by exactly three
 * digits ("12.000", "1,234") is a thousands separator in the locale that uses it that way, else a decimal.
 * Returns null for anything that is not a number.
 */
export function parseNumber(raw: string, locale: NumberLocale = 'de'): number | null {
  let s = raw.trim().replace(/[\u00a0\u202f\u2009 ]/g, (m, i: number) => (i === 0 ? '' : m));
  let sign = 1;
  if (s.length && (s[0] === '+' || MINUS.includes(s[0]))) {
    if (s[0] !== '+') sign = -1;
    s = s.slice(1).trim();
  }
  // Spaces as thousands separators ("1 234 567,8").
  if (/^\d{1,3}(?:[\u00a0\u202f\u2009 ]\d{3})+(?:[.,]\d+)?$/.test(s)) s = s.replace(/[\u00a0\u202f\u2009 ]/g, '');
  if (!/^(?:\d[\d.,]*|[.,]\d+)$/.test(s) || /[.,]{2}/.test(s) || /[.,]$/.test(s)) return null;
  const dots = (s.match(/\./g) ?? []).length;
  const commas = (s.match(/,/g) ?? []).length;
  let normal: string;
  if (dots && commas) {
    // Both present: the last one is the decimal separator; the other must group by three.
    const decimal = s.lastIndexOf(',') > s.lastIndexOf('.') ? ',' : '.';
    const group = decimal === ',' ? '.' : ',';
    const [intPart, frac, extra] = s.split(decimal);
    if (extra !== undefined || !validGrouping(intPart, group)) return null;
    normal = intPart.split(group).join('') + '.' + frac;
  } else if (dots + commas === 0) {
    normal = s;
  } else {
    const sep = dots ? '.' : ',';
    const count = dots || commas;
    const [head, tail] = [s.slice(0, s.indexOf(sep)), s.slice(s.lastIndexOf(sep) + 1)];
    if (count > 1) {
      // "1.234.567" or "1,234,567": grouping only.
      if (!validGrouping(s, sep)) return null;
      normal = s.split(sep).join('');
    } else {
      const groupsInLocale = (sep === '.' && locale === 'de') || (sep === ',' && locale === 'en');
      const looksGrouped = tail.length === 3 && head.length >= 1 && head.length <= 3 && head !== '0';
      normal = groupsInLocale && looksGrouped ? head + tail : (head || '0') + '.' + tail;
    }
  }
  const value = Number(normal);
  return Number.isFinite(value) ? sign * value : null;
}

function validGrouping(intPart: string, group: string): boolean {
  return new RegExp(`^\\d{1,3}(?:\\${group}\\d{3})*$`).test(intPart);
}

/** Scale words: German "Billion" is 10^12, English "billion" is 10^9; the locale decides the bare word. */
const SCALES: Array<[RegExp, number | ((l: NumberLocale) => number)]> = [
  [/^(?:tsd\.?|tausend|thousand|k)$/i, 1e3],
  [/^(?:mio\.?|mill\.?|millionen|million|millions|mn|m)$/i, 1e6],
  [/^(?:mrd\.?|mia\.?|milliarden|milliarde)$/i, 1e9],
  [/^(?:bn|b|bln)$/i, 1e9],
  [/^billions$/i, 1e9],
  [/^(?:bio\.?|billionen)$/i, 1e12],
  [/^billion$/i, (l) => (l === 'en' ? 1e9 : 1e12)],
  [/^(?:trillion|trillions|tn|trn)$/i, 1e12],
];

/** Source of a RegExp matching one scale word (longest alternatives first). */
export const SCALE_SOURCE =
  '(?:Tsd\\.|Tausend|thousand|Mio\\.|Mill\\.|Millionen|Million|millions?|Mrd\\.|Mia\\.|Milliarden|Milliarde|Bio\\.|Billionen|Billion|billions?|trillions?|bn|bln|mn|tn|trn|k|m|b)';

export function scaleOf(word: string, locale: NumberLocale = 'de'): number | null {
  const w = word.trim();
  // A bare English-cased "billion" inside German text is still 10^12 only when written German-style.
  for (const [re, factor] of SCALES) {
    if (re.test(w)) return typeof factor === 'function' ? factor(w === 'Billion' ? locale : 'en') : factor;
  }
  return null;
}

/** Currency words and symbols -> ISO 4217. Order matters for the RegExp source (longest first). */
const CURRENCIES: Array<[string, string]> = [
  ['US-Dollars', 'USD'], ['US-Dollar', 'USD'], ['US Dollar', 'USD'], ['US dollars', 'USD'], ['US dollar', 'USD'],
  ['Dollars', 'USD'], ['Dollar', 'USD'], ['dollars', 'USD'], ['dollar', 'USD'], ['USD', 'USD'], ['US$', 'USD'], ['$', 'USD'],
  ['Euros', 'EUR'], ['Euro', 'EUR'], ['euros', 'EUR'], ['euro', 'EUR'], ['EUR', 'EUR'], ['€', 'EUR'],
  ['Schweizer Franken', 'CHF'], ['Franken', 'CHF'], ['Swiss francs', 'CHF'], ['CHF', 'CHF'], ['SFr.', 'CHF'],
  ['Britische Pfund', 'GBP'], ['Pfund Sterling', 'GBP'], ['Pfund', 'GBP'], ['pounds', 'GBP'], ['pound', 'GBP'], ['GBP', 'GBP'], ['GBp', 'GBX'], ['£', 'GBP'],
  ['Yen', 'JPY'], ['yen', 'JPY'], ['JPY', 'JPY'], ['¥', 'JPY'],
  ['Yuan', 'CNY'], ['yuan', 'CNY'], ['Renminbi', 'CNY'], ['CNY', 'CNY'],
  ['HKD', 'HKD'], ['CAD', 'CAD'], ['AUD', 'AUD'], ['SEK', 'SEK'], ['NOK', 'NOK'], ['DKK', 'DKK'], ['PLN', 'PLN'],
];
const CURRENCY_MAP = new Map(CURRENCIES.map(([k, v]) => [k.toLowerCase(), v]));

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Source of a RegExp matching one currency word, code or symbol. */
export const CURRENCY_SOURCE = `(?:${CURRENCIES.map(([k]) => escapeRe(k)).join('|')})`;

export function currencyOf(word: string): string | null {
  const w = word.trim().replace(/\s+/g, ' ');
  // Case matters for codes (GBp = pence), so try exact first, then case-insensitively.
  const exact = CURRENCIES.find(([k]) => k === w);
  return exact ? exact[1] : (CURRENCY_MAP.get(w.toLowerCase()) ?? null);
}

export type AmountKind = 'money' | 'percent' | 'percentage-points' | 'count';

export interface ParsedAmount {
  kind: AmountKind;
  /** Normalised value; for ranges the lower bound. Basis points are given in percentage points. */
  value: number;
  /** Upper bound of a range ("10 bis 12 Prozent"), else null. */
  max: number | null;
  /** ISO currency for money, "%" or "pp" otherwise, null for plain counts. */
  unit: string | null;
}

const PERCENT_RE = /^(?:%|prozent|percent|per\s?cent|pct\.?|vh)$/i;
const POINTS_RE = /^(?:prozentpunkte?n?|percentage points?|pp\.?|ppt)$/i;
const BASIS_RE = /^(?:basispunkte?n?|basis points?|bp|bps|bps\.)$/i;

/** Source of a RegExp matching a percent or point unit word. */
export const PERCENT_UNIT_SOURCE =
  '(?:%|Prozentpunkten|Prozentpunkte|Prozentpunkt|Prozent|percentage points?|per\\s?cent|percent|pct\\.?|Basispunkten|Basispunkte|Basispunkt|basis points?|bps|bp|ppt|pp)';

/**
 * Parses a whole amount: optional currency before, number or range, optional scale, optional unit
 * ("28 Milliarden Dollar", "$5bn", "-1,30 %", "10 bis 12 Prozent", "5-7%", "25 Basispunkte").
 * Returns null when the text is not exactly one amount.
 */
export function parseAmount(raw: string, locale: NumberLocale = 'de'): ParsedAmount | null {
  const re = new RegExp(
    `^(?:(${CURRENCY_SOURCE})${NUM_SPACE}?)?(${NUMBER_SOURCE})` +
      `(?:${NUM_SPACE}?(?:-|\\u2013|bis|to)${NUM_SPACE}?(${NUMBER_SOURCE}))?` +
      `(?:${NUM_SPACE}?(${SCALE_SOURCE}))?(?:${NUM_SPACE}?(${CURRENCY_SOURCE}|${PERCENT_UNIT_SOURCE}))?$`,
    'i',
  );
  const m = re.exec(raw.trim().replace(/\s+/g, ' '));
  if (!m) return null;
  const [, pre, a, b, scaleWord, post] = m;
  return amountFromParts({ pre, a, b, scaleWord, post }, locale);
}

export interface AmountParts {
  pre?: string;
  a: string;
  b?: string;
  scaleWord?: string;
  post?: string;
}

/** Builds an amount from matched parts (shared with the figure scanner, which finds the parts in running text). */
export function amountFromParts(p: AmountParts, locale: NumberLocale): ParsedAmount | null {
  const lo = parseNumber(p.a, locale);
  // A hyphen in "5-7%" is a range dash, not the sign of 7.
  const hi = p.b !== undefined ? parseNumber(p.b.replace(/^[\u2212\u2013-]/, ''), locale) : null;
  if (lo === null || (p.b !== undefined && hi === null)) return null;
  const factor = p.scaleWord ? scaleOf(p.scaleWord, locale) : 1;
  if (factor === null) return null;
  const post = p.post?.trim();
  let kind: AmountKind = 'count';
  let unit: string | null = null;
  let unitFactor = 1;
  const preCur = p.pre ? currencyOf(p.pre) : null;
  const postCur = post ? currencyOf(post) : null;
  if (post && PERCENT_RE.test(post)) [kind, unit] = ['percent', '%'];
  else if (post && POINTS_RE.test(post)) [kind, unit] = ['percentage-points', 'pp'];
  else if (post && BASIS_RE.test(post)) [kind, unit, unitFactor] = ['percentage-points', 'pp', 0.01];
  else if (preCur || postCur) [kind, unit] = ['money', (preCur ?? postCur)!];
  else if (post) return null;
  if ((kind === 'percent' || kind === 'percentage-points') && preCur) return null;
  const scale = (n: number) => round(n * factor * unitFactor);
  return { kind, value: scale(lo), max: hi === null ? null : scale(hi), unit };
}

/** Removes binary floating-point noise (0.1 * 3) without losing real precision. */
function round(n: number): number {
  return Number.parseFloat(n.toPrecision(12));
}
