// The card as the reader pastes it: Markdown (Obsidian/Logseq), plain text, a small self-contained HTML fragment
// for rich paste, and JSON. Everything in a card comes from the page, so every string is escaped for its target:
// a headline like `<img src=x onerror=alert(1)>` must arrive as text in every format.
import type { Instrument, KeyFigure, PersonCard, CompanyCard, SummaryCard } from '../types';

type Lang = 'de' | 'en';
const LABELS = {
  de: {
    source: 'Quelle', summary: 'Zusammenfassung', instruments: 'Werte', companies: 'Unternehmen', people: 'Personen',
    figures: 'Kennzahlen', author: 'Autor', reading: (n: number) => `Lesezeit ${n} Min.`, watched: 'beobachtet',
  },
  en: {
    source: 'Source', summary: 'Summary', instruments: 'Instruments', companies: 'Companies', people: 'People',
    figures: 'Key figures', author: 'Author', reading: (n: number) => `${n} min read`, watched: 'watched',
  },
} as const;

const langOf = (lang: string | null | undefined): Lang => (lang && lang.toLowerCase().startsWith('de') ? 'de' : 'en');
const oneLine = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** "2025-06-12T10:10" -> "12.06.2025, 10:10" (de) / "2025-06-12 10:10" (en): the page's own local time, unshifted. */
export function formatPublished(published: string | null, lang: string): string | null {
  if (!published) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?/.exec(published);
  if (!m) return oneLine(published);
  const [, y, mo, d, h, mi] = m;
  const time = h ? `${h}:${mi}` : '';
  return langOf(lang) === 'de' ? `${d}.${mo}.${y}${time ? `, ${time}` : ''}` : `${y}-${mo}-${d}${time ? ` ${time}` : ''}`;
}

function num(n: number, lang: Lang): string {
  return new Intl.NumberFormat(lang === 'de' ? 'de-DE' : 'en-US', { maximumFractionDigits: 2 }).format(n);
}

/** Normalised value of a figure: "28 Mrd. USD" / "USD 28bn", "-1,3 %" / "-1.3%", "0,25 Pp." / "0.25 pp". */
export function formatFigureValue(f: KeyFigure, lang: string): string {
  const l = langOf(lang);
  if (f.kind === 'percent') return l === 'de' ? `${num(f.value, l)} %` : `${num(f.value, l)}%`;
  if (f.kind === 'percentage-points') return l === 'de' ? `${num(f.value, l)} Pp.` : `${num(f.value, l)} pp`;
  const abs = Math.abs(f.value);
  const scales: Array<[number, string, string]> = [[1e12, 'Bio.', 'tn'], [1e9, 'Mrd.', 'bn'], [1e6, 'Mio.', 'm']];
  const hit = scales.find(([v]) => abs >= v);
  const scaled = hit ? `${num(f.value / hit[0], l)}${l === 'de' ? ` ${hit[1]}` : hit[2]}` : num(f.value, l);
  if (!f.unit) return scaled;
  return l === 'de' ? `${scaled} ${f.unit}` : `${f.unit} ${scaled}`;
}

/** "Meta Platforms (A): 644,23 USD, -1,30 %, Nasdaq"; text-only instruments show their identifiers. */
export function instrumentLine(i: Instrument): string {
  const price = i.priceText ? [i.priceText, i.currency].filter(Boolean).join(' ') : null;
  const quote = [price, i.changeText, i.exchange].filter(Boolean);
  const ids = [i.ticker && (i.exchange && !price ? `${i.exchange}: ${i.ticker}` : i.ticker), i.isin && `ISIN ${i.isin}`, i.wkn && `WKN ${i.wkn}`].filter(Boolean);
  const line = quote.length && price ? `${i.name}: ${quote.join(', ')}` : `${i.name}${ids.length ? ` (${ids.join(', ')})` : ''}`;
  return oneLine(i.note ? `${line} (${i.note})` : line);
}

function personLine(p: PersonCard): string {
  const about = [p.role, p.affiliation].filter(Boolean).join(', ');
  return oneLine(about ? `${p.name} (${about})` : p.name);
}

function companyLine(c: CompanyCard, lang: Lang): string {
  const ids = [c.ticker, c.isin].filter(Boolean).join(', ');
  return oneLine(`${c.name}${ids ? ` (${ids})` : ''}${c.watched ? ` [${LABELS[lang].watched}]` : ''}`);
}

function figureParts(f: KeyFigure, lang: Lang): { figure: string; value: string; sentence: string } {
  return { figure: oneLine(f.text), value: formatFigureValue(f, lang), sentence: oneLine(f.sentence) };
}

function metaParts(card: SummaryCard, lang: Lang): string[] {
  return [formatPublished(card.published, lang), card.author && oneLine(card.author), card.readingMinutes ? LABELS[lang].reading(card.readingMinutes) : null].filter(
    (x): x is string => !!x,
  );
}

/** Only http(s) links survive; anything else (javascript:, data:) is dropped. */
function safeUrl(url: string | null): string | null {
  return url && /^https?:\/\/[^\s]+$/i.test(url) ? url : null;
}

type Section = { title: string; items: string[] };
function sections<T>(card: SummaryCard, lang: Lang, render: { figure: (f: KeyFigure) => T }) {
  const L = LABELS[lang];
  return {
    summary: { title: L.summary, items: card.summary.map(oneLine) } as Section,
    instruments: { title: L.instruments, items: card.instruments.map(instrumentLine) } as Section,
    companies: { title: L.companies, items: card.companies.map((c) => companyLine(c, lang)) } as Section,
    people: { title: L.people, items: card.people.map(personLine) } as Section,
    figures: { title: L.figures, items: card.figures.map(render.figure) },
  };
}

// ---------------------------------------------------------------- Markdown
/** Backslash-escapes every character Markdown (CommonMark + GFM tables/strikethrough) could read as syntax. */
export function escapeMarkdown(s: string): string {
  return oneLine(s).replace(/[\\`*_{}[\]()<>#+!|~&]/g, (c) => (c === '&' ? '&amp;' : `\\${c}`));
}

export function cardToMarkdown(card: SummaryCard, langIn: string): string {
  const lang = langOf(langIn);
  const out: string[] = [];
  if (card.kicker) out.push(`*${escapeMarkdown(card.kicker)}*`, '');
  out.push(`# ${escapeMarkdown(card.headline ?? card.source ?? '')}`, '');
  const url = safeUrl(card.url);
  const source = card.source ? escapeMarkdown(card.source) : url ? escapeMarkdown(url) : null;
  const sourceText = source && url ? `[${source}](<${url.replace(/[<>]/g, encodeURIComponent)}>)` : source;
  const meta = [sourceText && `${LABELS[lang].source}: ${sourceText}`, ...metaParts(card, lang).map(escapeMarkdown)].filter(Boolean);
  if (meta.length) out.push(meta.join(' · '), '');
  const s = sections(card, lang, { figure: (f) => figureParts(f, lang) });
  for (const sec of [s.summary, s.instruments, s.companies, s.people]) {
    if (!sec.items.length) continue;
    out.push(`## ${sec.title}`, '', ...sec.items.map((i) => `- ${escapeMarkdown(i)}`), '');
  }
  if (s.figures.items.length) {
    out.push(`## ${s.figures.title}`, '');
    for (const f of s.figures.items) out.push(`- **${escapeMarkdown(f.figure)}** (${escapeMarkdown(f.value)}): ${escapeMarkdown(f.sentence)}`);
    out.push('');
  }
  return out.join('\n').trimEnd() + '\n';
}

// ---------------------------------------------------------------- plain text
export function cardToText(card: SummaryCard, langIn: string): string {
  const lang = langOf(langIn);
  const out: string[] = [];
  if (card.kicker) out.push(oneLine(card.kicker));
  if (card.headline) out.push(oneLine(card.headline));
  const meta = [card.source && `${LABELS[lang].source}: ${oneLine(card.source)}`, ...metaParts(card, lang)].filter(Boolean);
  if (meta.length) out.push(meta.join(' · '));
  if (safeUrl(card.url)) out.push(card.url!);
  const s = sections(card, lang, { figure: (f) => figureParts(f, lang) });
  for (const sec of [s.summary, s.instruments, s.companies, s.people]) {
    if (sec.items.length) out.push('', `${sec.title}:`, ...sec.items.map((i) => `- ${i}`));
  }
  if (s.figures.items.length) {
    out.push('', `${s.figures.title}:`, ...s.figures.items.map((f) => `- ${f.figure} (${f.value}): ${f.sentence}`));
  }
  return out.join('\n') + '\n';
}

// ---------------------------------------------------------------- HTML
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** A small HTML fragment for rich paste: plain elements, no classes, no styles, no scripts; all page text escaped. */
export function cardToHtml(card: SummaryCard, langIn: string): string {
  const lang = langOf(langIn);
  const e = (s: string) => escapeHtml(oneLine(s));
  const out: string[] = ['<div>'];
  if (card.kicker) out.push(`<p><em>${e(card.kicker)}</em></p>`);
  if (card.headline) out.push(`<h2>${e(card.headline)}</h2>`);
  const url = safeUrl(card.url);
  const source = card.source ? e(card.source) : url ? e(url) : null;
  const link = source && url ? `<a href="${escapeHtml(url)}">${source}</a>` : source;
  const meta = [link && `${LABELS[lang].source}: ${link}`, ...metaParts(card, lang).map(e)].filter(Boolean);
  if (meta.length) out.push(`<p>${meta.join(' · ')}</p>`);
  const s = sections(card, lang, { figure: (f) => figureParts(f, lang) });
  for (const sec of [s.summary, s.instruments, s.companies, s.people]) {
    if (!sec.items.length) continue;
    out.push(`<h3>${sec.title}</h3>`, '<ul>', ...sec.items.map((i) => `<li>${e(i)}</li>`), '</ul>');
  }
  if (s.figures.items.length) {
    out.push(`<h3>${s.figures.title}</h3>`, '<ul>');
    for (const f of s.figures.items) out.push(`<li><strong>${e(f.figure)}</strong> (${e(f.value)}): ${e(f.sentence)}</li>`);
    out.push('</ul>');
  }
  out.push('</div>');
  return out.join('\n');
}

// ---------------------------------------------------------------- JSON
/** The card as JSON; a SummaryCard holds no DOM references, so it serialises as is. */
export function cardToJson(card: SummaryCard): string {
  return JSON.stringify(card, null, 2);
}
