// Short boxes after the story's main text container: the body of most pages sits in one container that holds
// nearly all of the root's paragraphs; short blocks the root holds after that container (an author line, a
// sign-up prompt, a promotion, a legal line) are page furniture, not the story's continuation.
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

export function dropTail(root: ElStats, scan: PageScan, excluded: Set<Element>): void {
  if (root.goodClean <= 0) return;
  const path = mainContainer(root, scan, excluded);
  if (!path.length) return;
  const main = path[path.length - 1];
  const parents = [root, ...path.slice(0, -1)];
  for (const p of parents) {
    for (let c = p.el.firstElementChild; c; c = c.nextElementSibling) {
      const s = scan.stats.get(c);
      // Before the main container's end: the path to it, or what stands above it.
      if (!s || s.index < main.end || s.textLen === 0 || excluded.has(c)) continue;
      if (s.textLen < MAX_TAIL_BOX_CHARS) excluded.add(c);
    }
  }
}
