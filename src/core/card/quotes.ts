// Instruments from quote widgets on the page ("Werte zum Artikel": Name | Aktuell | Diff. | Börse), kept exactly
// as the page shows them: the card's promise is "the quote as shown, no network". Site profiles name their
// widgets; elsewhere a widget qualifies by a header row of quote words (Kurs, Diff., Börse, Price, Change...).
// Widgets inside hidden leverage/ad blocks are issuer widgets selling products, never article instruments.
import type { HiddenBlock, Instrument } from '../types';
import type { NumberLocale } from './numbers';
import { cellText, headerRoles, readQuoteWidget } from './quote-rows';
import { queryAllSafe } from '../dom';

export { readQuoteWidget };

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
  for (const el of queryAllSafe(doc, ctx.profileSelectors)) add(el, false);
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
