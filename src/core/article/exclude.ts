// Boilerplate inside the chosen root: share bars, related links, newsletter boxes, comment sections, ad
// slots. Each excluded element is left out of `Article.text` by `buildTextIndex`; nothing is removed from
// the page. One pass over the root's elements in document order, stepping over what it excludes.
import { BLOCK_TAGS } from '../text';
import type { ElStats, PageScan } from './walk';
import { isImageBox } from './media';
import { dropTail } from './tail';
import { DATE_ONLY, FURNITURE_TEXT, HEADING_TAGS, META_LINE, TEASER_TEXT, TUNING } from './patterns';

const COMMENTS = /comment|kommentar|disqus|respond/i;
const PROSE_PARENTS = new Set(['P', 'LI', 'BLOCKQUOTE', 'TD', 'DD', 'SPAN', 'A', 'EM', 'STRONG', 'B', 'I']);

export function findExcluded(root: ElStats, scan: PageScan, extraExcluded: Iterable<Element> = []): Set<Element> {
  const excluded = new Set<Element>(extraExcluded);
  const rootGood = Math.max(root.goodClean, 1);
  const builderText = holdsWidgetProse(root, scan);
  for (const card of teaserCards(root, scan, rootGood)) excluded.add(card);
  // The root's elements in document order are `scan.order[root.index + 1 .. root.end)`: stepping over an
  // excluded element's subtree is a jump to its `end`, with no DOM traversal (linkedom's sibling getters are
  // slow). Elements the walk skipped (script, style, hidden) are not in `order`: buildTextIndex skips them too.
  for (let i = root.index + 1; i < root.end; ) {
    const s = scan.order[i];
    const el = s.el;
    if (excluded.has(el)) {
      i = Math.max(s.end, i + 1);
      continue;
    }
    if (scan.styleHidden.has(el) && !(s.goodClean >= TUNING.minHiddenContent && isCollapsible(s))) {
      excluded.add(el);
      i = Math.max(s.end, i + 1);
      continue;
    }
    if (isImageBox(s, scan)) {
      excluded.add(el);
      i = Math.max(s.end, i + 1);
      continue;
    }
    if (shouldExclude(s, rootGood, builderText)) {
      // A "Related posts" / "Lesen Sie auch" heading labels the whole box it sits in: drop the box when it is
      // a small part of the article.
      const box = s.parent;
      const labelled = HEADING_TAGS.has(s.tag) && s.lead && (TEASER_TEXT.test(s.lead) || FURNITURE_TEXT.test(s.lead));
      if (labelled && box && box !== root && box.goodClean < TUNING.maxLabelledBoxShare * rootGood) excluded.add(box.el);
      else excluded.add(el);
      i = Math.max(s.end, i + 1);
      continue;
    }
    i++;
  }
  dropTail(root, scan, excluded);
  dropTrailingHeadings(root, scan, excluded);
  return excluded;
}

/** Headings after the root's last kept paragraph ("Related topics" over an excluded link list, "Our partners"
 *  over a logo wall) label boilerplate that is gone: they go too. A heading that wraps text (markup that never
 *  closes it) is not a label. Read backwards from the root's end: only the tail is looked at. */
function dropTrailingHeadings(root: ElStats, scan: PageScan, excluded: Set<Element>): void {
  const trailing: ElStats[] = [];
  for (let i = root.end - 1; i > root.index; i--) {
    const s = scan.order[i];
    const heading = HEADING_TAGS.has(s.tag);
    if (!heading && !(s.owner === s && s.ownLen > 0)) continue;
    if (heading && s.textLen === 0) continue;
    const block = blockingAncestor(s, root, excluded);
    if (block) {
      // Everything between the blocking ancestor and here lies inside it: go on before it (an excluded
      // box) or at it (a heading wrapping blocks).
      i = excluded.has(block.el) ? block.index : block.index + 1;
      continue;
    }
    if (!heading) {
      // Headings alone are still a text (a page of titles); only those after the body are labels.
      for (const h of trailing) if (h.goodRaw === 0 && h.textLen < TUNING.maxLabelChars) excluded.add(h.el);
      return;
    }
    trailing.push(s);
  }
}

/** The excluded element (`s` or an ancestor below the root) or heading ancestor that keeps `s` from being a
 *  text block of its own, or null. */
function blockingAncestor(s: ElStats, root: ElStats, excluded: ReadonlySet<Element>): ElStats | null {
  if (excluded.has(s.el)) return s;
  for (let p = s.parent; p && p !== root; p = p.parent) if (excluded.has(p.el) || HEADING_TAGS.has(p.tag)) return p;
  return null;
}

/**
 * Teaser cards: a linked heading with a short blurb ("more from this section"). A listicle is built the same
 * way, but there the cards hold most of the text; teasers are a minority beside the article, so cards are
 * excluded only when all of them together hold little of the root's paragraph text.
 */
function teaserCards(root: ElStats, scan: PageScan, rootGood: number): ElStats['el'][] {
  if (!TUNING.excludeCards) return [];
  const cards: ElStats[] = [];
  let good = 0;
  // Position in `order` after the last paragraph that is not in a card: cards from there on trail the story.
  let lastOwnPara = -1;
  for (let i = root.index + 1; i < root.end; ) {
    const s = scan.order[i];
    if (s.linkedHeadings > 0 && s.textLen < 600 && s.goodClean < 400 && !HEADING_TAGS.has(s.tag) && BLOCK_TAGS.has(s.tag)) {
      cards.push(s);
      good += s.goodClean;
      i = Math.max(s.end, i + 1); // outermost card only
    } else {
      if (s.para) lastOwnPara = i;
      i++;
    }
  }
  if (good < TUNING.maxCardShare * rootGood) return cards.map((c) => c.el);
  // Many cards: a listicle, or a story followed by a long teaser grid. A grid (3 cards or more) after the
  // story's last own paragraph goes when the story outside the cards is most of the text.
  if (rootGood - good < 0.5 * rootGood) return [];
  const trailing = cards.filter((c) => c.index > lastOwnPara);
  return trailing.length >= 3 ? trailing.map((c) => c.el) : [];
}

const COLLAPSIBLE = /accordion|collaps|tab-?panel|toggle|expand|faq|spoiler|details/i;
/** Collapsed accordions and tab panels are hidden until clicked but are article text. */
function isCollapsible(s: ElStats): boolean {
  const role = s.el.getAttribute('role');
  if (role === 'region' || role === 'tabpanel') return true;
  return COLLAPSIBLE.test(s.classId) || (!!s.parent && COLLAPSIBLE.test(s.parent.classId));
}

/** True when the root holds a "widget"-named box that its prose made content (walk.ts): the page is built of
 *  such boxes, so the shorter ones (an intro paragraph, a subheading) are the article's too. */
function holdsWidgetProse(root: ElStats, scan: PageScan): boolean {
  for (let i = root.index; i < root.end; i++) {
    const s = scan.order[i];
    if (s.weakBoiler && !s.boiler) return true;
  }
  return false;
}

function shouldExclude(s: ElStats, rootGood: number, builderText: boolean): boolean {
  if (s.textLen === 0) return false;
  const heading = HEADING_TAGS.has(s.tag);
  // Boilerplate-named or boilerplate tags, unless they hold a large part of the article's content.
  if (s.boiler && !(builderText && s.weakBoiler)) {
    // A comment-named wrapper around (nearly) the whole root is a layout box ("a2commentwrap" around the story
    // and its comments): look inside it instead.
    if (s.classId && COMMENTS.test(s.classId)) return s.goodRaw < 0.9 * rootGood;
    if (s.goodRaw < 0.4 * rootGood) return true;
  }
  // A <time> on its own (a dateline, "03.04.2020" under the headline) is metadata; inside a sentence it stays.
  if (s.tag === 'TIME' && !(s.parent && s.parent.textLen >= 100 && PROSE_PARENTS.has(s.parent.tag))) return true;
  if (!BLOCK_TAGS.has(s.tag)) return false;
  // "Lesen Sie auch: ..." / "Read more" teasers, lone ad labels, dates and reading times on their own line.
  // Judged on the block's own leading text (collected by the walk): reading the subtree's text here would
  // make deep pages quadratic.
  if (s.textLen < 300 && s.goodClean < 200 && s.lead && (TEASER_TEXT.test(s.lead) || META_LINE.test(s.lead) || FURNITURE_TEXT.test(s.lead))) return true;
  if (s.textLen < 80 && s.lead && s.lead.length === s.textLen && DATE_ONLY.test(s.lead)) return true;
  // A promotion box: a call-to-action link with a line or two of pitch, no paragraph of the story.
  if (s.ctaLinks > 0 && s.textLen < TUNING.maxPromoChars && s.goodClean < 0.5 * s.textLen) return true;
  if (heading) return TUNING.excludeLinkedHeadings > 0 && s.linkLen >= 0.8 * s.textLen && s.tag !== 'H1';
  if (s.tag === 'FIGCAPTION' && TUNING.excludeCaptions) return true;
  // Link lists: mostly link text and no real paragraph of their own.
  // A paragraph or list item that opens with a long link is still prose; only containers become link lists.
  const limit = s.tag === 'P' || s.tag === 'LI' ? TUNING.excludeParagraphLinkDensity : TUNING.excludeLinkDensity;
  if (s.linkLen / s.textLen > limit && s.goodClean < 200) return true;
  return false;
}
