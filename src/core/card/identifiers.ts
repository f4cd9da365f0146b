// Instruments named by identifiers in the article text: an ISIN (only with a valid check digit), a WKN (only
// with its label: six characters alone are far too ambiguous), "(NASDAQ: META)" exchange-ticker pairs.
// Identifiers close together ("(ISIN: US30303M1027, WKN: A1JWVX)") describe one instrument.
import type { Entity, Instrument } from '../types';
import { isinCheckDigitValid } from '../../data/schema';

const ISIN_RE = /\b([A-Z]{2}[A-Z0-9]{9}\d)\b/g;
const WKN_RE = /\bWKN\s*:?\s*([A-HJ-NP-Z0-9]{6})\b/g;
const EXCHANGES =
  'NASDAQ|Nasdaq|NYSE|NYSE American|NYSE Arca|Xetra|XETRA|ETR|FWB|FRA|LSE|LON|TSX|ASX|SIX|SWX|Euronext|EPA|AMS|OTC|OTCQX|TYO|HKEX|HKG|BIT|BME|Tradegate';
const TICKER_RE = new RegExp(`\\((${EXCHANGES})\\s*:\\s*([A-Z][A-Z0-9.\\-]{0,7})\\)`, 'g');
const LABELLED_TICKER_RE = /\b(?:Ticker|Tickersymbol|Kürzel|Symbol)\s*:\s*([A-Z][A-Z0-9.\-]{0,7})\b/g;
// Up to four capitalised words right before the identifier: "Meta Platforms (NASDAQ: META)".
const NAME_BEFORE = /((?:[\p{Lu}][\p{L}\d&.'-]*\s+){0,3}[\p{Lu}][\p{L}\d&.'-]*)\s*[(,]?\s*$/u;

interface Hit {
  at: number;
  isin?: string;
  wkn?: string;
  ticker?: string;
  exchange?: string;
}

function nameBefore(text: string, at: number): string | null {
  const lineStart = text.lastIndexOf('\n', at) + 1;
  const before = text.slice(Math.max(lineStart, at - 80), at).replace(/\((?:ISIN|WKN)[^)]*$/, '');
  const m = NAME_BEFORE.exec(before);
  const name = m?.[1].trim() ?? null;
  return name && !/^(?:ISIN|WKN|Ticker|Symbol|Die|Der|Das|The)$/.test(name) ? name : null;
}

export function instrumentsFromText(text: string, entities: Entity[] = []): Instrument[] {
  const hits: Hit[] = [];
  for (const m of text.matchAll(ISIN_RE)) if (isinCheckDigitValid(m[1]) && /\d/.test(m[1].slice(2))) hits.push({ at: m.index!, isin: m[1] });
  for (const m of text.matchAll(WKN_RE)) if (/\d/.test(m[1])) hits.push({ at: m.index!, wkn: m[1] });
  for (const m of text.matchAll(TICKER_RE)) hits.push({ at: m.index!, exchange: m[1], ticker: m[2] });
  for (const m of text.matchAll(LABELLED_TICKER_RE)) hits.push({ at: m.index!, ticker: m[1] });
  hits.sort((a, b) => a.at - b.at);
  // Merge hits that sit close together and do not contradict each other into one instrument.
  const groups: Array<{ first: number; last: number; hit: Hit }> = [];
  for (const h of hits) {
    const g = groups[groups.length - 1];
    const clash = g && ((h.isin && g.hit.isin) || (h.wkn && g.hit.wkn) || (h.ticker && g.hit.ticker));
    if (g && h.at - g.last < 60 && !clash) {
      g.hit = { ...g.hit, ...Object.fromEntries(Object.entries(h).filter(([k, v]) => k !== 'at' && v)) };
      g.last = h.at;
    } else groups.push({ first: h.at, last: h.at, hit: { ...h } });
  }
  const out: Instrument[] = [];
  for (const { first, hit } of groups) {
    const entity = entities.find(
      (e) => (hit.isin && e.isin === hit.isin) || (hit.wkn && e.wkn === hit.wkn) || (hit.ticker && e.ticker === hit.ticker),
    );
    const name = entity?.name ?? nameBefore(text, first) ?? hit.ticker ?? hit.isin ?? hit.wkn ?? '';
    const dup = out.find((o) => (hit.isin && o.isin === hit.isin) || (hit.ticker && o.ticker === hit.ticker) || (hit.wkn && o.wkn === hit.wkn));
    if (dup) continue;
    out.push({
      name,
      priceText: null, price: null, currency: null, changeText: null, changePct: null,
      exchange: hit.exchange ?? null,
      isin: hit.isin ?? null,
      wkn: hit.wkn ?? null,
      ticker: hit.ticker ?? null,
      quoteTime: null, note: null,
      source: 'text',
      entityId: entity?.id ?? null,
    });
  }
  return out;
}
