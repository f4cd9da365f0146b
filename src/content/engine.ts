// The entity engine: the recogniser with its compiled indexes and the card builder. It is two thirds of the content
// script's bytes (mostly the indexes), so it is not part of the script that hides: the background
// injects it as a second script (engine.iife.ts) when the idle phase needs it, and the two meet in engine-slot.ts.
// The browser compiles each script in a task of its own, so neither load is a long task.
import { sendToBackground } from '../shared/messages';
import { registeredEngine, type EntityEngine } from './engine-slot';

export type { EntityEngine } from './engine-slot';

let pending: Promise<EntityEngine> | null = null;

/** The engine, asking the background to inject it on first need. Rejects (and may be asked again) on failure. */
export function loadEngine(): Promise<EntityEngine> {
  const ready = registeredEngine();
  if (ready) return Promise.resolve(ready);
  pending ??= sendToBackground('loadEngine', {}).then(() => {
    const engine = registeredEngine();
    if (!engine) throw new Error('FinLens: the entity engine did not load');
    return engine;
  });
  pending.catch(() => (pending = null));
  return pending;
}
