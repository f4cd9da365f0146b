// Exact identifiers in text: ISINs (check digit validated), WKNs (only with a label: six characters alone are too
// often something else) and exchange-prefixed tickers ("(NASDAQ: META)", "(ETR: SAP)", "NYSE:IBM").
import { isinCheckDigitValid } from '../../data/schema';
import type { Gazetteer, KnownEntity } from './gazetteer';

export interface IdentifierHit {
  kind: 'isin' | 'wkn' | 'ticker';
  value: string;
  start: number;
  end: number;
  exchange: string | null;
  entity: KnownEntity;
}

const ISIN = /\b[A-Z]{2}[A-Z0-9]{9}\d\b/g;
const WKN = /\bWKN\s*[:.]?\s*([A-HJ-NP-Z0-9]{6})\b/g;
const EXCHANGES: Record<string, string> = {
  NASDAQ: 'Nasdaq', NASDAQGS: 'Nasdaq', NASDAQGM: 'Nasdaq', NYSE: 'NYSE', 'NYSE AMERICAN': 'NYSE American', AMEX: 'NYSE American',
  NYSEARCA: 'NYSE Arca', ETR: 'Xetra', XETRA: 'Xetra', FRA: 'Frankfurt', FWB: 'Frankfurt', LON: 'LSE', LSE: 'LSE',
  SWX: 'SIX', SIX: 'SIX', EPA: 'Euronext Paris', AMS: 'Euronext Amsterdam', TSX: 'TSX', ASX: 'ASX', HKG: 'HKEX',
  HKEX: 'HKEX', TYO: 'TSE', OTC: 'OTC', OTCMKTS: 'OTC', VIE: 'Wiener Börse', BIT: 'Borsa Italiana', BME: 'BME',
};
const TICKER = /\b(NASDAQ(?:GS|GM)?|NYSE(?: American|ARCA)?|AMEX|ETR|XETRA|FRA|FWB|LON|LSE|SWX|SIX|EPA|AMS|TSX|ASX|HKG|HKEX|TYO|OTC|OTCMKTS|VIE|BIT|BME)\s*:\s*([A-Z0-9]{1,6}(?:\.[A-Z]{1,2})?)\b/g;

export function findIdentifiers(text: string, g: Gazetteer): IdentifierHit[] {
  const hits: IdentifierHit[] = [];
  for (const m of text.matchAll(ISIN)) {
    if (!isinCheckDigitValid(m[0])) continue;
    const entity = g.byIsin.get(m[0]);
    if (entity) hits.push({ kind: 'isin', value: m[0], start: m.index!, end: m.index! + 12, exchange: null, entity });
  }
  for (const m of text.matchAll(WKN)) {
    const entity = g.byWkn.get(m[1]);
    const start = m.index! + m[0].length - 6;
    if (entity) hits.push({ kind: 'wkn', value: m[1], start, end: start + 6, exchange: null, entity });
  }
  for (const m of text.matchAll(TICKER)) {
    const entity = g.byTicker.get(m[2]) ?? g.byTicker.get(m[2].replace(/\..*$/, ''));
    const start = m.index! + m[0].length - m[2].length;
    if (entity) hits.push({ kind: 'ticker', value: m[2], start, end: start + m[2].length, exchange: EXCHANGES[m[1].toUpperCase()] ?? m[1], entity });
  }
  return hits;
}

/** True when `s` is a valid ISIN: used by callers that read quote tables. */
export function isIsin(s: string): boolean {
  return /^[A-Z]{2}[A-Z0-9]{9}\d$/.test(s) && isinCheckDigitValid(s);
}
