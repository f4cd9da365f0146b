// One line of `finlens entities --jsonl`: plain text in, entity spans out (offsets in JavaScript string units).
import type { EntityType } from '../types';
import { recognise } from './index';

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

export function entitiesForRecord(rec: EntitiesRecordIn): { id: string; entities: EntitySpan[] } {
  const text = typeof rec?.text === 'string' ? rec.text : '';
  const { entities, mentions } = recognise(text, { lang: rec?.lang ?? null, watchlist: [] });
  const names = new Map(entities.map((e) => [e.id, e.name]));
  return {
    id: rec?.id,
    entities: mentions.map((m) => ({ start: m.start, end: m.end, type: m.type, name: names.get(m.entityId) ?? m.text, id: m.entityId })),
  };
}
