// The article's text, exactly as `buildTextIndex(root, excluded).text` gives it (the content script maps
// offsets with that function, so the two must agree character for character), but without asking the DOM
// again what the walk already knows: an element is skipped (script, hidden, aria-hidden...) exactly when
// the walk left it out of `scan.stats`. Attribute reads are the slow part of linkedom on 1 MB pages.
import { BLOCK_TAGS, buildTextIndex } from '../text';
import { TUNING } from './patterns';
import type { ElStats, PageScan } from './walk';

const WS = /[\s\u00a0]+/g;

export function articleText(root: ElStats, excluded: ReadonlySet<Element>, scan: PageScan, revealed: boolean): string {
  // A revealed scan keeps `hidden` elements that the text index skips; a capped scan misses elements.
  if (revealed || scan.order.length >= TUNING.maxElements) return buildTextIndex(root.el, excluded).text;
  const parts: string[] = [];
  let length = 0;
  let pendingSpace = false;
  let pendingBreak = false;
  const stats = scan.stats;
  const rootEl = root.el;
  const blockOf = (el: Element): boolean => BLOCK_TAGS.has(stats.get(el)!.tag);

  // buildTextIndex reads nodes below depth 2001 flat: there a block starts a line but does not end one.
  const FLAT_DEPTH = 2002;
  let depth = 0;
  let node: Node | null = rootEl;
  outer: while (node) {
    let descend = false;
    if (node.nodeType === 3) {
      const raw = (node as Text).data;
      if (raw) {
        const collapsed = raw.replace(WS, ' ');
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
      const el = node as Element;
      if (stats.has(el) && !excluded.has(el)) {
        if (blockOf(el)) pendingBreak = true;
        descend = true;
      }
    }
    if (descend && node.firstChild) {
      node = node.firstChild;
      depth++;
      continue;
    }
    if (descend && blockOf(node as Element)) pendingBreak = true; // an empty block still ends a line
    // Next: the sibling, or climb up, closing each block on the way.
    while (node) {
      if (node === rootEl) break outer;
      if (node.nextSibling) {
        node = node.nextSibling;
        continue outer;
      }
      node = node.parentNode;
      depth--;
      if (node && depth < FLAT_DEPTH && node.nodeType === 1 && blockOf(node as Element)) pendingBreak = true;
    }
  }
  return parts.join('');
}
