// Joins instruments to the recogniser's entities (so the card can show "Meta Platforms" once, with its
// quote and identifiers) and flags quotes whose time on the page is not the article's date.
import type { Entity, Instrument } from '../types';

// Share classes and legal forms that quote widgets add to names: "Meta Platforms (A)", "SAP SE", "Apple Inc.".
const NAME_NOISE =
  /\((?:a|b|c|vz|st|adr|pref)\)|\b(?:inc|corp|corporation|co|ltd|plc|ag|se|sa|nv|n\.v|s\.a|kgaa|gmbh|holding|holdings|group|class [abc]|cl\.? [abc]|aktie|vz|st|inh|namens-aktien|adr|reg)\b\.?/gi;

export function normaliseName(name: string): string {
  return name
    .toLowerCase()
    .replace(NAME_NOISE, ' ')
    .replace(/[^\p{L}\d]+/gu, ' ')
    .trim();
}

/** Same company when the normalised names are equal or one is the other plus more words ("meta" ~ "meta platforms"). */
function sameName(a: string, b: string): boolean {
  const x = normaliseName(a);
  const y = normaliseName(b);
  if (!x || !y) return false;
  return x === y || x.startsWith(y + ' ') || y.startsWith(x + ' ');
}

export function entityFor(inst: Instrument, entities: Entity[]): Entity | null {
  const companies = entities.filter((e) => e.type !== 'person');
  return (
    companies.find((e) => inst.isin && e.isin === inst.isin) ??
    companies.find((e) => inst.wkn && e.wkn === inst.wkn) ??
    companies.find((e) => inst.ticker && e.ticker === inst.ticker) ??
    companies.find((e) => sameName(inst.name, e.name)) ??
    null
  );
}

/**
 * Links table instruments to entities, fills identifiers the page did not show from the entity, and merges
 * text-only instruments into the table instrument of the same company (keeping the quote as shown).
 */
export function linkInstruments(table: Instrument[], fromText: Instrument[], entities: Entity[]): Instrument[] {
  const out: Instrument[] = [];
  for (const inst of [...table, ...fromText]) {
    const e = inst.entityId ? (entities.find((x) => x.id === inst.entityId) ?? entityFor(inst, entities)) : entityFor(inst, entities);
    const linked: Instrument = {
      ...inst,
      entityId: e?.id ?? inst.entityId,
      isin: inst.isin ?? e?.isin ?? null,
      wkn: inst.wkn ?? e?.wkn ?? null,
      ticker: inst.ticker ?? e?.ticker ?? null,
    };
    const same = out.find(
      (o) =>
        (linked.entityId && o.entityId === linked.entityId) ||
        (linked.isin && o.isin === linked.isin) ||
        (linked.source === 'text' && sameName(o.name, linked.name)),
    );
    if (same && linked.source === 'text') {
      same.isin ??= linked.isin;
      same.wkn ??= linked.wkn;
      same.ticker ??= linked.ticker;
      same.entityId ??= linked.entityId;
      continue;
    }
    out.push(linked);
  }
  return out;
}

/** "12.06.2025", "2025-06-12", "12.06.25" -> "2025-06-12"; null when the text holds no full date. */
export function isoDateOf(text: string | null): string | null {
  if (!text) return null;
  const iso = /(\d{4})-(\d{2})-(\d{2})/.exec(text);
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`;
  const de = /(\d{1,2})\.(\d{1,2})\.(\d{2,4})/.exec(text);
  if (!de) return null;
  const year = de[3].length === 2 ? `20${de[3]}` : de[3];
  return `${year}-${de[2].padStart(2, '0')}-${de[1].padStart(2, '0')}`;
}

/** Sets `note` on instruments whose quote date differs from the article's publication date. */
export function noteStaleQuotes(instruments: Instrument[], published: string | null, lang: 'de' | 'en'): void {
  const articleDay = isoDateOf(published);
  if (!articleDay) return;
  for (const inst of instruments) {
    const quoteDay = isoDateOf(inst.quoteTime);
    if (!quoteDay || quoteDay === articleDay) continue;
    inst.note =
      lang === 'de'
        ? `Kurs vom ${germanDate(quoteDay)}, Artikel vom ${germanDate(articleDay)}`
        : `Quote from ${quoteDay}, article from ${articleDay}`;
  }
}

function germanDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}.${m}.${y}`;
}
