// Where the entity engine script (engine.iife.ts) leaves the engine for the content script (engine.ts). Both run in
// the extension's isolated world of the frame, so they meet on a global the page cannot see. No imports with side
// effects here: the engine script must not carry the browser polyfill a second time.
import type { withEntities } from '../core/analyze';
import type { RECOGNISER_WARMUP } from '../core/entities';
import { versionedSlot } from './slot';

export interface EntityEngine {
  withEntities: typeof withEntities;
  warmup: typeof RECOGNISER_WARMUP;
}

// Versioned (slot.ts): after an update, the new content script loads its own engine rather than call into the old one.
const slot = versionedSlot<EntityEngine>('__finlensEngine');
export const ENGINE_SLOT = slot.key;

export function registerEngine(engine: EntityEngine): void {
  slot.set(engine);
}

export function registeredEngine(): EntityEngine | null {
  return slot.get();
}
