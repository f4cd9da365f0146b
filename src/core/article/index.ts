import type { Article } from '../types';
import type { SiteProfile } from '../../sites';
import { buildTextIndex } from '../text';

export interface ArticleContext {
  url: string | null;
  profile: SiteProfile | null;
}

// STUB (foundation): replaced by the real detector (issue 3).
export function detectArticle(doc: Document, ctx: ArticleContext): Article {
  const root = doc.querySelector('article') ?? doc.body ?? null;
  const text = root ? buildTextIndex(root).text : '';
  return {
    root,
    text,
    excluded: [],
    meta: {
      headline: doc.querySelector('h1')?.textContent?.trim() ?? null,
      kicker: null, description: null, author: null, published: null, modified: null,
      siteName: ctx.profile?.name ?? null,
      lang: doc.documentElement?.getAttribute('lang')?.slice(0, 2).toLowerCase() ?? null,
      leadImage: null, canonicalUrl: null,
    },
    wordCount: text.split(/\s+/).filter(Boolean).length,
    via: 'stub',
  };
}
