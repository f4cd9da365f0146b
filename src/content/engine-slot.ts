// Where the entity engine script (engine.iife.ts) leaves the engine for the content script (engine.ts). Both run in
// the extension's isolated world of the frame, so they meet on a global the page cannot see. No imports with side
// effects here: the engine script must not carry the browser polyfill a second time.
import type { withEntities } from '../core/analyze';
import type { RECOGNISER_WARMUP } from '../core/entities';

export interface EntityEngine {
  withEntities: typeof withEntities;
  warmup: typeof RECOGNISER_WARMUP;
}

const KEY = '__finlensEngine';
const slot = globalThis as unknown as Record<string, EntityEngine | undefined>;

export function registerEngine(engine: EntityEngine): void {
  slot[KEY] = engine;
}

export function registeredEngine(): EntityEngine | null {
  return slot[KEY] ?? null;
}
