// Short boxes after the story's main text container: the body of most pages sits in one container that holds
// nearly all of the root's paragraphs; short blocks the root holds after that container (an author line, a
// sign-up prompt, a promotion, a legal line) are page furniture, not the story's continuation. Inside that
// container, boxes after its last paragraph go too, and so do short boxes above it without paragraph or heading.
import type { ElStats, PageScan } from './walk';

/** Share of the root's paragraph text the main container must hold. */
const MAIN_SHARE = 0.85;
/** A box after the main container longer than this may be the story going on. */
const MAX_TAIL_BOX_CHARS = 700;

/** The chain of elements from the root down to the innermost one that still holds MAIN_SHARE of the
 *  root's paragraph text (empty when no child of the root does). */
function mainContainer(root: ElStats, scan: PageScan, excluded: ReadonlySet<Element>): ElStats[] {
  const path: ElStats[] = [];
  const want = MAIN_SHARE * root.goodClean;
  let cur = root;
  for (;;) {
    let next: ElStats | null = null;
    for (let c = cur.el.firstElementChild; c; c = c.nextElementSibling) {
      const s = scan.stats.get(c);
      if (s && !excluded.has(c) && s.goodClean >= want) next = s;
    }
    if (!next) return path;
    path.push(next);
    cur = next;
  }
}

/** A box above the main container without a paragraph or heading and shorter than this is a byline, a
 *  reading time or a category line, not the story's beginning (a lead is a paragraph, a title a heading). */
const MAX_HEAD_BOX_CHARS = 200;

/** Inside the main container, only boxes go: a closing paragraph or list is the story's last word. */
const BOX_TAGS = new Set(['DIV', 'SECTION', 'ASIDE', 'FIGURE', 'TABLE', 'FORM']);
/** Paragraph text that makes a child of the main container part of the story. */
const MIN_STORY_CHILD = 100;
/** A box after the story's last paragraph inside the main container longer than this may still be story. */
const MAX_INNER_BOX_CHARS = 400;

/** Inside the main container: boxes (not paragraphs) after its last child with a real paragraph, such as a
 *  "read our guide" note, a sign-up box or a licence line that the site put inside the body container. */
function dropInnerTail(main: ElStats, scan: PageScan, excluded: Set<Element>): void {
  let last = -1;
  const kids: ElStats[] = [];
  for (let c = main.el.firstElementChild; c; c = c.nextElementSibling) {
    const s = scan.stats.get(c);
    if (!s || excluded.has(c)) continue;
    kids.push(s);
    if (s.goodClean >= MIN_STORY_CHILD) last = kids.length - 1;
  }
  for (let k = last + 1; k < kids.length; k++) {
    const s = kids[k];
    if (last >= 0 && BOX_TAGS.has(s.tag) && s.textLen > 0 && s.textLen < MAX_INNER_BOX_CHARS) excluded.add(s.el);
  }
}

export function dropTail(root: ElStats, scan: PageScan, excluded: Set<Element>): void {
  if (root.goodClean <= 0) return;
  const path = mainContainer(root, scan, excluded);
  if (!path.length) return;
  const main = path[path.length - 1];
  dropInnerTail(main, scan, excluded);
  const parents = [root, ...path.slice(0, -1)];
  for (const p of parents) {
    for (let c = p.el.firstElementChild; c; c = c.nextElementSibling) {
      const s = scan.stats.get(c);
      if (s && s.end <= main.index && s.textLen > 0 && s.textLen < MAX_HEAD_BOX_CHARS && s.goodRaw === 0 && s.headingLen === 0) {
        excluded.add(c);
        continue;
      }
      // Before the main container's end: the path to it, or what stands above it.
      if (!s || s.index < main.end || s.textLen === 0 || excluded.has(c)) continue;
      if (s.textLen < MAX_TAIL_BOX_CHARS) excluded.add(c);
    }
  }
}
