// Reading one quote widget: header words name the columns ("Name | Aktuell | Diff. | Börse"); without a header
// the cells are read by shape (text, price with currency, percent, time). Values are kept exactly as shown.
import type { Instrument } from '../types';
import { buildTextIndex } from '../text';
import { isinCheckDigitValid } from '../../data/schema';
import { CURRENCY_SOURCE, currencyOf, type NumberLocale, parseNumber } from './numbers';

type Role = 'name' | 'price' | 'change' | 'exchange' | 'time' | 'isin' | 'wkn' | 'currency';

const HEADER_WORDS: Array<[Role, RegExp]> = [
  ['name', /^(?:name|wert|werte|titel|aktie|aktien|instrument|security|securities|symbol|company|unternehmen|stock)$/],
  ['price', /^(?:aktuell|kurs|akt\. kurs|aktueller kurs|letzter|letzter kurs|last|last price|price|preis|schlusskurs|close|quote)$/],
  ['change', /^(?:diff\.?|differenz|veränderung|veränd\.?|änderung|\+\/-|%|chg\.?|chg %|change|% change|change %|perf\.?|performance|tagesperf\.?|\+\/- %|diff\. %|%-änderung)$/],
  ['exchange', /^(?:börse|handelsplatz|platz|exchange|market|markt|venue|börsenplatz)$/],
  ['time', /^(?:zeit|datum|uhrzeit|stand|time|date|zeitpunkt)$/],
  ['isin', /^isin$/],
  ['wkn', /^wkn$/],
  ['currency', /^(?:währung|currency|whg\.?)$/],
];

const NOT_AVAILABLE = /^(?:k\.?\s?a\.?|n\/a|n\.a\.|-+|–|—|\s*)$/i;
const PERCENT_CELL = /^[+\-\u2212\u2013]?\s?\d[\d.,]*\s?%$/;
const PRICE_CELL = new RegExp(
  `^(?:(${CURRENCY_SOURCE})\\s?)?([+\\-\\u2212]?\\d[\\d.,\\u00a0\\u202f]*)(?:\\s?(${CURRENCY_SOURCE}))?$`,
);
const TIME_CELL = /^(?:\d{1,2}\.\d{1,2}\.(?:\d{2,4})?|\d{4}-\d{2}-\d{2})?,?\s?(?:\d{1,2}:\d{2}(?::\d{2})?)?(?:\s?Uhr)?$/;

export const cellText = (el: Element): string => buildTextIndex(el).text.replace(/\s+/g, ' ').trim();
const headerKey = (s: string): string => s.toLowerCase().replace(/\s+/g, ' ').replace(/[:*]+$/, '').trim();

function rowsOf(container: Element): Element[] {
  const tag = container.tagName.toUpperCase();
  const rows = Array.from(container.querySelectorAll('tr, [role="row"]'));
  if (rows.length || tag === 'TABLE') return rows;
  const items = Array.from(container.querySelectorAll('li'));
  return items.length ? items : Array.from(container.children);
}

function cellsOf(row: Element): string[] {
  const cells = Array.from(row.children).filter((c) => c.nodeType === 1);
  // A row with a single wrapper child ("<li><a><span>..</span></a></li>") has its cells one level down.
  const flat = cells.length === 1 && cells[0].children.length > 1 ? Array.from(cells[0].children) : cells;
  return flat.map(cellText);
}

export function headerRoles(cells: string[]): Map<number, Role> | null {
  const roles = new Map<number, Role>();
  cells.forEach((c, i) => {
    const key = headerKey(c);
    const hit = HEADER_WORDS.find(([, re]) => re.test(key));
    if (hit && ![...roles.values()].includes(hit[0])) roles.set(i, hit[0]);
  });
  const found = new Set(roles.values());
  return found.has('price') && found.size >= 2 ? roles : null;
}

function isTime(t: string): boolean {
  return /\d/.test(t) && (/:\d{2}/.test(t) || /^\d{1,2}\.\d{1,2}\.(?:\d{2,4})?/.test(t)) && TIME_CELL.test(t);
}

/** Reads one data row by header roles, or by the shape of its cells when there is no header. */
function readRow(cells: string[], roles: Map<number, Role> | null, locale: NumberLocale): Instrument | null {
  if (!cells.length || cells.every((c) => NOT_AVAILABLE.test(c))) return null;
  const byRole = (r: Role) => {
    for (const [i, role] of roles ?? []) if (role === r) return cells[i] ?? null;
    return null;
  };
  const used = new Set<number>();
  const pick = (test: (t: string) => boolean): string | null => {
    const i = cells.findIndex((c, j) => !used.has(j) && test(c));
    if (i < 0) return null;
    used.add(i);
    return cells[i];
  };
  const text = (t: string) => !!t && !NOT_AVAILABLE.test(t) && !/^[+\-\u2212]?\d/.test(t);
  const name = roles ? byRole('name') ?? pick(text) : pick(text);
  const priceCell = roles ? byRole('price') : pick((t) => PRICE_CELL.test(t));
  const changeCell = roles ? byRole('change') : pick((t) => PERCENT_CELL.test(t));
  const exchange = roles ? byRole('exchange') : pick((t) => text(t) && t.length <= 30 && !isTime(t));
  const timeCell = roles ? byRole('time') : pick(isTime);
  if (!name || NOT_AVAILABLE.test(name) || !priceCell || NOT_AVAILABLE.test(priceCell)) return null;
  const pm = PRICE_CELL.exec(priceCell);
  if (!pm) return null;
  const price = parseNumber(pm[2], locale);
  if (price === null) return null;
  const currencyCell = roles ? byRole('currency') : null;
  const currency = currencyOf(pm[1] ?? pm[3] ?? '') ?? (currencyCell ? currencyOf(currencyCell) : null);
  const change = changeCell && !NOT_AVAILABLE.test(changeCell) ? changeCell : null;
  const pct = change && /%$/.test(change) ? parseNumber(change.replace(/\s?%$/, ''), locale) : null;
  const isinCell = roles ? byRole('isin') : null;
  return {
    name: name.replace(/\s+/g, ' ').trim(),
    priceText: pm[2].trim(),
    price,
    currency,
    changeText: change,
    changePct: pct,
    exchange: exchange && !NOT_AVAILABLE.test(exchange) ? exchange : null,
    isin: isinCell && isinCheckDigitValid(isinCell) ? isinCell : null,
    wkn: roles ? byRole('wkn') : null,
    ticker: null,
    quoteTime: timeCell && isTime(timeCell) ? timeCell : null,
    note: null,
    source: 'quote-table',
    entityId: null,
  };
}

/** Instruments of one widget; `requireHeader` is false for widgets a site profile names. */
export function readQuoteWidget(el: Element, locale: NumberLocale, requireHeader: boolean): Instrument[] {
  const lists = el.tagName.toUpperCase() === 'DL' ? [el] : Array.from(el.querySelectorAll('dl'));
  if (lists.length) return lists.slice(0, 200).map((dl) => readDefinitionList(dl, locale)).filter((i): i is Instrument => !!i);
  const rows = rowsOf(el).slice(0, 200);
  let roles: Map<number, Role> | null = null;
  const out: Instrument[] = [];
  for (const [index, row] of rows.entries()) {
    const cells = cellsOf(row);
    if (!roles && !out.length) {
      const header = headerRoles(cells);
      if (header) {
        roles = header;
        continue;
      }
    }
    // A title row ("Werte zum Artikel") may sit above the header; past the third row, no header means no widget.
    if (requireHeader && !roles) {
      if (index < 3) continue;
      return [];
    }
    const inst = readRow(cells, roles, locale);
    if (inst) out.push(withDataIds(inst, row));
  }
  return out;
}

/** One instrument as label/value pairs: <dl><dt>Aktuell</dt><dd>644,23 USD</dd>...</dl>. */
function readDefinitionList(dl: Element, locale: NumberLocale): Instrument | null {
  const cells: string[] = [];
  const roles = new Map<number, Role>();
  let role: Role | null = null;
  for (const child of Array.from(dl.querySelectorAll('dt, dd'))) {
    if (child.tagName.toUpperCase() === 'DT') {
      role = HEADER_WORDS.find(([, re]) => re.test(headerKey(cellText(child))))?.[0] ?? null;
    } else if (role) {
      roles.set(cells.length, role);
      cells.push(cellText(child));
      role = null;
    }
  }
  const inst = [...roles.values()].includes('price') ? readRow(cells, roles, locale) : null;
  return inst && withDataIds(inst, dl);
}

/** Widgets often carry the row's identifiers as data attributes (<tr data-isin="US30303M1027">). */
function withDataIds(inst: Instrument, row: Element): Instrument {
  const near = [row, row.parentElement, row.parentElement?.parentElement, row.querySelector('[data-isin], [data-wkn]')];
  const attr = (name: string) => {
    for (const el of near) {
      const v = el?.getAttribute(name)?.trim().toUpperCase();
      if (v) return v;
    }
    return null;
  };
  const isin = attr('data-isin');
  const wkn = attr('data-wkn');
  if (!inst.isin && isin && isinCheckDigitValid(isin)) inst.isin = isin;
  if (!inst.wkn && wkn && /^[A-HJ-NP-Z0-9]{6}$/.test(wkn)) inst.wkn = wkn;
  return inst;
}
