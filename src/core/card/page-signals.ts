// What the summary needs to know about the page around the article text: the texts of its links (teaser rails
// and lists of other articles repeat headlines and excerpts as links, so a candidate sentence that is also a
// link's text is a teaser, not the story) and its H1 headings (where the story starts).
// One pass over the page's anchors; pure (reads the document, never changes it).
import { headingKey, normaliseForMatch } from './summary-lines';

export interface PageSignals {
  /** Every link text on the page, except links within the page ("#section": tables of contents). */
  all: Set<string>;
  /** Link texts outside the article root (or inside its excluded parts): rails, menus, footers. */
  outside: Set<string>;
  /** Texts of the H1 elements inside the article root, as `headingKey`s. An H1 outside the root says nothing
   * about where the story starts in the text; an h2 repeating the headline mid-story must not count either. */
  headings: Set<string>;
}

/** Big pages have thousands of links; the ones past this are footers and sitemaps, not worth the time. */
const MAX_LINKS = 4000;
/** Link texts longer than this are whole cards; shorter than this are menu words ("Home", "Mehr"). */
const MAX_TEXT = 400;
const MIN_TEXT = 12;

export function pageSignals(doc: Document, root: Element | null, excluded: readonly Element[]): PageSignals {
  const out: PageSignals = { all: new Set(), outside: new Set(), headings: new Set() };
  let anchors: Element[] = [];
  try {
    anchors = Array.from(doc.querySelectorAll('a[href]')).slice(0, MAX_LINKS);
    if (root) for (const h of Array.from(root.querySelectorAll('h1')).slice(0, 20)) out.headings.add(headingKey(h.textContent ?? ''));
  } catch {
    return out;
  }
  const excludedSet = new Set(excluded);
  for (const a of anchors) {
    const href = (a.getAttribute('href') ?? '').trim();
    if (href.startsWith('#') || /^javascript:/i.test(href)) continue;
    const raw = a.textContent ?? '';
    if (raw.length < MIN_TEXT || raw.length > MAX_TEXT) continue;
    const text = normaliseForMatch(raw);
    if (text.length < MIN_TEXT) continue;
    out.all.add(text);
    if (!root || !root.contains(a) || insideExcluded(a, root, excludedSet)) out.outside.add(text);
  }
  return out;
}

function insideExcluded(el: Element, root: Element, excluded: ReadonlySet<Element>): boolean {
  if (!excluded.size) return false;
  for (let n: Element | null = el; n && n !== root; n = n.parentElement) if (excluded.has(n)) return true;
  return false;
}
