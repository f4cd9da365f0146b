// Block-aware text of a subtree, with a map from text offsets back to DOM text nodes.
// The article text, the entity offsets and the highlights in the page all come from this one walk, so an
// offset found by the recogniser always lands on the same characters in the live page.

const SKIP_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'OBJECT', 'EMBED', 'SVG', 'MATH', 'CANVAS',
  'TEXTAREA', 'SELECT', 'BUTTON', 'INPUT', 'VIDEO', 'AUDIO', 'HEAD', 'TITLE', 'META', 'LINK',
]);

export const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'BR', 'CAPTION', 'DD', 'DETAILS', 'DIALOG', 'DIV', 'DL', 'DT',
  'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'HTML',
  'LEGEND', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH',
  'THEAD', 'TR', 'UL',
]);

export interface TextSegment {
  node: Text;
  /** Offset in the output text where this node's first kept character sits. */
  start: number;
  end: number;
}

export interface TextIndex {
  text: string;
  segments: TextSegment[];
}

/** Upper-case tag names by local name. linkedom builds `tagName` with toUpperCase on every read, and the
 *  walks read it once per element: on a 1 MB page that alone cost several milliseconds. */
const UPPER_TAGS = new Map<string, string>();

export function tagOf(node: Node): string {
  if (node.nodeType !== 1) return '';
  const local = (node as Element).localName;
  if (!local) return (node as Element).tagName.toUpperCase();
  let tag = UPPER_TAGS.get(local);
  if (tag === undefined) {
    tag = local.toUpperCase();
    // Bounded: custom elements are unlimited in number.
    if (UPPER_TAGS.size < 4096) UPPER_TAGS.set(local, tag);
  }
  return tag;
}

/** True for elements whose content never counts as readable text. */
export function isSkippedElement(el: Element): boolean {
  const tag = tagOf(el);
  if (SKIP_TAGS.has(tag)) return true;
  if (el.hasAttribute('hidden')) return true;
  const aria = el.getAttribute('aria-hidden');
  return aria === 'true' && tag !== 'BODY' && tag !== 'HTML';
}

/**
 * Walks `root` in document order and returns its text with whitespace collapsed, one block per line.
 * Elements in `excluded` (and their subtrees) are left out. Never mutates the DOM.
 */
export function buildTextIndex(root: Node, excluded: ReadonlySet<Element> = new Set()): TextIndex {
  const parts: string[] = [];
  const segments: TextSegment[] = [];
  let length = 0;
  // 'start' | 'space' | 'text' | 'newline': what the output ends with, to collapse whitespace lazily.
  let pendingSpace = false;
  let pendingBreak = false;

  const emit = (s: string) => {
    parts.push(s);
    length += s.length;
  };
  const flushSeparators = () => {
    if (length === 0) {
      pendingBreak = pendingSpace = false;
      return;
    }
    if (pendingBreak) emit('\n');
    else if (pendingSpace) emit(' ');
    pendingBreak = pendingSpace = false;
  };

  const visit = (node: Node, depth: number): void => {
    if (node.nodeType === 3) {
      const raw = (node as Text).data;
      if (!raw) return;
      const collapsed = raw.replace(/[\s\u00a0]+/g, ' ');
      const leading = collapsed.startsWith(' ');
      const trailing = collapsed.endsWith(' ') && collapsed.length > 1;
      const core = collapsed.trim();
      if (leading) pendingSpace = true;
      if (!core) {
        if (collapsed === ' ') pendingSpace = true;
        return;
      }
      flushSeparators();
      segments.push({ node: node as Text, start: length, end: length + core.length });
      emit(core);
      if (trailing) pendingSpace = true;
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
    const el = node as Element;
    if (node.nodeType === 1) {
      if (excluded.has(el) || isSkippedElement(el)) return;
    }
    // Deep pages (10,000 nested divs) must not overflow the stack; past this depth text is still read, flat.
    const block = node.nodeType === 1 && BLOCK_TAGS.has(tagOf(el));
    if (block) pendingBreak = true;
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (depth > 2000) collectFlat(child);
      else visit(child, depth + 1);
    }
    if (block) pendingBreak = true;
  };

  const collectFlat = (start: Node) => {
    const doc = start.ownerDocument;
    if (!doc) return;
    const stack: Node[] = [start];
    while (stack.length) {
      const n = stack.pop()!;
      if (n.nodeType === 3) visit(n, 0);
      else if (n.nodeType === 1 && !excluded.has(n as Element) && !isSkippedElement(n as Element)) {
        if (BLOCK_TAGS.has(tagOf(n))) pendingBreak = true;
        const kids: Node[] = [];
        for (let c = n.firstChild; c; c = c.nextSibling) kids.push(c);
        for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
      }
    }
  };

  visit(root, 0);
  return { text: parts.join(''), segments };
}

/**
 * Maps an offset in `index.text` to a DOM position (text node + offset in its raw data).
 * Used by the content script to turn mention offsets into Ranges.
 */
export function domPositionAt(index: TextIndex, offset: number, preferEnd = false): { node: Text; offset: number } | null {
  const segs = index.segments;
  let lo = 0;
  let hi = segs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = segs[mid];
    const inside = preferEnd ? offset > s.start && offset <= s.end : offset >= s.start && offset < s.end;
    if (inside) return { node: s.node, offset: rawOffset(s.node.data, offset - s.start) };
    if (offset < s.start || (preferEnd && offset === s.start)) hi = mid - 1;
    else lo = mid + 1;
  }
  return null;
}

/** Offset in the raw text node data of the `collapsedOffset`-th character of its collapsed, trimmed form. */
function rawOffset(raw: string, collapsedOffset: number): number {
  let i = 0;
  while (i < raw.length && /[\s\u00a0]/.test(raw[i])) i++;
  let seen = 0;
  let inSpace = false;
  for (; i < raw.length; i++) {
    const ws = /[\s\u00a0]/.test(raw[i]);
    if (ws) {
      if (!inSpace) {
        if (seen === collapsedOffset) return i;
        seen++;
      }
      inSpace = true;
      continue;
    }
    inSpace = false;
    if (seen === collapsedOffset) return i;
    seen++;
  }
  return raw.length;
}
