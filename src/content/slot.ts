// Where the scripts of FinLens in one frame leave things for each other (the early script its timings, the engine
// script the engine): a global in the extension's isolated world, which the page cannot see. No imports with side
// effects here: every script that meets through a slot carries this file.
declare const __FINLENS_BUILD__: string | undefined;

export interface Slot<T> {
  /** The global's name. */
  readonly key: string;
  get(): T | null;
  set(value: T): void;
}

/**
 * Keyed by version: after an update of the extension, a tab can still hold the scripts of the old version in the
 * same isolated world, and the new ones must not read what the old ones left.
 */
export function versionedSlot<T>(name: string): Slot<T> {
  const key = `${name}:${typeof __FINLENS_BUILD__ === 'string' ? __FINLENS_BUILD__ : 'dev'}`;
  const globals = globalThis as unknown as Record<string, T | undefined>;
  return { key, get: () => globals[key] ?? null, set: (value) => void (globals[key] = value) };
}
