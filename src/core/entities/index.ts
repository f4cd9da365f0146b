import type { Entity, Mention } from '../types';

export interface RecogniseContext {
  lang: string | null;
  /** Company ids or names the reader follows. */
  watchlist: string[];
}

// STUB (foundation): replaced by the real recogniser (issue 5).
export function recognise(text: string, ctx: RecogniseContext): { entities: Entity[]; mentions: Mention[] } {
  void ctx;
  const entities: Entity[] = [];
  const mentions: Mention[] = [];
  for (const m of text.matchAll(/\bMeta\b/g)) {
    mentions.push({ entityId: 'meta-platforms', type: 'company', start: m.index!, end: m.index! + 4, text: 'Meta' });
  }
  if (mentions.length)
    entities.push({ id: 'meta-platforms', type: 'company', name: 'Meta Platforms', ticker: 'META', isin: 'US30303M1027', wkn: 'A1JWVX', exchange: 'Nasdaq', role: null, affiliation: null, mentions: mentions.length, watched: false });
  return { entities, mentions };
}
