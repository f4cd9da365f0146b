// Article metadata from every source the walk collected, in order of trust: site profile selectors,
// JSON-LD, meta tags, then visible page elements (h1, byline, <time>, dates in text).
import type { ArticleMeta } from '../types';
import type { ElStats, PageScan } from './walk';
import { readJsonLd } from './jsonld';
import { normaliseIsoDate, parseVisibleDate } from './dates';
import { cleanAuthor, decodeEntities, looksLikeName, pickHeadline } from './headline';
import { authorFromDom, nearRoot } from './author';
import { findHtml, isInside, textUpTo } from './dom';

export interface ProfileHits {
  headline?: Element | null;
  kicker?: Element | null;
  author?: Element | null;
  date?: Element | null;
}

const clean = (s: string | null | undefined): string | null => {
  const t = s?.replace(/\s+/g, ' ').trim();
  return t ? t : null;
};
const textOf = (el: Element | null | undefined): string | null => clean(textUpTo(el, 2000));

function metaValue(scan: PageScan, ...keys: string[]): string | null {
  for (const k of keys) {
    const hit = scan.metas.find((m) => m.key === k);
    if (hit?.content) return hit.content;
  }
  return null;
}

/** SEO plugins (Yoast, Rank Math) label the author for link previews: twitter:label1 "Written by",
 *  twitter:data1 "Jane Doe". */
function labelledTwitterData(scan: PageScan): string | null {
  for (const m of scan.metas) {
    const n = /^twitter:label(\d)$/.exec(m.key)?.[1];
    if (n && /^(?:written by|author|verfasst von|geschrieben von|autor(?:in)?)\b/i.test(m.content)) return metaValue(scan, `twitter:data${n}`);
  }
  return null;
}

function resolveUrl(href: string | null, base: string | null): string | null {
  if (!href) return null;
  try {
    return new URL(href, base ?? undefined).href;
  } catch {
    return /^https?:/i.test(href) ? href : null;
  }
}

export function readMeta(scan: PageScan, doc: Document, root: ElStats | null, url: string | null, hits: ProfileHits, siteFallback: string | null): ArticleMeta {
  const ld = readJsonLd(scan.jsonLd);
  const canonicalHref = scan.links.find((l) => /\bcanonical\b/.test(l.rel))?.href ?? metaValue(scan, 'og:url');
  const canonicalUrl = resolveUrl(canonicalHref ?? null, url);
  const metaTitle = metaValue(scan, 'og:title', 'twitter:title', 'dc.title', 'title', 'sailthru.title', 'parsely-title');
  const siteName = clean(decodeEntities(metaValue(scan, 'og:site_name', 'application-name', 'publisher', 'dc.publisher') ?? '')) ?? clean(ld?.publisher) ?? siteFallback;

  const headline =
    textOf(hits.headline) ??
    pickHeadline({
      h1: scan.h1.filter((h) => nearRoot(h.el, root)).map((h) => h.el),
      allH1: scan.h1.map((h) => h.el),
      itemprop: scan.hinted.filter((h) => h.kind === 'headline').map((h) => h.el),
      jsonLd: ld?.headline ?? null,
      meta: metaTitle,
      title: scan.title,
      siteName,
    });

  const headlineEl = hits.headline ?? scan.h1.find((h) => nearRoot(h.el, root))?.el ?? elementWithText(scan, headline);
  const metaAuthorRaw = metaValue(scan, 'author', 'article:author', 'parsely-author', 'sailthru.author', 'dc.creator', 'byl') ?? labelledTwitterData(scan);
  const metaAuthor = cleanAuthor(metaAuthorRaw && !/^https?:/i.test(metaAuthorRaw) ? metaAuthorRaw : null);
  const ldAuthor = cleanAuthor(ld?.author);
  const domAuthor = authorFromDom(scan, root);
  let author =
    cleanAuthor(textOf(hits.author)) ??
    (ldAuthor && ld?.authorKind === 'person' ? ldAuthor : null) ??
    (domAuthor && looksLikeName(domAuthor) ? domAuthor : null) ??
    (ldAuthor && ld?.authorKind === 'unknown' && looksLikeName(ldAuthor) ? ldAuthor : null) ??
    (metaAuthor && looksLikeName(metaAuthor) ? metaAuthor : null) ??
    ldAuthor ?? metaAuthor ?? domAuthor;
  // A byline set in capitals ("By JEFFREY DOE") is the same name as the metadata's "Jeffrey Doe": keep its casing.
  const sameName = author && author === author.toUpperCase() ? [ldAuthor, metaAuthor].find((a) => a && a !== author && a.toUpperCase() === author) : null;
  if (sameName) author = sameName;

  const timeDate = (pred: (el: Element) => boolean) => {
    for (const el of scan.times) {
      if (!pred(el)) continue;
      const d = normaliseIsoDate(el.getAttribute('datetime') ?? el.getAttribute('content')) ?? parseVisibleDate(textOf(el) ?? '');
      if (d) return d;
    }
    return null;
  };
  const visibleDate = () => {
    for (const h of scan.hinted) {
      if ((h.kind !== 'date' && h.kind !== 'author') || !nearRoot(h.el, root)) continue;
      const t = textOf(h.el);
      const d = t && t.length < 300 ? parseVisibleDate(t) : null;
      if (d) return d;
    }
    return null;
  };
  const published =
    parseVisibleDate(textOf(hits.date) ?? '') ??
    normaliseIsoDate(ld?.published) ??
    normaliseIsoDate(metaValue(scan, 'article:published_time', 'datepublished', 'og:article:published_time', 'pubdate', 'publishdate', 'publish-date', 'parsely-pub-date', 'sailthru.date', 'dc.date.issued', 'dc.date', 'dcterms.date', 'date', 'article.published', 'citation_publication_date', 'release_date')) ??
    timeDate((el) => !/modif|updat/i.test(el.getAttribute('itemprop') ?? el.getAttribute('class') ?? '') && nearRoot(el, root)) ??
    visibleDate() ??
    dateNearHeadline(headlineEl);
  const modified =
    normaliseIsoDate(ld?.modified) ??
    normaliseIsoDate(metaValue(scan, 'article:modified_time', 'og:updated_time', 'datemodified', 'last-modified', 'dcterms.modified')) ??
    timeDate((el) => /modif|updat/i.test(el.getAttribute('itemprop') ?? el.getAttribute('class') ?? ''));

  const htmlEl = findHtml(doc);
  const langRaw = htmlEl?.getAttribute('lang') ?? htmlEl?.getAttribute('xml:lang') ?? metaValue(scan, 'content-language', 'og:locale', 'language', 'dc.language') ?? ld?.lang ?? null;
  const lang = langRaw ? (/^[a-z]{2,3}\b/i.exec(langRaw.trim())?.[0].toLowerCase() ?? null) : null;

  const kicker = textOf(hits.kicker) ?? firstText(scan, 'kicker', root, 120) ?? kickerNextTo(headlineEl, headline);
  const description =
    clean(ld?.description) ?? clean(metaValue(scan, 'og:description', 'description', 'twitter:description', 'dc.description')) ?? firstText(scan, 'teaser', root, 600);
  const imageRaw = metaValue(scan, 'og:image', 'og:image:url', 'twitter:image', 'twitter:image:src') ?? ld?.image ?? firstImage(scan, root);
  // Inline data: placeholders (lazy-loading shims) are not an image anyone can link to.
  const leadImage = imageRaw && !/^data:/i.test(imageRaw) ? resolveUrl(imageRaw, url) : null;

  return { headline, kicker, description, author, published, modified, siteName, lang, leadImage, canonicalUrl };
}

function firstText(scan: PageScan, kind: 'kicker' | 'teaser', root: ElStats | null, max: number): string | null {
  for (const h of scan.hinted) {
    if (h.kind !== kind || !nearRoot(h.el, root)) continue;
    const t = textOf(h.el);
    if (t && t.length <= max) return t;
  }
  return null;
}

/** The innermost element whose whole text is `text`: the visible headline of pages without <h1>. */
function elementWithText(scan: PageScan, text: string | null): Element | null {
  if (!text) return null;
  let found: Element | null = null;
  for (const s of scan.order) {
    if (s.textLen !== text.length || s.linkLen > 0) continue;
    if (textOf(s.el) === text) found = s.el; // keep going: a later match in document order is deeper
    else if (found) break;
  }
  return found;
}

/** Elements right around the headline: where the dateline and kicker sit when no class names them. */
function aroundHeadline(h: Element): Element[] {
  const out: Element[] = [];
  for (let n = h.nextElementSibling, i = 0; n && i < 4; n = n.nextElementSibling, i++) out.push(n);
  const parent = h.parentElement;
  for (let n = parent?.nextElementSibling, i = 0; n && i < 3; n = n.nextElementSibling, i++) out.push(n);
  return out;
}

function dateNearHeadline(h: Element | null): string | null {
  if (!h) return null;
  for (const el of aroundHeadline(h)) {
    const t = textUpTo(el, 301);
    if (t.length > 300) continue;
    const d = parseVisibleDate(t.replace(/\s+/g, ' '));
    if (d) return d;
  }
  return null;
}

const KICKER_MAX = 100;
/** A short line directly above the headline (Dachzeile), or a short non-sentence line directly below it. */
function kickerNextTo(h: Element | null, headline: string | null): string | null {
  if (!h) return null;
  const ok = (el: Element | null) => {
    const t = textOf(el);
    if (!t || t.length > KICKER_MAX || t === headline || parseVisibleDate(t) || /[.!?]$/.test(t)) return null;
    return t.split(/\s+/).length >= 2 ? t : null;
  };
  const before = h.previousElementSibling;
  if (before && !/^(IMG|FIGURE|PICTURE|NAV|UL|OL)$/i.test(before.tagName)) {
    const t = ok(before);
    if (t) return t;
  }
  const after = h.nextElementSibling;
  return after && /^(P|H2|H3|DIV|SPAN)$/i.test(after.tagName) ? ok(after) : null;
}

function firstImage(scan: PageScan, root: ElStats | null): string | null {
  if (!root) return null;
  for (const img of scan.images) {
    const src = img.getAttribute('src');
    if (src && !/^data:/i.test(src) && isInside(img, root.el)) return src;
  }
  return null;
}
