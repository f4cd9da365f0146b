// One iterative walk over the whole document: per-element text statistics for choosing the root, and every
// metadata source (meta tags, JSON-LD, <time>, h1, byline candidates) collected on the way, so that nothing
// later has to run querySelectorAll over the page. Iterative because pages with 10,000 nested divs exist.
import { BLOCK_TAGS, isSkippedElement } from '../text';
import { findBody } from './dom';
import { LEGAL_TEXT, BOILERPLATE_HINT, BOILERPLATE_TAGS, HEADING_TAGS, POSITIVE_STRONG, TUNING } from './patterns';

export interface ElStats {
  el: Element;
  tag: string;
  parent: ElStats | null;
  depth: number;
  /** Visible text characters in the subtree (whitespace collapsed). */
  textLen: number;
  /** Of which inside links. */
  linkLen: number;
  /** Text in this element that is not inside a descendant block: its own paragraph. */
  ownLen: number;
  ownLinkLen: number;
  commas: number;
  /** Characters of content paragraphs in the subtree, all of them. */
  goodRaw: number;
  /** The same, leaving out paragraphs under boilerplate-named containers. */
  goodClean: number;
  headingLen: number;
  /** Class/id/tag say boilerplate (share bar, comments, related links...). */
  boiler: boolean;
  /** Class/id say "main content" strongly. */
  strong: boolean;
  classId: string;
  /** Start of the element's own text (first 60 characters), to recognise legal notices and labels. */
  lead: string;
}

export interface PageScan {
  stats: Map<Element, ElStats>;
  /** Elements in document order. */
  order: ElStats[];
  body: Element | null;
  metas: Array<{ key: string; content: string }>;
  jsonLd: string[];
  links: Array<{ rel: string; href: string }>;
  title: string | null;
  h1: ElStats[];
  times: Element[];
  /** Elements with itemprop / class / rel hinting at author, date, kicker, teaser. */
  hinted: Array<{ el: Element; kind: 'author' | 'date' | 'kicker' | 'teaser' | 'headline' }>;
  styleHidden: Set<Element>;
  /** The first images of the page, for the lead image. */
  images: Element[];
}

const INLINE_LINK = 'A';
const AUTHOR_HINT = /author|byline|autor|verfasser|writer|contributor/i;
const DATE_HINT = /\bdate|datum|publish|posted|timestamp|zeitstempel|pubdate|\btime\b|article-?time/i;
const KICKER_HINT = /kicker|dachzeile|overline|topline|eyebrow|roofline|spitzmarke|supertitle|pretitle|rubric/i;
const TEASER_HINT = /standfirst|\bintro\b|\blead\b|teaser-?text|subtitle|subline|sub-?headline|\bdeck\b|summary|abstract|article-?lead|excerpt|description/i;
const STYLE_HIDDEN = /display\s*:\s*none|visibility\s*:\s*hidden/i;
const MAX_HINTED = 200;

function collapsedLength(s: string): number {
  const t = s.trim();
  if (!t) return 0;
  return /\s\s|[\t\n\r]/.test(t) ? t.replace(/\s+/g, ' ').length : t.length;
}

function countCommas(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 44 || c === 0xff0c || c === 0x3001 || c === 0x060c) n++;
  }
  return n;
}

export function scanPage(doc: Document): PageScan {
  const scan: PageScan = {
    stats: new Map(), order: [], body: findBody(doc), metas: [], jsonLd: [], links: [], title: null,
    h1: [], times: [], hinted: [], styleHidden: new Set(), images: [],
  };
  const rootEl = doc.documentElement;
  if (!rootEl) return scan;

  const collectHead = (el: Element, tag: string): void => {
    if (tag === 'META') {
      const key = (el.getAttribute('property') ?? el.getAttribute('name') ?? el.getAttribute('itemprop') ?? el.getAttribute('http-equiv') ?? '').trim().toLowerCase();
      const content = el.getAttribute('content');
      if (key && content) scan.metas.push({ key, content: content.trim() });
    } else if (tag === 'LINK') {
      const rel = el.getAttribute('rel');
      const href = el.getAttribute('href');
      if (rel && href) scan.links.push({ rel: rel.toLowerCase(), href });
    } else if (tag === 'SCRIPT') {
      if (/ld\+json/i.test(el.getAttribute('type') ?? '')) scan.jsonLd.push(el.textContent ?? '');
    } else if (tag === 'TITLE') {
      if (scan.title === null) scan.title = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    }
  };

  // Explicit stack: [element, stats] pairs are finished (post-order) when their marker comes back.
  type Frame = { node: Node; stats: ElStats | null; blockOwner: ElStats | null; inLink: boolean; boilerDepth: number };
  const stack: Array<Frame | ElStats> = [];
  const finish = (s: ElStats) => {
    const isBlock = BLOCK_TAGS.has(s.tag) || s.tag === 'BODY';
    if (s.lead && LEGAL_TEXT.test(s.lead)) s.boiler = true;
    if (isBlock && !s.boiler && s.ownLen >= TUNING.minParagraphChars && s.ownLinkLen / s.ownLen <= TUNING.maxParagraphLinkDensity && !HEADING_TAGS.has(s.tag)) {
      s.goodRaw += s.ownLen;
      s.goodClean += s.ownLen;
    }
    if (HEADING_TAGS.has(s.tag)) s.headingLen += s.textLen;
    const p = s.parent;
    if (!p) return;
    p.textLen += s.textLen;
    p.linkLen += s.linkLen;
    p.goodRaw += s.goodRaw;
    p.headingLen += s.headingLen;
    if (!s.boiler) p.goodClean += s.goodClean;
  };

  stack.push({ node: rootEl, stats: null, blockOwner: null, inLink: false, boilerDepth: 0 });
  let count = 0;
  while (stack.length) {
    const item = stack.pop()!;
    if ('el' in item) {
      finish(item);
      continue;
    }
    const { node, stats: parentStats, blockOwner, inLink } = item;
    if (node.nodeType === 3) {
      if (!parentStats) continue;
      const data = (node as Text).data;
      const len = collapsedLength(data);
      if (!len) continue;
      parentStats.textLen += len;
      if (inLink) parentStats.linkLen += len;
      if (blockOwner) {
        if (blockOwner.lead.length < 60) blockOwner.lead += (blockOwner.lead ? ' ' : '') + data.trim().slice(0, 60);
        blockOwner.ownLen += len;
        if (inLink) blockOwner.ownLinkLen += len;
        if (len > 8) blockOwner.commas += countCommas(data);
      }
      continue;
    }
    if (node.nodeType !== 1) continue;
    const el = node as Element;
    const tag = el.tagName.toUpperCase();
    if (++count > TUNING.maxElements) break;
    if (tag === 'META' || tag === 'LINK' || tag === 'SCRIPT' || tag === 'TITLE') {
      collectHead(el, tag);
      continue;
    }
    if (tag === 'HEAD') {
      for (let c = el.firstChild; c; c = c.nextSibling) if (c.nodeType === 1) collectHead(c as Element, (c as Element).tagName.toUpperCase());
      continue;
    }
    if (tag === 'TIME') scan.times.push(el);
    if (tag === 'IMG' && scan.images.length < 50) scan.images.push(el);
    const itemprop = el.getAttribute('itemprop');
    if (itemprop && /date(published|created|modified)/i.test(itemprop)) scan.times.push(el);
    if (isSkippedElement(el)) continue;
    const style = el.getAttribute('style');
    if (style && STYLE_HIDDEN.test(style)) {
      scan.styleHidden.add(el);
      continue;
    }
    const cls = el.getAttribute('class') ?? '';
    const id = el.getAttribute('id') ?? '';
    const classId = cls || id ? `${cls} ${id}` : '';
    const role = el.getAttribute('role');
    const strong = classId !== '' && POSITIVE_STRONG.test(classId) || itemprop === 'articleBody';
    const boiler =
      BOILERPLATE_TAGS.has(tag) ||
      (role !== null && /navigation|banner|contentinfo|complementary|menu|dialog|search/i.test(role)) ||
      (!strong && classId !== '' && BOILERPLATE_HINT.test(classId));
    const s: ElStats = {
      el, tag, parent: parentStats, depth: parentStats ? parentStats.depth + 1 : 0, textLen: 0, linkLen: 0,
      ownLen: 0, ownLinkLen: 0, commas: 0, goodRaw: 0, goodClean: 0, headingLen: 0, boiler, strong, classId, lead: '',
    };
    scan.stats.set(el, s);
    scan.order.push(s);
    if (tag === 'H1' && scan.h1.length < 10) scan.h1.push(s);
    if (scan.hinted.length < MAX_HINTED) {
      const hintSource = `${classId} ${itemprop ?? ''} ${el.getAttribute('rel') ?? ''}`;
      if (hintSource.length > 2) {
        if (AUTHOR_HINT.test(hintSource)) scan.hinted.push({ el, kind: 'author' });
        else if (KICKER_HINT.test(hintSource)) scan.hinted.push({ el, kind: 'kicker' });
        else if (DATE_HINT.test(hintSource)) scan.hinted.push({ el, kind: 'date' });
        else if (TEASER_HINT.test(hintSource)) scan.hinted.push({ el, kind: 'teaser' });
        else if (itemprop === 'headline') scan.hinted.push({ el, kind: 'headline' });
      }
    }

    const owner = BLOCK_TAGS.has(tag) ? s : blockOwner ?? s;
    const link = inLink || tag === INLINE_LINK;
    stack.push(s);
    // Children pushed in reverse so they pop in document order.
    const kids: Node[] = [];
    for (let c = el.firstChild; c; c = c.nextSibling) kids.push(c);
    for (let i = kids.length - 1; i >= 0; i--) {
      stack.push({ node: kids[i], stats: s, blockOwner: owner, inLink: link, boilerDepth: 0 });
    }
  }
  // Elements left open after the element cap still pass their sums up.
  while (stack.length) {
    const item = stack.pop()!;
    if ('el' in item) finish(item);
  }
  return scan;
}
