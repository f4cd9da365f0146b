// Instruments from quote widgets on the page ("Werte zum Artikel": Name | Aktuell | Diff. | Börse), kept exactly
// as the page shows them: the card's promise is "the quote as shown, no network". Site profiles name their
// widgets; elsewhere a table qualifies by its header words (Kurs, Diff., Börse, Price, Change, Exchange...).
// Tables inside hidden leverage/ad blocks are issuer widgets selling products, never article instruments.
import type { HiddenBlock, Instrument } from '../types';
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

const cellText = (el: Element): string => buildTextIndex(el).text.replace(/\s+/g, ' ').trim();
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

function headerRoles(cells: string[]): Map<number, Role> | null {
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

/** Rows whose cells are header words ("Name | Aktuell | Diff. | Börse") mark a quote widget: its parent. */
function headerWidgets(doc: Document): Element[] {
  const out: Element[] = [];
  const candidates = Array.from(doc.querySelectorAll('tr, div, li, ul, [role="row"]')).slice(0, 20000);
  for (const row of candidates) {
    const n = row.children.length;
    if (n < 2 || n > 12 || (row.textContent ?? '').length > 200) continue;
    if (!headerRoles(Array.from(row.children).map(cellText))) continue;
    const widget = row.closest('table') ?? row.parentElement;
    if (widget && !out.includes(widget)) out.push(widget);
  }
  for (const dl of Array.from(doc.querySelectorAll('dl')).slice(0, 500)) {
    const widget = dl.parentElement?.closest('ul, ol') ?? dl;
    if (!out.includes(widget)) out.push(widget);
  }
  return out;
}

export interface QuoteContext {
  profileSelectors: string[];
  hidden: HiddenBlock[];
  locale: NumberLocale;
}

function safeQueryAll(doc: Document, selector: string): Element[] {
  try {
    return Array.from(doc.querySelectorAll(selector));
  } catch {
    return []; // a bad selector in a profile must not break the card
  }
}

/** All instruments shown in quote widgets of the page, profile widgets first, deduplicated. */
export function quotesFromPage(doc: Document, ctx: QuoteContext): Instrument[] {
  const promo = ctx.hidden.filter((h) => h.kind !== 'promo').map((h) => h.el);
  const insidePromo = (el: Element) => promo.some((p) => p === el || p.contains(el));
  const seenWidgets: Element[] = [];
  const out: Instrument[] = [];
  const add = (el: Element, requireHeader: boolean) => {
    if (insidePromo(el) || seenWidgets.some((w) => w === el || w.contains(el))) return;
    const found = readQuoteWidget(el, ctx.locale, requireHeader);
    if (!found.length) return;
    seenWidgets.push(el);
    const time = found.find((f) => f.quoteTime)?.quoteTime ?? widgetTime(el);
    for (const f of found) {
      if (!f.quoteTime && time) f.quoteTime = time;
      if (!out.some((o) => o.name === f.name && o.priceText === f.priceText)) out.push(f);
    }
  };
  for (const sel of ctx.profileSelectors) for (const el of safeQueryAll(doc, sel)) add(el, false);
  for (const el of headerWidgets(doc)) add(el, true);
  return out;
}

/** A "Stand: 12.06.2025 17:35" line in a small widget around the table. */
function widgetTime(el: Element): string | null {
  const parent = el.parentElement;
  const text = parent ? cellText(parent) : '';
  if (text.length > 600) return null;
  const m = /(?:Stand|As of|Zeit|Kurse vom)\s*:?\s*(\d{1,2}\.\d{1,2}\.\d{2,4}(?:,?\s\d{1,2}:\d{2}(?:\s?Uhr)?)?|\d{1,2}:\d{2}(?:\s?Uhr)?)/i.exec(text);
  return m ? m[1] : null;
}
