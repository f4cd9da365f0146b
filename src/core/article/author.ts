// The byline from the page itself when no profile, JSON-LD or meta tag names a person: author links,
// itemprop=name, "By"/"Von" labels, byline-named elements; never names from comments or sidebars.
import { AUTHOR_HREF, type ElStats, type PageScan } from './walk';
import { bylineText, cleanAuthor, looksLikeName } from './byline';
import { isInside, textUpTo } from './dom';

/** Where an element sits relative to the root: inside, or in the page header just before it. */
export function nearRoot(el: Element, root: ElStats | null): boolean {
  if (!root) return true;
  if (isInside(el, root.el)) return true;
  // Headline and byline often sit in a header sibling of the body container: accept the root's ancestors' subtree
  // up to three levels.
  let anc: Element | null = root.el;
  for (let i = 0; i < 3 && anc; i++) anc = anc.parentElement;
  return !!anc && isInside(el, anc);
}

/** Capitalised names, optionally several joined by commas or and/und/&: "Jane Doe", "Anna Muster und Ben Test". */
const NAME = String.raw`\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|van|von|der|den|de|da|di|du|le|la|al|bin|zu))*`;
const PERSON_LIST = new RegExp(String.raw`^${NAME}(?:(?:,\s*|\s+(?:and|und|&)\s+)${NAME})*$`, 'u');

const BIO_HINT = /bio|about|description|desc\b|info-?box|box/i;

/** Names inside a byline element: author links or itemprop=name children, else its own short text. */
function namesIn(el: Element): string | null {
  if (el.tagName.toUpperCase() === 'A') {
    const t = cleanAuthor(textUpTo(el, 120));
    return t && looksLikeName(t) ? t : null;
  }
  const found: string[] = [];
  const stack: Element[] = [];
  for (let c = el.lastElementChild; c; c = c.previousElementSibling) stack.push(c);
  let seen = 0;
  while (stack.length && seen++ < 60) {
    const c = stack.pop()!;
    const itemprop = c.getAttribute('itemprop');
    const rel = c.getAttribute('rel');
    const href = c.tagName.toUpperCase() === 'A' ? c.getAttribute('href') ?? '' : '';
    if (itemprop === 'name' || rel === 'author' || (href && AUTHOR_HREF.test(href))) {
      const t = cleanAuthor(textUpTo(c, 120));
      if (t && looksLikeName(t) && !found.includes(t)) found.push(t);
      continue;
    }
    for (let k = c.lastElementChild; k; k = k.previousElementSibling) stack.push(k);
  }
  if (found.length) return found.join(', ');
  const own = cleanAuthor(bylineText(el, 300));
  return own && own.length <= 80 ? own : null;
}

// Comment sections hold other people's names wherever they sit, even inside the article element.
const COMMENTS = /comment|kommentar|respond|reply|discussion/i;
// Sidebars, widgets, related boxes and page footers hold other people's names only outside the article: the
// article's own footer ("<footer><p class=article-author>dpa-AFX/ts</p>") is where many bylines sit.
const SIDE_BOXES = /sidebar|widget|related|footer/i;

/** The article's own footer (inside the root, inside an <article>, or named after the article): bylines and
 *  agency credits ("dpa-AFX/ts") sit there; the page footer does not count. */
function articleFooter(s: ElStats, inRoot: boolean): boolean {
  if (!/footer/i.test(s.classId) || /sidebar|widget|related/i.test(s.classId)) return false;
  return inRoot || s.parent?.tag === 'ARTICLE' || ARTICLEISH.test(s.classId);
}
const ARTICLEISH = /article|artikel|entry|post|story|beitrag/i;

/** Inside a comment section, sidebar or related-posts box: a name there is not the article's author. */
function inOtherPeoplesBox(el: Element, scan: PageScan, root: ElStats | null): boolean {
  const inRoot = !!root && isInside(el, root.el);
  for (let s = scan.stats.get(el) ?? null; s; s = s.parent) {
    // The root and its ancestors wrap the article itself ("has-sidebar" page layouts, "single-comments-open"
    // body classes): not a box.
    if (root && (s === root || isInside(root.el, s.el))) return false;
    if (!s.classId) continue;
    if (COMMENTS.test(s.classId)) return true;
    if (SIDE_BOXES.test(s.classId) && !articleFooter(s, inRoot)) return true;
  }
  return false;
}

export function authorFromDom(scan: PageScan, root: ElStats | null): string | null {
  let fallback: string | null = null;
  // Near the article first; then anywhere outside comments and sidebars (bylines sit in page headers too).
  const hinted = scan.hinted.filter((h) => h.kind === 'author' && !inOtherPeoplesBox(h.el, scan, root));
  const ordered = [...hinted.filter((h) => nearRoot(h.el, root)), ...hinted.filter((h) => !nearRoot(h.el, root))];
  const fromLabel = (): string | null => {
    for (const h of scan.hinted) {
      if ((h.kind !== 'bylabel' && h.kind !== 'byprose') || !nearRoot(h.el, root) || inOtherPeoplesBox(h.el, scan, root)) continue;
      if (h.kind === 'byprose') {
        // Plain text "By Jane Doe": only a short line that is nothing but capitalised names.
        if (/^H[1-6]$/i.test(h.el.tagName)) continue; // "By Functionality": a section heading
        const line = bylineText(h.el, 100);
        const name = line.length <= 80 ? cleanAuthor(line) : null;
        if (name && PERSON_LIST.test(name)) return name;
        continue;
      }
      // The label's element with the name inside ("By <a>Jane</a>"), else the element after it, else the
      // text beside the label in its parent ("<strong>Contributors:</strong> Jane Doe").
      const own = cleanAuthor(bylineText(h.el, 150));
      if (own && looksLikeName(own)) return own;
      const next = cleanAuthor(bylineText(h.el.nextElementSibling, 150));
      if (next && looksLikeName(next)) return next;
      const parent = h.el.parentElement;
      const around = parent && parent !== root?.el ? bylineText(parent, 160) : '';
      const beside = around.length <= 150 ? cleanAuthor(around) : null;
      if (beside && looksLikeName(beside)) return beside;
    }
    return null;
  };
  let labelled: string | null | undefined;
  for (const h of ordered) {
    if (labelled === undefined && !nearRoot(h.el, root)) {
      labelled = fromLabel();
      if (labelled) return labelled;
    }
    // Author boxes with a biography come after the article; the byline proper is short.
    const cls = h.el.getAttribute('class') ?? '';
    const a = namesIn(h.el);
    if (!a) continue;
    if (looksLikeName(a) && !BIO_HINT.test(cls)) return a;
    fallback ??= a;
  }
  return labelled === undefined ? fromLabel() ?? fallback : fallback;
}

