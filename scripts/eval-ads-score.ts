// Scoring of one annotated page (rules of ../shared/corpus/ads/README.md): reference elements re-selected on
// the annotated DOM, recall, top-level hidden, overlap, snippet damage and hidden text share.

const NOT_COUNTED = new Set(['SCRIPT', 'STYLE', 'LINK', 'META', 'NOSCRIPT', 'TEMPLATE', 'TITLE', 'BASE']);
const TEXT_SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'OBJECT', 'SVG', 'MATH', 'TEXTAREA', 'SELECT']);
const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'BR', 'CAPTION', 'DD', 'DETAILS', 'DIALOG', 'DIV', 'DL', 'DT',
  'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'HTML',
  'LEGEND', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH',
  'THEAD', 'TR', 'UL', 'OPTION',
]);
const ATTR = 'data-finlens-hide';

export const normalize = (s: string): string =>
  s.normalize('NFC').replace(/[\u00ad\u200b-\u200d\u2060\ufeff]/g, '').replace(/\s+/g, ' ').trim();

/** Body text, blocks as word boundaries; with `dropHidden`, hidden subtrees are left out. Iterative walk. */
export function pageText(body: Element | null, dropHidden: boolean): string {
  if (!body) return '';
  const parts: string[] = [];
  const stack: (Node | null)[] = [body];
  while (stack.length) {
    const n = stack.pop()!;
    if (n === null) {
      parts.push(' ');
      continue;
    }
    if (n.nodeType === 3) {
      parts.push((n as Text).data);
      continue;
    }
    if (n.nodeType !== 1) continue;
    const el = n as Element;
    const tag = el.tagName.toUpperCase();
    if (TEXT_SKIP.has(tag)) continue;
    const block = BLOCK.has(tag);
    if (dropHidden && el.hasAttribute(ATTR)) {
      parts.push(' ');
      continue;
    }
    if (block) {
      parts.push(' ');
      stack.push(null);
    }
    const kids = el.childNodes;
    for (let k = kids.length - 1; k >= 0; k--) stack.push(kids[k]!);
  }
  return normalize(parts.join(''));
}

function counted(el: Element, body: Element): boolean {
  if (el === body || NOT_COUNTED.has(el.tagName.toUpperCase())) return false;
  for (let p = el.parentElement; p && p !== body; p = p.parentElement) if (p.tagName.toUpperCase() === 'TEMPLATE') return false;
  for (let p = el.parentElement; p; p = p.parentElement) if (p === body) return true;
  return false;
}

function topLevel(els: Set<Element>): Element[] {
  return [...els].filter((el) => {
    for (let p = el.parentElement; p; p = p.parentElement) if (els.has(p)) return false;
    return true;
  });
}

const hiddenOrInside = (el: Element): boolean => {
  for (let p: Element | null = el; p; p = p.parentElement) if (p.hasAttribute(ATTR)) return true;
  return false;
};

const describe = (el: Element): string => {
  const id = el.getAttribute('id');
  const cls = (el.getAttribute('class') ?? '').trim().split(/\s+/).slice(0, 3).join('.');
  return `${el.tagName.toLowerCase()}${id ? '#' + id : ''}${cls ? '.' + cls : ''}`;
};

export interface PageScore {
  id: string;
  ref: number;
  topLevelExpected: number;
  refRecount: number;
  found: number;
  missed: string[];
  hidden: number;
  top: number;
  overlapTop: number;
  /** Top-level hidden per reason: [count, overlapping a reference element]. */
  reasons: Record<string, [number, number]>;
  /** Top-level hidden blocks that overlap no reference element (for reading, not necessarily wrong). */
  extra: string[];
  located: number;
  damaged: { snippet: string; by: string }[];
  hidChars: number;
  chars: number;
}

export function scorePage(
  doc: Document,
  ref: { id: string; selectors: string[]; topLevel: number },
  snippets: string[],
  fullText: string,
): PageScore {
  const body = doc.body;
  const refSet = new Set<Element>();
  for (const sel of ref.selectors) {
    try {
      for (const el of doc.querySelectorAll(sel)) if (counted(el, body)) refSet.add(el);
    } catch {
      /* a selector linkedom cannot run: reported through the recount difference */
    }
  }
  const refs = topLevel(refSet);
  const found = refs.filter(hiddenOrInside);
  const hiddenAll = new Set([...doc.querySelectorAll(`[${ATTR}]`)]);
  const top = topLevel(hiddenAll);
  const overlaps = (h: Element) => refs.some((r) => r === h || h.contains(r) || r.contains(h));
  const overlapTop = top.filter(overlaps).length;
  const reasons: Record<string, [number, number]> = {};
  const extra: string[] = [];
  for (const h of top) {
    const r = (h.getAttribute(ATTR) ?? '').split(/[: #]/)[0]!;
    const o = overlaps(h);
    const entry = (reasons[r] ??= [0, 0]);
    entry[0]++;
    if (o) entry[1]++;
    else extra.push(`${describe(h)} [${h.getAttribute(ATTR)}] "${normalize(h.textContent ?? '').slice(0, 60)}"`);
  }
  const kept = pageText(body, true);
  const located = snippets.map(normalize).filter((s) => s && fullText.includes(s));
  const damaged = located
    .filter((s) => !kept.includes(s))
    .map((snippet) => ({
      snippet,
      by: top.filter((h) => normalize(h.textContent ?? '').includes(snippet.slice(0, 30))).map((h) => `${describe(h)} (${h.getAttribute(ATTR)})`).join(', ') || '?',
    }));
  return {
    id: ref.id,
    ref: refs.length,
    topLevelExpected: ref.topLevel,
    refRecount: refs.length,
    found: found.length,
    missed: refs.filter((r) => !hiddenOrInside(r)).map(describe),
    hidden: hiddenAll.size,
    top: top.length,
    overlapTop,
    reasons,
    extra,
    located: located.length,
    damaged,
    hidChars: Math.max(0, fullText.length - kept.length),
    chars: fullText.length,
  };
}
