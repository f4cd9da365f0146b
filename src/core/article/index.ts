// The article detector: root element, clean block-aware text, metadata. Read-only on the document.
//  1. One walk over the page: text statistics per element and every metadata source (walk.ts).
//  2. The root: a site profile's selector when it matches, else the best-scoring container (root.ts).
//  3. Boilerplate inside the root is listed in `excluded`, and the text is built around it (exclude.ts).
//  4. Metadata: profile selectors, JSON-LD, meta tags, visible elements (meta.ts).
import type { Article, ArticleMeta } from '../types';
import type { SiteProfile } from '../../sites';
import { startPageScan, type ElStats, type PageScan, type PageScanRun } from './walk';
import { chooseRoot } from './root';
import { findExcluded } from './exclude';
import { expandRoot } from './expand';
import { readMeta, type ProfileHits } from './meta';
import { articleText } from './text-build';
import { queryAllSafe } from '../dom';
import { textUpTo } from './dom';
import { dropLeadingLabels } from './labels';
import type { SteppedRun } from '../stepped';

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

function profileRoot(doc: Document, scan: PageScan, profile: SiteProfile | null): ElStats | null {
  const el = firstMatch(doc, profile?.article?.root);
  const s = el ? scan.stats.get(el) : undefined;
  // A profile root without text (a lazy shell, a changed layout) is no better than the general signals.
  return s && s.textLen > 0 ? s : null;
}

/** Words as reading-time estimates count them: runs of letters/digits (joined by ' ’ . -), and each CJK
 *  ideograph or kana on its own (CJK has no spaces). One pass over the characters: a regex match of a
 *  250,000-character text allocated an array of every word. */
function wordCount(text: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x3040 && c <= 0x30ff) || (c >= 0x3400 && c <= 0x9fff) || (c >= 0xac00 && c <= 0xd7af)) {
      n++;
      inWord = false;
    } else if (isWordChar(c, text, i)) {
      if (!inWord) n++;
      inWord = true;
    } else if (inWord && (c === 39 || c === 0x2019 || c === 46 || c === 45) && i + 1 < text.length && isWordChar(text.charCodeAt(i + 1), text, i + 1)) {
      // "don't", "3.5", "Meta-Chef": one word
    } else inWord = false;
  }
  return n;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
function isWordChar(c: number, text: string, i: number): boolean {
  if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return true;
  if (c < 0xc0) return false;
  return LETTER_OR_DIGIT.test(text[i]);
}

/** The <h1> inside the root that states the detected headline: the headline is metadata (`meta.headline`),
 *  the text is the body under it. */
function headlineElement(scan: PageScan, root: ElStats, headline: string | null): Element | null {
  if (!headline) return null;
  const want = headline.replace(/\s+/g, ' ').trim();
  for (const h of scan.h1) {
    if (h === root || h.index <= root.index || h.index >= root.end) continue;
    if (textUpTo(h.el, want.length + 20) === want) return h.el;
  }
  return null;
}

export function detectArticle(doc: Document, ctx: ArticleContext): Article {
  return startArticle(doc, ctx).result();
}

/** The detector in steps, for the content script: the page walks pause every few nodes; the rest is one step. Never throws. */
export type ArticleRun = SteppedRun<Article>;

const failed = (): Article => ({ root: null, text: '', excluded: [], meta: { ...EMPTY_META }, wordCount: 0, via: 'error' });

export function startArticle(doc: Document, ctx: ArticleContext): ArticleRun {
  let walk: PageScanRun | null = null;
  let scan: PageScan | null = null;
  let reveal: PageScanRun | null = null;
  let revealedScan = false;
  let out: Article | null = null;
  const step = (yieldNow?: () => boolean): boolean => {
    if (out) return true;
    // Never throw on a page: a broken page gives "no article".
    try {
      walk ??= startPageScan(doc);
      if (!scan) {
        if (!walk.step(yieldNow)) return false;
        scan = walk.result();
      }
      // Little paragraph text: the page may park its article in `hidden` containers; walk again, revealing them.
      const body = scan.body ? scan.stats.get(scan.body) : undefined;
      if (body && body.goodRaw < REVEAL_BELOW_CHARS && !revealedScan) {
        reveal ??= startPageScan(doc, { revealHidden: true });
        if (!reveal.step(yieldNow)) return false;
        const revealed = reveal.result();
        const rb = revealed.body ? revealed.stats.get(revealed.body) : undefined;
        revealedScan = true;
        if (rb && rb.goodRaw > 2 * body.goodRaw + REVEAL_BELOW_CHARS) scan = revealed;
        else reveal = null;
        if (yieldNow?.()) return false;
      }
      out = detect(doc, ctx, scan, reveal !== null);
    } catch {
      out = failed();
    }
    return true;
  };
  return {
    step,
    result() {
      step();
      return out ?? failed();
    },
  };
}

function detect(doc: Document, ctx: ArticleContext, scan: PageScan, revealedScan: boolean): Article {
  const profile = ctx.profile;
  const fromProfile = profileRoot(doc, scan, profile);
  const choice = fromProfile ? { root: fromProfile, via: `profile:${profile!.id}` } : chooseRoot(scan);
  const expanded = choice.root && !fromProfile ? expandRoot(choice.root, scan) : null;
  const root = expanded?.root ?? choice.root;

  const hits: ProfileHits = profile?.article
    ? {
        headline: firstMatch(doc, profile.article.headline),
        kicker: firstMatch(doc, profile.article.kicker),
        author: firstMatch(doc, profile.article.author),
        date: firstMatch(doc, profile.article.date),
      }
    : {};
  const meta = readMeta(scan, doc, root, ctx.url, hits, profile?.name ?? null);

  let text = '';
  let excluded: Element[] = [];
  if (root) {
    const profileExcluded = queryAllSafe(root.el, profile?.article?.exclude);
    const set = findExcluded(root, scan, [...profileExcluded, ...(expanded?.excluded ?? [])]);
    const headline = headlineElement(scan, root, meta.headline);
    if (headline) set.add(headline);
    dropLeadingLabels(root, headline ? scan.stats.get(headline)! : null, scan, set);
    excluded = [...set];
    text = articleText(root, set, scan, revealedScan);
  }
  return { root: root?.el ?? null, text, excluded, meta, wordCount: wordCount(text), via: choice.via };
}
