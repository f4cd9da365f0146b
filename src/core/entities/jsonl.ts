// One line of `finlens entities --jsonl`: plain text in, entity spans out (offsets in JavaScript string units).
import type { EntityType } from '../types';
import { recognise, recogniseStrict } from './index';

export interface EntitiesRecordIn {
  id: string;
  text: string;
  lang?: string | null;
}

export interface EntitySpan {
  start: number;
  end: number;
  type: EntityType;
  name: string;
  id: string;
}

/** `strict` lets errors through (evaluation); the CLI leaves it off so one bad line never stops a run. */
export function entitiesForRecord(rec: EntitiesRecordIn, strict = false): { id: string; entities: EntitySpan[] } {
  const text = typeof rec?.text === 'string' ? rec.text : '';
  const { entities, mentions } = (strict ? recogniseStrict : recognise)(text, { lang: rec?.lang ?? null, watchlist: [] });
  const names = new Map(entities.map((e) => [e.id, e.name]));
  return {
    id: rec?.id,
    entities: mentions.map((m) => ({ start: m.start, end: m.end, type: m.type, name: names.get(m.entityId) ?? m.text, id: m.entityId })),
  };
}
