import type { Article, Entity, HiddenBlock, Mention, SummaryCard } from '../types';
import type { SiteProfile } from '../../sites';

export interface CardInput {
  doc: Document;
  article: Article;
  entities: Entity[];
  mentions: Mention[];
  hidden: HiddenBlock[];
  url: string | null;
  profile: SiteProfile | null;
}

// STUB (foundation): replaced by the real card (issue 6).
export function buildCard(input: CardInput): SummaryCard {
  const { article, entities } = input;
  return {
    headline: article.meta.headline, kicker: article.meta.kicker, source: article.meta.siteName, url: input.url,
    published: article.meta.published, author: article.meta.author, lang: article.meta.lang,
    readingMinutes: Math.max(1, Math.round(article.wordCount / 220)),
    instruments: [],
    companies: entities.filter((e) => e.type === 'company').map((e) => ({ entityId: e.id, name: e.name, ticker: e.ticker, isin: e.isin, wkn: e.wkn, mentions: e.mentions, watched: e.watched })),
    people: [], figures: [],
    summary: article.text.split('\n').filter((l) => l.length > 80).slice(0, 3),
  };
}
