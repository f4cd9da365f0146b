// The article's text, exactly as `buildTextIndex(root, excluded).text` gives it (the content script maps
// offsets with that function, so the two must agree character for character), but without asking the DOM
// again what the walk already knows: an element is skipped (script, hidden, aria-hidden...) exactly when
// the walk left it out of `scan.stats`. Attribute reads are the slow part of linkedom on 1 MB pages.
import { BLOCK_TAGS, buildTextIndex } from '../text';
import { TUNING } from './patterns';
import type { ElStats, PageScan } from './walk';

const WS = /[\s\u00a0]+/g;
/** Whitespace other than a lone space: only such text needs collapsing (most text nodes don't). */
const NEEDS_COLLAPSE = /[^\S ]| {2}/;

export function articleText(root: ElStats, excluded: ReadonlySet<Element>, scan: PageScan, revealed: boolean): string {
  // A revealed scan keeps `hidden` elements that the text index skips; a capped scan misses elements.
  if (revealed || scan.order.length >= TUNING.maxElements) return buildTextIndex(root.el, excluded).text;
  const parts: string[] = [];
  let length = 0;
  let pendingSpace = false;
  let pendingBreak = false;
  const stats = scan.stats;
  const rootEl = root.el;
  // Block flags of the open elements, innermost last: closing an element needs no second map lookup.
  const openBlocks: boolean[] = [];

  // buildTextIndex reads nodes below depth 2001 flat: there a block starts a line but does not end one.
  const FLAT_DEPTH = 2002;
  let depth = 0;
  let node: Node | null = rootEl;
  outer: while (node) {
    let descend = false;
    let block = false;
    if (node.nodeType === 3) {
      const raw = (node as Text).data;
      if (raw) {
        const collapsed = NEEDS_COLLAPSE.test(raw) ? raw.replace(WS, ' ') : raw;
        const core = collapsed.trim();
        if (collapsed.charCodeAt(0) === 32) pendingSpace = true;
        if (!core) {
          if (collapsed === ' ') pendingSpace = true;
        } else {
          if (length === 0) pendingBreak = pendingSpace = false;
          else if (pendingBreak || pendingSpace) {
            parts.push(pendingBreak ? '\n' : ' ');
            length++;
            pendingBreak = pendingSpace = false;
          }
          parts.push(core);
          length += core.length;
          if (collapsed.length > 1 && collapsed.charCodeAt(collapsed.length - 1) === 32) pendingSpace = true;
        }
      }
    } else if (node.nodeType === 1) {
      const s = stats.get(node as Element);
      // A walked <head> (content the parser left there) is still skipped by buildTextIndex.
      if (s !== undefined && !excluded.has(s.el) && s.tag !== 'HEAD') {
        block = BLOCK_TAGS.has(s.tag);
        if (block) pendingBreak = true;
        descend = true;
      }
    }
    if (descend) {
      const first: Node | null = node.firstChild;
      if (first) {
        openBlocks.push(block);
        node = first;
        depth++;
        continue;
      }
      if (block) pendingBreak = true; // an empty block still ends a line
    }
    // Next: the sibling, or climb up, closing each block on the way.
    while (node) {
      if (node === rootEl) break outer;
      const next: Node | null = node.nextSibling;
      if (next) {
        node = next;
        continue outer;
      }
      node = node.parentNode;
      depth--;
      if (openBlocks.pop() && depth < FLAT_DEPTH) pendingBreak = true;
    }
  }
  return parts.join('');
}
