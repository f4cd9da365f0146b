// Link texts of the page, normalised, for the summary: teaser rails and lists of other articles repeat
// headlines and excerpts as links, so a candidate sentence that is also a link's text is a teaser, not the story.
// One pass over the page's anchors; pure (reads the document, never changes it).
import { normaliseForMatch } from './summary-lines';

export interface PageLinks {
  /** Every link text on the page. */
  all: Set<string>;
  /** Link texts outside the article root (or inside its excluded parts): rails, menus, footers. */
  outside: Set<string>;
}

/** Big pages have thousands of links; the ones past this are footers and sitemaps, not worth the time. */
const MAX_LINKS = 4000;
/** Link texts longer than this are whole cards; shorter than this are menu words ("Home", "Mehr"). */
const MAX_TEXT = 400;
const MIN_TEXT = 12;

export function pageLinkTexts(doc: Document, root: Element | null, excluded: readonly Element[]): PageLinks {
  const all = new Set<string>();
  const outside = new Set<string>();
  let anchors: Element[] = [];
  try {
    anchors = Array.from(doc.querySelectorAll('a[href]')).slice(0, MAX_LINKS);
  } catch {
    return { all, outside };
  }
  const excludedSet = new Set(excluded);
  for (const a of anchors) {
    const raw = a.textContent ?? '';
    if (raw.length < MIN_TEXT || raw.length > MAX_TEXT) continue;
    const text = normaliseForMatch(raw);
    if (text.length < MIN_TEXT) continue;
    all.add(text);
    if (!root || !root.contains(a) || insideExcluded(a, root, excludedSet)) outside.add(text);
  }
  return { all, outside };
}

function insideExcluded(el: Element, root: Element, excluded: ReadonlySet<Element>): boolean {
  if (!excluded.size) return false;
  for (let n: Element | null = el; n && n !== root; n = n.parentElement) if (excluded.has(n)) return true;
  return false;
}
