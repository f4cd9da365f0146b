// One iterative walk over the whole document: per-element text statistics for choosing the root, and every
// metadata source (meta tags, JSON-LD, <time>, h1, byline candidates) collected on the way, so that nothing
// later has to run querySelectorAll over the page. Iterative because pages with 10,000 nested divs exist.
import { BLOCK_TAGS, isSkippedElement, tagOf } from '../text';
import { classOf, findBody, findHtml } from './dom';
import { CTA_TEXT, LEGAL_TEXT, BOILERPLATE_HINT, BOILERPLATE_TAGS, HEADING_TAGS, POSITIVE_STRONG, TUNING, WEAK_BOILERPLATE_HINT } from './patterns';
import type { SteppedRun } from '../stepped';

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
  /** Characters of content paragraphs in the subtree, all of them. */
  goodRaw: number;
  /** The same, leaving out paragraphs under boilerplate-named containers. */
  goodClean: number;
  headingLen: number;
  /** Text of table cells (TD/TH) too short to be a paragraph and not inside links: the values of a data
   *  table (results, prices, schedules) are content of the page they sit in, not navigation. */
  cellLen: number;
  /** Class/id/tag say boilerplate (share bar, comments, related links...). */
  boiler: boolean;
  /** Boilerplate only by a weak class word ("widget"): `finish` lifts the mark when the box holds prose. */
  weakBoiler: boolean;
  /** Class/id say "main content" strongly. */
  strong: boolean;
  classId: string;
  /** Position in `PageScan.order` (document order) and one past the last descendant's position. */
  index: number;
  end: number;
  /** This element's own text is a content paragraph. */
  para: boolean;
  /** Characters this element's own paragraph adds to goodRaw/goodClean (0 when it is no paragraph). */
  paraLen: number;
  /** Headings in the subtree whose text is (almost) all link: teaser cards. */
  linkedHeadings: number;
  /** Links in the subtree that are calls to action ("Get started", "Request a demo", "See course >"). */
  ctaLinks: number;
  /** Inside a link. */
  inLink: boolean;
  /** Inside <pre> or <code>: class names there come from syntax highlighters ("hljs-comment"), not layout. */
  inCode: boolean;
  /** The nearest block (itself when a block) that owns this element's inline text. */
  owner: ElStats;
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
  hinted: Array<{ el: Element; kind: 'author' | 'date' | 'kicker' | 'teaser' | 'headline' | 'bylabel' | 'byprose' }>;
  styleHidden: Set<Element>;
  /** The first images of the page, for the lead image. */
  images: Element[];
}

const INLINE_LINK = 'A';
/** Links to an author page ("/author/jane-doe", "/autoren/...", "?author=12"). */
export const AUTHOR_HREF = /\/(?:author|autor|autoren|authors|contributors?|writers?|journalist(?:en)?|redakteur(?:e)?|people|profile)\/[^/?#]+\/?$|[?&]author=/i;
const BY_LABEL = /^\s*(?:written by|posted by|by|von|text:?|autor(?:in|en)?:|author:|contributors?:|verfasst von)\s*:?\s*$/i;
const BY_PROSE = /^\s*(?:By|BY|Von|VON)\s+\p{Lu}/u;
const AUTHOR_HINT = /author|byline|autor|verfasser|writer|contributor/i;
const DATE_HINT = /\bdate|datum|publish|posted|timestamp|zeitstempel|pubdate|\btime\b|article-?time/i;
const KICKER_HINT = /kicker|dachzeile|overline|topline|eyebrow|roofline|spitzmarke|supertitle|pretitle|rubric/i;
const TEASER_HINT = /standfirst|\bintro\b|\blead\b|teaser-?text|subtitle|subline|sub-?headline|\bdeck\b|summary|abstract|article-?lead|excerpt|description/i;
const SEMANTIC_CONTENT = new Set(['ARTICLE', 'MAIN', 'BODY', 'HTML']);
const SKIP_EVEN_REVEALED = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'TEXTAREA', 'SELECT', 'BUTTON', 'INPUT']);
const STYLE_HIDDEN = /display\s*:\s*none|visibility\s*:\s*hidden/i;
/** Utility classes that hide an element in every viewport (Bootstrap, Tailwind, Webflow's conditional
 *  visibility): a second copy of the article for another layout sits in such a box. A responsive class
 *  beside it ("d-none d-md-block", "hidden lg:block") shows the box somewhere, so it does not count. */
const CLASS_HIDDEN = /(?:^|\s)(?:hide|hidden|d-none|is-hidden|display-none|w-condition-invisible)(?=\s|$)/;
const CLASS_SHOWN = /(?:^|\s)(?:d-(?:sm|md|lg|xl|xxl)-(?!none)|(?:sm|md|lg|xl|2xl):(?!hidden)|visible-|show(?:\s|$))/;
const MAX_HINTED = 1000;

type HintKind = PageScan['hinted'][number]['kind'];
interface ClassInfo {
  strong: boolean;
  boilerHint: boolean;
  weakBoilerHint: boolean;
  hidden: boolean;
  hint: HintKind | null;
}
const NO_CLASS: ClassInfo = { strong: false, boilerHint: false, weakBoilerHint: false, hidden: false, hint: null };

/** What class/id/itemprop/rel words say an element holds (author, kicker, date, teaser), or null. */
function hintKind(source: string): HintKind | null {
  if (source.length <= 2) return null;
  if (AUTHOR_HINT.test(source)) return 'author';
  if (KICKER_HINT.test(source)) return 'kicker';
  if (DATE_HINT.test(source)) return 'date';
  if (TEASER_HINT.test(source)) return 'teaser';
  return null;
}

function collapsedLength(s: string): number {
  // Counted without allocating: whitespace runs count as one space, leading/trailing ones not at all.
  let n = 0;
  let pendingSpace = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 32 || c === 10 || c === 9 || c === 13 || c === 12 || c === 160) {
      pendingSpace = n > 0;
    } else {
      if (pendingSpace) n++;
      pendingSpace = false;
      n++;
    }
  }
  return n;
}

export interface ScanOptions {
  /** Read `hidden` containers too: streaming frameworks (Next.js) park the server-rendered article in
   *  <div hidden> until a script moves it; a static copy of such a page has all its text there. */
  revealHidden?: boolean;
}

/** Elements a browser keeps in <head>; anything else there is page content the parser failed to move out. */
const HEAD_TAGS = new Set(['META', 'LINK', 'SCRIPT', 'TITLE', 'STYLE', 'BASE', 'NOSCRIPT', 'TEMPLATE']);
function holdsFlowContent(head: Element): boolean {
  for (let c = head.firstElementChild; c; c = c.nextElementSibling) if (!HEAD_TAGS.has(tagOf(c))) return true;
  return false;
}

/**
 * The page walk, resumable: the content script runs it in slices so that no task of the hiding phase is long.
 * `yieldNow()` is asked every 16 nodes.
 */
export type PageScanRun = SteppedRun<PageScan>;

export function scanPage(doc: Document, options: ScanOptions = {}): PageScan {
  return startPageScan(doc, options).result();
}

/** Asked often: on a cold page the first nodes also pay for compiling this code (see ads/scan.ts). */
const CHECK_EVERY = 16;

/**
 * Starts the walk (nothing is read until `step`). The same scan as one uninterrupted walk: all state lives in the
 * run, and a page that changes between two steps is walked as it is then (the content script analyses again once
 * the page has settled).
 */
export function startPageScan(doc: Document, options: ScanOptions = {}): PageScanRun {
  const scan: PageScan = {
    stats: new Map(), order: [], body: findBody(doc), metas: [], jsonLd: [], links: [], title: null,
    h1: [], times: [], hinted: [], styleHidden: new Set(), images: [],
  };
  let rootEl = findHtml(doc);
  if (!rootEl) return { step: () => true, result: () => scan };

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

  const finish = (s: ElStats) => {
    const isBlock = BLOCK_TAGS.has(s.tag) || s.tag === 'BODY';
    if (s.lead && LEGAL_TEXT.test(s.lead)) {
      s.boiler = true;
      s.weakBoiler = false;
    }
    if (isBlock && !s.boiler && s.ownLen >= TUNING.minParagraphChars && s.ownLinkLen / s.ownLen <= TUNING.maxParagraphLinkDensity && !HEADING_TAGS.has(s.tag)) {
      // Links inside a paragraph lower its weight: prose with a few links is content, a row of links is not.
      const own = TUNING.weighParagraphLinks ? Math.round(s.ownLen - s.ownLinkLen) : s.ownLen;
      s.goodRaw += own;
      s.goodClean += own;
      s.para = true;
      s.paraLen = own;
    }
    s.end = scan.order.length;
    // A box named only "widget" that holds real prose is a page builder's text box, not a sidebar widget.
    if (s.weakBoiler && s.goodClean >= TUNING.minWidgetProse && s.linkLen < 0.3 * s.textLen) s.boiler = false;
    if (!s.para && (s.tag === 'TD' || s.tag === 'TH')) s.cellLen += s.ownLen - s.ownLinkLen;
    if (HEADING_TAGS.has(s.tag)) {
      s.headingLen += s.textLen;
      if (s.textLen > 0 && s.linkLen >= 0.8 * s.textLen) s.linkedHeadings++;
    }
    const p = s.parent;
    if (!p) return;
    p.textLen += s.textLen;
    p.linkLen += s.linkLen;
    p.goodRaw += s.goodRaw;
    p.headingLen += s.headingLen;
    p.cellLen += s.cellLen;
    p.linkedHeadings += s.linkedHeadings;
    p.ctaLinks += s.ctaLinks;
    if (!s.boiler) p.goodClean += s.goodClean;
  };

  const text = (cur: ElStats, data: string) => {
    // Most text nodes are the whitespace between tags.
    if (data.length < 40 && !data.trim()) return;
    const len = collapsedLength(data);
    if (!len) return;
    cur.textLen += len;
    if (cur.inLink) {
      cur.linkLen += len;
      if (len <= 40 && CTA_TEXT.test(data)) cur.ctaLinks++;
    }
    const owner = cur.owner;
    if (owner.lead.length < 60) owner.lead += (owner.lead ? ' ' : '') + data.trim().slice(0, 60);
    owner.ownLen += len;
    if (cur.inLink) owner.ownLinkLen += len;
    // "Written by" / "Von" as its own text node: the name follows in a link or the next element.
    if (len <= 20 && BY_LABEL.test(data) && scan.hinted.length < MAX_HINTED) scan.hinted.push({ el: cur.el, kind: 'bylabel' });
    // "By Jerry Chu" / "Von Anna Muster" as plain text in an unnamed element: a prose byline candidate.
    else if (len <= 60 && BY_PROSE.test(data) && scan.hinted.length < MAX_HINTED) scan.hinted.push({ el: cur.owner.el, kind: 'byprose' });
  };

  // Pages repeat a few dozen class strings over thousands of elements: test the patterns once per string.
  const classCache = new Map<string, ClassInfo>();
  const infoOf = (classId: string, cls: string): ClassInfo => {
    if (classId === '') return NO_CLASS;
    let info = classCache.get(classId);
    if (info === undefined) {
      info = {
        strong: POSITIVE_STRONG.test(classId),
        boilerHint: BOILERPLATE_HINT.test(classId),
        weakBoilerHint: WEAK_BOILERPLATE_HINT.test(classId),
        hidden: cls !== '' && CLASS_HIDDEN.test(cls) && !CLASS_SHOWN.test(cls),
        hint: hintKind(classId),
      };
      if (classCache.size < 5000) classCache.set(classId, info);
    }
    return info;
  };

  // Without attributes, whether an element is skipped depends on its tag alone: ask once per tag (most
  // elements have no attributes, and every attribute read walks a list in linkedom).
  const skipByTag = new Map<string, boolean>();
  const skippedByTag = (el: Element, tag: string): boolean => {
    let v = skipByTag.get(tag);
    if (v === undefined) skipByTag.set(tag, (v = isSkippedElement(el)));
    return v;
  };

  /** Stats for an element whose subtree counts as page text, or null when it is skipped. */
  const enter = (el: Element, parent: ElStats | null): ElStats | null => {
    const tag = tagOf(el);
    if (tag === 'META' || tag === 'LINK' || tag === 'SCRIPT' || tag === 'TITLE') {
      collectHead(el, tag);
      return null;
    }
    // linkedom (unlike a browser) leaves the flow content of a page whose markup never closes <head> inside
    // <head>: such a head is walked like a container (its metadata is collected on the way down).
    const flowHead = tag === 'HEAD' && holdsFlowContent(el);
    if (tag === 'HEAD' && !flowHead) {
      for (let c = el.firstElementChild; c; c = c.nextElementSibling) collectHead(c, tagOf(c));
      return null;
    }
    if (tag === 'TIME') scan.times.push(el);
    if (tag === 'IMG' && scan.images.length < 50) scan.images.push(el);
    // Most elements carry no attributes: skip the attribute reads for them (linkedom scans a list per read).
    const hasAttrs = el.hasAttributes();
    const itemprop = hasAttrs ? el.getAttribute('itemprop') : null;
    if (itemprop && /date(published|created|modified)/i.test(itemprop)) scan.times.push(el);
    const revealed = options.revealHidden === true && hasAttrs && el.hasAttribute('hidden') && !SKIP_EVEN_REVEALED.has(tag);
    if (!revealed && !flowHead && (hasAttrs ? isSkippedElement(el) : skippedByTag(el, tag))) return null;
    const style = hasAttrs ? el.getAttribute('style') : null;
    // Collapsed accordions and tabs are display:none until clicked but are article text; the exclusion step
    // decides (hidden menus and ad shells have no paragraphs).
    const cls = hasAttrs ? classOf(el) : '';
    const id = hasAttrs ? el.getAttribute('id') ?? '' : '';
    const classId = cls || id ? `${cls} ${id}` : '';
    const classInfo = infoOf(classId, cls);
    if ((style && STYLE_HIDDEN.test(style)) || classInfo.hidden) scan.styleHidden.add(el);
    const role = hasAttrs ? el.getAttribute('role') : null;
    const strong = classInfo.strong || itemprop === 'articleBody';
    const inCode = parent !== null && (parent.inCode || parent.tag === 'PRE' || parent.tag === 'CODE');
    const strongBoiler = !inCode && (
      BOILERPLATE_TAGS.has(tag) ||
      (role !== null && /navigation|banner|contentinfo|complementary|menu|dialog|search/i.test(role)) ||
      // <article>/<main> say "content" in markup; a class word ("newsletter-content") does not outweigh that.
      (!strong && classInfo.boilerHint && !SEMANTIC_CONTENT.has(tag)));
    const weakBoiler = !strongBoiler && !inCode && !strong && classInfo.weakBoilerHint && !SEMANTIC_CONTENT.has(tag);
    const boiler = strongBoiler || weakBoiler;
    const s = {
      el, tag, parent, depth: parent ? parent.depth + 1 : 0, textLen: 0, linkLen: 0, ownLen: 0, ownLinkLen: 0,
      goodRaw: 0, goodClean: 0, headingLen: 0, cellLen: 0, linkedHeadings: 0, ctaLinks: 0, index: scan.order.length, end: 0, para: false, paraLen: 0, boiler: boiler || revealed, weakBoiler: weakBoiler && !revealed, strong, classId, lead: '',
      inLink: (parent?.inLink ?? false) || tag === INLINE_LINK,
      inCode,
      // Set in the literal (and fixed below for blocks) so that every ElStats has one shape.
      owner: parent ? parent.owner : (null as unknown as ElStats),
    } as ElStats;
    if (BLOCK_TAGS.has(tag) || !parent) s.owner = s;
    scan.stats.set(el, s);
    scan.order.push(s);
    if (tag === 'H1' && scan.h1.length < 10) scan.h1.push(s);
    if (tag === INLINE_LINK && hasAttrs && scan.hinted.length < MAX_HINTED) {
      const href = el.getAttribute('href');
      if (href && AUTHOR_HREF.test(href)) scan.hinted.push({ el, kind: 'author' });
    }
    if (hasAttrs && scan.hinted.length < MAX_HINTED) {
      const rel = el.getAttribute('rel');
      const kind = rel || itemprop ? hintKind(`${classId} ${itemprop ?? ''} ${rel ?? ''}`) ?? (itemprop === 'headline' ? 'headline' : null) : classInfo.hint;
      if (kind) scan.hinted.push({ el, kind });
    }
    return s;
  };

  // A page without <html> (a top-level <head> and <body>): read the head's metadata, walk the body.
  if (rootEl.tagName.toUpperCase() !== 'HTML' && scan.body && scan.body.parentNode === doc) {
    for (const c of Array.from(doc.childNodes)) if (c.nodeType === 1 && (c as Element).tagName.toUpperCase() === 'HEAD') enter(c as Element, null);
    rootEl = scan.body;
  }

  // Pointer walk (firstChild / nextSibling / parentNode): no allocation per node, no recursion. Garbage
  // collection dominated the time of a stack-of-frames walk on 1 MB pages.
  // The position is kept here between steps and in locals while walking (closure variables are slower in the loop).
  let savedCur: ElStats | null = null; // the element whose children are being visited
  let savedNode: Node | null = rootEl;
  let savedCount = 0;
  let walked = false;
  const top: Element = rootEl;
  const step = (yieldNow?: () => boolean): boolean => {
    if (walked) return true;
    let cur = savedCur;
    let node = savedNode;
    let count = savedCount;
    let n = 0;
    outer: while (node) {
      if (yieldNow && ++n % CHECK_EVERY === 0 && yieldNow()) {
        savedCur = cur;
        savedNode = node;
        savedCount = count;
        return false;
      }
      if (node.nodeType === 3) {
        if (cur) text(cur, (node as Text).data);
      } else if (node.nodeType === 1) {
        const s = enter(node as Element, cur);
        if (s) {
          if (++count > TUNING.maxElements) break;
          const first: Node | null = node.firstChild;
          if (first) {
            cur = s;
            node = first;
            continue;
          }
          finish(s);
        }
      }
      // Next node: the sibling, or climb up, finishing each element whose children are done.
      while (node) {
        if (node === top) break outer;
        const next: Node | null = node.nextSibling;
        if (next) {
          node = next;
          continue outer;
        }
        node = node.parentNode;
        if (cur) {
          const done: ElStats = cur;
          cur = done.parent;
          finish(done);
        }
      }
    }
    // Elements left open after the element cap still pass their sums up.
    for (; cur; cur = cur.parent) finish(cur);
    walked = true;
    savedCur = savedNode = null;
    return true;
  };
  return {
    step,
    result() {
      step();
      return scan;
    },
  };
}
