// The one entry point of the core: a Document in, a PageAnalysis out. The content script, the CLI, the
// evaluation scripts and the tests all call this. It never mutates `doc` and touches no browser or Node API.
import type { AnalyzeOptions, PageAnalysis } from './types';
import { profileFor } from '../sites';
import { detectArticle } from './article';
import { findHiddenBlocks } from './ads';
import { recognise } from './entities';
import { buildCard } from './card';

const now = (): number => (typeof performance !== 'undefined' ? performance.now() : Date.now());

export function analyze(doc: Document, options: AnalyzeOptions = {}): PageAnalysis {
  const url = options.url ?? null;
  const stages = { hide: true, entities: true, card: true, ...options.stages };
  const profile = profileFor(url);
  const timings: Record<string, number> = {};
  const timed = <T>(name: string, fn: () => T): T => {
    const t0 = now();
    const result = fn();
    timings[name] = now() - t0;
    return result;
  };

  // 1. The article: root, clean text, metadata.
  const article = timed('article', () => detectArticle(doc, { url, profile }));
  // 2. Blocks to hide, guarded so that no article text is ever among them.
  const hidden = stages.hide
    ? timed('hide', () => findHiddenBlocks(doc, { article, profile, userRules: options.userRules ?? '', url }))
    : [];
  // 3. Companies, organisations and people in the article text.
  const { entities, mentions } = stages.entities
    ? timed('entities', () =>
        recognise(article.text, { lang: article.meta.lang, watchlist: options.watchlist ?? [] }),
      )
    : { entities: [], mentions: [] };
  // 4. The summary card.
  const card = timed('card', () => buildCard({ doc, article, entities, mentions, hidden, url, profile }));
  return { url, site: profile?.id ?? 'generic', article, hidden, entities, mentions, card, timings };
}
