// Where the entity engine script (engine.iife.ts) leaves the engine for the content script (engine.ts). Both run in
// the extension's isolated world of the frame, so they meet on a global the page cannot see. No imports with side
// effects here: the engine script must not carry the browser polyfill a second time.
import type { withEntities } from '../core/analyze';
import type { RECOGNISER_WARMUP } from '../core/entities';

export interface EntityEngine {
  withEntities: typeof withEntities;
  warmup: typeof RECOGNISER_WARMUP;
}

declare const __FINLENS_BUILD__: string | undefined;
/**
 * Keyed by version: after an update of the extension, a tab can still hold the engine of the old version in the same
 * isolated world, and the new content script must load its own rather than call into the old one.
 */
export const ENGINE_SLOT = `__finlensEngine:${typeof __FINLENS_BUILD__ === 'string' ? __FINLENS_BUILD__ : 'dev'}`;
const slot = globalThis as unknown as Record<string, EntityEngine | undefined>;

export function registerEngine(engine: EntityEngine): void {
  slot[ENGINE_SLOT] = engine;
}

export function registeredEngine(): EntityEngine | null {
  return slot[ENGINE_SLOT] ?? null;
}
