import type { SiteProfile } from './types';

export const boersennews = {
  id: 'boersennews',
  name: 'BörsenNEWS.de',
  match: ['boersennews.de'],
  lang: 'de',
  article: {
    root: ['article .article-body', 'article'],
    headline: ['h1'],
  },
  hide: [],
  quotes: ['.values-to-article table', 'table.quote-table'],
} satisfies SiteProfile;
