// Entry of the entity engine script (see engine.ts). The background injects it with scripting.executeScript when
// the content script asks; the `.iife.ts` name makes crxjs emit one self-contained classic script, no loader.
import { withEntities } from '../core/analyze';
import { RECOGNISER_WARMUP } from '../core/entities';
import { registerEngine } from './engine-slot';

registerEngine({ withEntities, warmup: RECOGNISER_WARMUP });
