// The compiled name index: companies from src/data/companies (merged by id) and non-company organisations from
// the lexicon, keyed by first word so matching is one Map lookup per token. Built once, lazily.
import type { CompanyEntry } from '../../data/schema';
import type { Entity } from '../types';
import { companyFiles } from '../../data/companies';
import { organizations } from '../../data/lexicon/organizations';
import { nameTokens } from './tokenize';
import { builtIndex, snapshotIndex, type LazyIndex } from './snapshot';

/** What the index knows of a company or organisation: the identifying fields of an Entity. */
export interface KnownEntity extends Pick<Entity, 'id' | 'type' | 'name' | 'ticker' | 'isin' | 'wkn' | 'exchange'> {
  /** Only matched in text of this language. */
  lang?: 'de' | 'en';
}

export interface AliasEntry {
  words: string[];
  gaps: string[];
  entity: KnownEntity;
}

export interface Gazetteer {
  byFirstWord: Map<string, AliasEntry[]>;
  byId: Map<string, KnownEntity>;
  byTicker: Map<string, KnownEntity>;
  byIsin: Map<string, KnownEntity>;
  byWkn: Map<string, KnownEntity>;
}

/** Merges entries that share an id: first non-empty value wins, aliases are united. */
export function mergeCompanies(files: CompanyEntry[][]): CompanyEntry[] {
  const byId = new Map<string, CompanyEntry>();
  for (const file of files)
    for (const e of file) {
      if (!e || typeof e.id !== 'string' || typeof e.name !== 'string') continue;
      const prev = byId.get(e.id);
      if (!prev) {
        byId.set(e.id, { ...e, aliases: [...(e.aliases ?? [])], indices: [...(e.indices ?? [])] });
        continue;
      }
      for (const a of e.aliases ?? []) if (!prev.aliases.includes(a)) prev.aliases.push(a);
      for (const i of e.indices ?? []) if (!prev.indices!.includes(i)) prev.indices!.push(i);
      prev.ticker ??= e.ticker;
      prev.exchange ??= e.exchange;
      prev.isin ??= e.isin;
      prev.wkn ??= e.wkn;
      prev.country ??= e.country;
    }
  return [...byId.values()];
}

// Aliases that are ordinary words when not capitalised exactly like this are handled by case-sensitive matching;
// single all-lower-case aliases are dropped (they would match prose).
function usableAlias(alias: string): boolean {
  return alias.length >= 2 && /\p{Lu}|\p{N}/u.test(alias);
}

/** German adjective endings of a name's first word: "Deutsche Bank" -> "Deutschen Bank", "Europäisches Parlament"
 *  -> "Europäischen Parlament(s)". Only for names of two or more words whose first word is an inflected adjective. */
function inflections(alias: string): string[] {
  const m = /^(\p{Lu}\p{Ll}+?(?:isch|sch|ch|er|ll|al|eu|ig))(e|es|er|en|em) (\S.*)$/u.exec(alias);
  if (!m) return [];
  return ['e', 'es', 'er', 'en', 'em'].filter((e) => e !== m[2]).map((e) => `${m[1]}${e} ${m[3]}`);
}

export function buildGazetteer(companies: CompanyEntry[], orgs = organizations()): Gazetteer {
  const g: Gazetteer = { byFirstWord: new Map(), byId: new Map(), byTicker: new Map(), byIsin: new Map(), byWkn: new Map() };
  const seen = new Set<string>();
  const add = (alias: string, entity: KnownEntity, curated = false): void => {
    if (!curated && !usableAlias(alias)) return; // the organisation lexicon is curated: "dpa", "taz" are safe
    const key = `${entity.id}|${alias}`;
    if (seen.has(key)) return;
    seen.add(key);
    const { words, gaps } = nameTokens(alias);
    if (!words.length) return;
    const list = g.byFirstWord.get(words[0]);
    if (list) list.push({ words, gaps, entity });
    else g.byFirstWord.set(words[0], [{ words, gaps, entity }]);
  };
  // Organisations first: a company alias with the same words replaces nothing, both stay; the longer wins.
  for (const o of orgs) {
    const entity: KnownEntity = { id: o.id, type: 'organization', name: o.name, ticker: null, isin: null, wkn: null, exchange: null, ...(o.lang ? { lang: o.lang } : {}) };
    g.byId.set(o.id, entity);
    for (const alias of [o.name, ...o.aliases]) {
      add(alias, entity, true);
      for (const form of inflections(alias)) add(form, entity, true);
    }
  }
  for (const c of companies) {
    const entity: KnownEntity = {
      id: c.id,
      type: 'company',
      name: c.name,
      ticker: c.ticker ?? null,
      isin: c.isin ?? null,
      wkn: c.wkn ?? null,
      exchange: c.exchange ?? null,
    };
    g.byId.set(c.id, entity);
    if (c.ticker && !g.byTicker.has(c.ticker)) g.byTicker.set(c.ticker, entity);
    if (c.isin) g.byIsin.set(c.isin, entity);
    if (c.wkn) g.byWkn.set(c.wkn, entity);
    for (const alias of [c.name, ...(c.aliases ?? [])]) {
      add(alias, entity);
      // German adjective inflection of the first word: "der Deutschen Bank", "Europäischer Zentralbank".
      for (const form of inflections(alias)) add(form, entity);
    }
  }
  // Longest alias first, so the matcher takes "Deutsche Bank AG" before "Deutsche Bank".
  for (const list of g.byFirstWord.values()) if (list.length > 1) list.sort((a, b) => b.words.length - a.words.length);
  return g;
}

/**
 * The gazetteer of the shipped data, made on first use: hydrated from the snapshot compiled at build time in the
 * extension (vite.config.ts defines __FINLENS_GAZETTEER__; the builder and the raw data then drop out of the bundle),
 * built from the data everywhere else.
 */
const index: LazyIndex<Gazetteer> =
  typeof __FINLENS_GAZETTEER__ === 'string' ? snapshotIndex<Gazetteer>(__FINLENS_GAZETTEER__) : builtIndex(() => buildGazetteer(mergeCompanies(companyFiles)));

export const gazetteer = (): Gazetteer => index.get();

/** The extension's warm-up: hydrates a slice at a time (call until true), so no single task of the page runs the
 *  whole load; gazetteer() then finds it ready. Elsewhere it builds at once. */
export const warmGazetteer = (yieldNow: () => boolean): boolean => index.warm(yieldNow);
