// The article detector: root element, clean block-aware text, metadata. Read-only on the document.
//  1. One walk over the page: text statistics per element and every metadata source (walk.ts).
//  2. The root: a site profile's selector when it matches, else the best-scoring container (root.ts).
//  3. Boilerplate inside the root is listed in `excluded`, and the text is built around it (exclude.ts).
//  4. Metadata: profile selectors, JSON-LD, meta tags, visible elements (meta.ts).
import type { Article, ArticleMeta } from '../types';
import type { SiteProfile } from '../../sites';
import { buildTextIndex } from '../text';
import { scanPage, type ElStats, type PageScan } from './walk';
import { chooseRoot } from './root';
import { findExcluded } from './exclude';
import { expandRoot } from './expand';
import { readMeta, type ProfileHits } from './meta';

export interface ArticleContext {
  url: string | null;
  profile: SiteProfile | null;
}

/** Below this much paragraph text, a page may hold its article in `hidden` streaming containers. */
const REVEAL_BELOW_CHARS = 500;

const EMPTY_META: ArticleMeta = {
  headline: null, kicker: null, description: null, author: null, published: null, modified: null,
  siteName: null, lang: null, leadImage: null, canonicalUrl: null,
};

/** First element matching any selector; a selector the DOM cannot parse counts as no match. */
function firstMatch(scope: ParentNode, selectors: readonly string[] | undefined): Element | null {
  for (const sel of selectors ?? []) {
    try {
      const el = scope.querySelector(sel);
      if (el) return el;
    } catch {
      /* invalid selector in profile data: ignore */
    }
  }
  return null;
}

function allMatches(scope: ParentNode, selectors: readonly string[] | undefined): Element[] {
  const out: Element[] = [];
  for (const sel of selectors ?? []) {
    try {
      out.push(...scope.querySelectorAll(sel));
    } catch {
      /* invalid selector: ignore */
    }
  }
  return out;
}

function profileRoot(doc: Document, scan: PageScan, profile: SiteProfile | null): ElStats | null {
  const el = firstMatch(doc, profile?.article?.root);
  const s = el ? scan.stats.get(el) : undefined;
  // A profile root without text (a lazy shell, a changed layout) is no better than the general signals.
  return s && s.textLen > 0 ? s : null;
}

function wordCount(text: string): number {
  const m = text.match(/[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu);
  if (!m) return 0;
  // CJK has no spaces: count each ideograph/kana as a word, as reading-time estimates do.
  let n = 0;
  for (const w of m) n += /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/.test(w) ? w.length : 1;
  return n;
}

export function detectArticle(doc: Document, ctx: ArticleContext): Article {
  try {
    return detect(doc, ctx);
  } catch {
    // Never throw on a page: a broken page gives "no article".
    return { root: null, text: '', excluded: [], meta: { ...EMPTY_META }, wordCount: 0, via: 'error' };
  }
}

function detect(doc: Document, ctx: ArticleContext): Article {
  let scan = scanPage(doc);
  const body = scan.body ? scan.stats.get(scan.body) : undefined;
  if (body && body.goodRaw < REVEAL_BELOW_CHARS) {
    const revealed = scanPage(doc, { revealHidden: true });
    const rb = revealed.body ? revealed.stats.get(revealed.body) : undefined;
    if (rb && rb.goodRaw > 2 * body.goodRaw + REVEAL_BELOW_CHARS) scan = revealed;
  }
  const profile = ctx.profile;
  const fromProfile = profileRoot(doc, scan, profile);
  const choice = fromProfile ? { root: fromProfile, via: `profile:${profile!.id}` } : chooseRoot(scan);
  const expanded = choice.root && !fromProfile ? expandRoot(choice.root, scan) : null;
  const root = expanded?.root ?? choice.root;

  let text = '';
  let excluded: Element[] = [];
  if (root) {
    const profileExcluded = allMatches(root.el, profile?.article?.exclude);
    const set = findExcluded(root, scan, [...profileExcluded, ...(expanded?.excluded ?? [])]);
    excluded = [...set];
    text = buildTextIndex(root.el, set).text;
  }

  const hits: ProfileHits = profile?.article
    ? {
        headline: firstMatch(doc, profile.article.headline),
        kicker: firstMatch(doc, profile.article.kicker),
        author: firstMatch(doc, profile.article.author),
        date: firstMatch(doc, profile.article.date),
      }
    : {};
  const meta = readMeta(scan, doc, root, ctx.url, hits, profile?.name ?? null);
  return { root: root?.el ?? null, text, excluded, meta, wordCount: wordCount(text), via: choice.via };
}
