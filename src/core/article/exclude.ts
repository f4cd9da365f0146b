// Boilerplate inside the chosen root: share bars, related links, newsletter boxes, comment sections, ad
// slots. Each excluded element is left out of `Article.text` by `buildTextIndex`; nothing is removed from
// the page. One pre-order walk over the root's subtree, not descending into what it excludes.
import { BLOCK_TAGS } from '../text';
import type { ElStats, PageScan } from './walk';
import { HEADING_TAGS, TEASER_TEXT, TUNING } from './patterns';

const COMMENTS = /comment|kommentar|disqus|respond/i;

export function findExcluded(root: ElStats, scan: PageScan, extraExcluded: Iterable<Element> = []): Set<Element> {
  const excluded = new Set<Element>(extraExcluded);
  const rootGood = Math.max(root.goodClean, 1);
  const stack: Element[] = [];
  for (let c = root.el.lastElementChild; c; c = c.previousElementSibling) stack.push(c);
  let visited = 0;
  while (stack.length) {
    const el = stack.pop()!;
    if (++visited > TUNING.maxElements) break;
    if (excluded.has(el)) continue;
    if (scan.styleHidden.has(el)) {
      excluded.add(el);
      continue;
    }
    const s = scan.stats.get(el);
    if (!s) continue; // skipped by the walk (script, style, hidden): buildTextIndex skips it too
    if (shouldExclude(s, rootGood)) {
      excluded.add(el);
      continue;
    }
    for (let c = el.lastElementChild; c; c = c.previousElementSibling) stack.push(c);
  }
  return excluded;
}

function shouldExclude(s: ElStats, rootGood: number): boolean {
  if (s.textLen === 0) return false;
  const heading = HEADING_TAGS.has(s.tag);
  // Boilerplate-named or boilerplate tags, unless they hold a large part of the article's content.
  if (s.boiler) {
    if (s.classId && COMMENTS.test(s.classId)) return true;
    if (s.goodRaw < 0.4 * rootGood) return true;
  }
  if (heading || !BLOCK_TAGS.has(s.tag)) return false;
  // Link lists: mostly link text and no real paragraph of their own.
  if (s.linkLen / s.textLen > TUNING.excludeLinkDensity && s.goodClean < 200) return true;
  // "Lesen Sie auch: ..." / "Read more" teasers and lone ad labels.
  // Judged on the block's own leading text (collected by the walk): reading the subtree's text here would
  // make deep pages quadratic.
  if (s.textLen < 300 && s.goodClean < 200 && s.lead && TEASER_TEXT.test(s.lead)) return true;
  return false;
}
