// Dates as pages write them, normalised to ISO 8601: machine dates from JSON-LD/meta/<time> keep their zone
// ("2025-06-12T10:10:00+02:00"); visible text ("12.06.2025, 10:10 Uhr", "June 12, 2025 10:10 AM ET") becomes
// local page time ("2025-06-12T10:10"), with an offset only when the text names a zone.

const MONTHS: Record<string, number> = {
  jan: 1, januar: 1, january: 1, jänner: 1, feb: 2, februar: 2, february: 2, mär: 3, mar: 3, märz: 3, maerz: 3,
  march: 3, apr: 4, april: 4, mai: 5, may: 5, jun: 6, juni: 6, june: 6, jul: 7, juli: 7, july: 7, aug: 8,
  august: 8, sep: 9, sept: 9, september: 9, okt: 10, oct: 10, oktober: 10, october: 10, nov: 11, november: 11,
  dez: 12, dec: 12, dezember: 12, december: 12,
};

const ZONES: Record<string, string> = {
  utc: '+00:00', gmt: '+00:00', z: '+00:00', mez: '+01:00', cet: '+01:00', mesz: '+02:00', cest: '+02:00',
  bst: '+01:00', est: '-05:00', edt: '-04:00', cst: '-06:00', cdt: '-05:00', pst: '-08:00', pdt: '-07:00',
};

const pad = (n: number) => String(n).padStart(2, '0');

function valid(y: number, m: number, d: number, h = 0, min = 0): boolean {
  return y >= 1990 && y <= 2100 && m >= 1 && m <= 12 && d >= 1 && d <= 31 && h >= 0 && h < 24 && min >= 0 && min < 60;
}

/** A machine-readable date (ISO 8601 variants, RFC 2822 as some meta tags use) in canonical ISO form. */
export function normaliseIsoDate(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const s = raw.trim();
  const m = /^(\d{4})-?(\d{2})-?(\d{2})(?:[T\s](\d{2}):?(\d{2})(?::?(\d{2})(?:[.,]\d+)?)?)?\s*(Z|[+-]\d{2}:?\d{2}|[+-]\d{2})?$/i.exec(s);
  if (m) {
    const [y, mo, d] = [+m[1], +m[2], +m[3]];
    if (!valid(y, mo, d, m[4] ? +m[4] : 0, m[5] ? +m[5] : 0)) return null;
    let out = `${m[1]}-${m[2]}-${m[3]}`;
    if (m[4]) out += `T${m[4]}:${m[5]}${m[6] && m[6] !== '00' ? ':' + m[6] : ''}`;
    if (m[4] && m[7]) out += zoneSuffix(m[7]);
    return out;
  }
  // Anything else Date can read with an explicit zone (RFC 2822 "Thu, 12 Jun 2025 08:10:00 GMT").
  if (/\d{4}/.test(s) && /[a-z]{3}/i.test(s) && /(gmt|utc|[+-]\d{4})/i.test(s)) {
    const t = Date.parse(s);
    if (!Number.isNaN(t)) return new Date(t).toISOString().replace(/:00\.000Z$/, 'Z').replace(/\.000Z$/, 'Z');
  }
  return parseVisibleDate(s);
}

function zoneSuffix(z: string): string {
  if (/^z$/i.test(z)) return 'Z';
  const m = /^([+-])(\d{2}):?(\d{2})?$/.exec(z);
  return m ? `${m[1]}${m[2]}:${m[3] ?? '00'}` : '';
}

const TIME = String.raw`(?:,?\s*(?:um|at|\||-|–|—)?\s*(\d{1,2})[:.](\d{2})(?:[:.]\d{2})?\s*(am|pm|a\.m\.|p\.m\.)?\s*(?:uhr|h)?\s*(mesz|mez|cest|cet|utc|gmt|bst|est|edt|cst|cdt|pst|pdt|et)?)?`;
const NUMERIC = new RegExp(String.raw`\b(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})` + TIME, 'i');
const ISO_TEXT = new RegExp(String.raw`\b(\d{4})-(\d{2})-(\d{2})` + TIME, 'i');
const DAY_MONTH = new RegExp(String.raw`\b(\d{1,2})\.?\s+([a-zäA-ZÄ]{3,9})\.?,?\s+(\d{4})` + TIME, 'i');
const MONTH_DAY = new RegExp(String.raw`\b([a-zA-Z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})` + TIME, 'i');

/** The first date in visible text, or null. German and English forms. */
export function parseVisibleDate(text: string): string | null {
  if (!text || text.length > 2000) return null;
  let m = NUMERIC.exec(text);
  if (m) return build(+m[3], +m[2], +m[1], m, 4);
  m = ISO_TEXT.exec(text);
  if (m) return build(+m[1], +m[2], +m[3], m, 4);
  m = DAY_MONTH.exec(text);
  if (m && MONTHS[m[2].toLowerCase()]) return build(+m[3], MONTHS[m[2].toLowerCase()], +m[1], m, 4);
  m = MONTH_DAY.exec(text);
  if (m && MONTHS[m[1].toLowerCase()]) return build(+m[3], MONTHS[m[1].toLowerCase()], +m[2], m, 4);
  return null;
}

function build(y: number, mo: number, d: number, m: RegExpExecArray, t: number): string | null {
  let h = m[t] !== undefined ? +m[t] : null;
  const min = m[t + 1] !== undefined ? +m[t + 1] : 0;
  const ampm = m[t + 2]?.toLowerCase().replace(/\./g, '');
  const zone = m[t + 3]?.toLowerCase();
  if (h !== null && ampm === 'pm' && h < 12) h += 12;
  if (h !== null && ampm === 'am' && h === 12) h = 0;
  if (!valid(y, mo, d, h ?? 0, min)) return null;
  let out = `${y}-${pad(mo)}-${pad(d)}`;
  if (h !== null) {
    out += `T${pad(h)}:${pad(min)}`;
    if (zone && ZONES[zone]) out += ZONES[zone];
  }
  return out;
}
