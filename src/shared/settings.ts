// The reader's settings: typed defaults, validation of every stored value, migrations.
// Pure (no browser API): src/shared/settings-store.ts is the only place that writes storage (settings-read.ts reads).

export const SETTINGS_VERSION = 2;

export const DEFAULTS = {
  /** Hide ads, leverage widgets and promotions everywhere. */
  hideEverywhere: true,
  /** Per-site overrides of `hideEverywhere`, by host: true = hide, false = show. */
  siteHiding: {} as Record<string, boolean>,
  /** Outline hidden blocks instead of removing them ("show what was hidden"). */
  revealHidden: false,
  /** Which kinds of block are hidden. */
  hideKinds: { ad: true, leverage: true, promo: true },
  highlightCompanies: true,
  highlightPeople: true,
  /** Regulators, central banks, exchanges...: off by default, they are rarely what the reader looks for. */
  highlightOrganizations: false,
  /** Company ids or names the reader follows: stronger mark, first in the card. */
  watchlist: [] as string[],
  /** The reader's own hiding rules, `domain##selector` per line. */
  userRules: '',
  /** Format used by the context menu and the keyboard shortcut. */
  copyFormat: 'markdown' as CopyFormat,
};

/** Every storage key settings are read from: the settings, their version, and the keys of version 1 (migrated). */
export const STORED_KEYS = [...Object.keys(DEFAULTS), 'settingsVersion', 'adHiding', 'disabledSites'];

export type CopyFormat = 'markdown' | 'text' | 'html' | 'json';
export type Settings = typeof DEFAULTS;
export type SettingKey = keyof Settings;

const COPY_FORMATS: readonly CopyFormat[] = ['markdown', 'text', 'html', 'json'];
const MAX_RULES_LENGTH = 100_000;
const MAX_WATCHLIST = 500;

const isBool = (v: unknown): v is boolean => typeof v === 'boolean';
const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** One validator per key: returns the cleaned value, or undefined when the stored value is unusable. */
const VALIDATORS: { [K in SettingKey]: (v: unknown) => Settings[K] | undefined } = {
  hideEverywhere: (v) => (isBool(v) ? v : undefined),
  siteHiding: (v) => {
    if (!isPlainObject(v)) return undefined;
    const out: Record<string, boolean> = {};
    for (const [host, on] of Object.entries(v)) if (isBool(on) && /^[a-z0-9.-]{1,253}$/i.test(host)) out[host.toLowerCase()] = on;
    return out;
  },
  revealHidden: (v) => (isBool(v) ? v : undefined),
  hideKinds: (v) => {
    if (!isPlainObject(v)) return undefined;
    const d = DEFAULTS.hideKinds;
    return {
      ad: isBool(v.ad) ? v.ad : d.ad,
      leverage: isBool(v.leverage) ? v.leverage : d.leverage,
      promo: isBool(v.promo) ? v.promo : d.promo,
    };
  },
  highlightCompanies: (v) => (isBool(v) ? v : undefined),
  highlightPeople: (v) => (isBool(v) ? v : undefined),
  highlightOrganizations: (v) => (isBool(v) ? v : undefined),
  watchlist: (v) => {
    if (!Array.isArray(v)) return undefined;
    const names = v.filter((x): x is string => typeof x === 'string').map((x) => x.trim()).filter(Boolean);
    return [...new Set(names)].slice(0, MAX_WATCHLIST);
  },
  userRules: (v) => (typeof v === 'string' && v.length <= MAX_RULES_LENGTH ? v : undefined),
  copyFormat: (v) => (COPY_FORMATS.includes(v as CopyFormat) ? (v as CopyFormat) : undefined),
};

export interface LoadResult {
  settings: Settings;
  /** Keys whose stored value was unusable and fell back to the default (kept in storage untouched). */
  rejected: SettingKey[];
  /** Stored data needs writing back (migration ran). */
  migrated: boolean;
}

/** Older stored shapes -> current names. Each step takes the raw stored object of version n to n+1. */
const MIGRATIONS: Record<number, (raw: Record<string, unknown>) => Record<string, unknown>> = {
  // v1 (the foundation prototype) stored `adHiding: boolean` and `disabledSites: string[]`.
  1: (raw) => {
    const out = { ...raw };
    if ('adHiding' in raw && !('hideEverywhere' in raw)) out.hideEverywhere = raw.adHiding;
    if (Array.isArray(raw.disabledSites) && !('siteHiding' in raw)) {
      out.siteHiding = Object.fromEntries(
        raw.disabledSites.filter((h): h is string => typeof h === 'string').map((h) => [h, false]),
      );
    }
    delete out.adHiding;
    delete out.disabledSites;
    return out;
  },
};

/** Validates whatever storage returned. Never throws; a bad value loses only itself, never the others. */
export function parseSettings(stored: unknown): LoadResult {
  let raw: Record<string, unknown> = isPlainObject(stored) ? { ...stored } : {};
  let version = typeof raw.settingsVersion === 'number' ? raw.settingsVersion : 1;
  const migrated = version < SETTINGS_VERSION;
  while (version < SETTINGS_VERSION) {
    const step = MIGRATIONS[version];
    if (step) raw = step(raw);
    version++;
  }
  const settings = structuredClone(DEFAULTS);
  const rejected: SettingKey[] = [];
  for (const key of Object.keys(DEFAULTS) as SettingKey[]) {
    if (!(key in raw)) continue;
    const value = VALIDATORS[key](raw[key]);
    if (value === undefined) rejected.push(key);
    else (settings as Record<SettingKey, unknown>)[key] = value;
  }
  return { settings, rejected, migrated };
}

/** Validates a partial update from the UI; unknown keys and bad values are dropped. */
export function cleanPatch(patch: Partial<Record<string, unknown>>): Partial<Settings> {
  const out: Partial<Record<SettingKey, unknown>> = {};
  for (const [key, value] of Object.entries(patch)) {
    if (!(key in VALIDATORS)) continue;
    const clean = VALIDATORS[key as SettingKey](value);
    if (clean !== undefined) out[key as SettingKey] = clean;
  }
  return out as Partial<Settings>;
}

/** Whether blocks are hidden on `host`: the site override wins over "everywhere". */
export function hidingOn(settings: Settings, host: string | null): boolean {
  if (host) {
    const h = host.toLowerCase();
    for (const [site, on] of Object.entries(settings.siteHiding)) {
      if (h === site || h.endsWith('.' + site)) return on;
    }
  }
  return settings.hideEverywhere;
}
