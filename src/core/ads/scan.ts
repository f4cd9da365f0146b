// One walk over <body>: per element the aggregated text size, vocabulary masks, media and prose counts, and the
// direct signals (ad slots, id/class tokens, labels, redirect links). Iterative, so 10,000 nested divs are fine.
import { brokerCount, countText, disclaimerCount, normalizeLabel, popcount } from './text-signals';
import { LABEL_WORDS } from './vocab';
import { BLOCK_TAGS } from '../text';
import { directSignal, type DirectSignal } from './element-signals';

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'MATH', 'OBJECT', 'TEXTAREA', 'SELECT', 'HEAD']);
const MEDIA = new Set(['IMG', 'IFRAME', 'INS', 'VIDEO', 'PICTURE', 'EMBED', 'CANVAS', 'AMP-AD', 'AMP-IMG']);
/** A text node at least this long (and with a few words) counts as readable text the guard protects. */
const PROSE_MIN = 25;
const SMALL_TEXT = 40;
/** At least three words with letters: enough to tell prose from codes and numbers; no regex backtracking. */
function threeWords(text: string): boolean {
  const t = text.trim().slice(0, 200).replace(/\s+/g, ' ');
  const a = t.indexOf(' ');
  if (a <= 0) return false;
  const b = t.indexOf(' ', a + 2);
  return b > a + 1 && b < t.length - 1 && /[A-Za-z\u00c0-\u024f]/.test(t.slice(0, 60));
}
const HEADINGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);
/** Blocks longer than this are never taken for ad copy, whatever words they hold. */
const AD_COPY_MAX = 1500;

export interface Scan {
  els: Element[];
  index: Map<Element, number>;
  parent: Int32Array;
  tags: string[];
  textLen: Int32Array;
  lev: Int32Array;
  org: Int32Array;
  cta: Int32Array;
  wkn: Int32Array;
  ka: Int32Array;
  media: Int32Array;
  links: Int32Array;
  /** Chars of readable, non-ad-like text inside the article root (everywhere when the root is unknown). */
  proseIn: Int32Array;
  /** Chars of readable, non-ad-like text outside the article root. */
  proseOut: Int32Array;
  isLabel: Uint8Array;
  /** Label elements in the subtree. */
  labelsIn: Int32Array;
  /** Element children. */
  kids: Int32Array;
  /** 1 = the article root, 2 = an ancestor of it. */
  rootMark: Uint8Array;
  signals: DirectSignal[];
  /** Elements whose own short text is a label word. */
  labels: number[];
  /** Text of elements with at most 40 characters of text, else null. */
  small: (string | null)[];
}

export function scanBody(body: Element, root: Element | null, excluded: ReadonlySet<Element>): Scan {
  const els: Element[] = [];
  const index = new Map<Element, number>();
  const parentArr: number[] = [];
  const tags: string[] = [];
  const small: (string | null)[] = [];
  const inRoot: number[] = [];
  const signals: DirectSignal[] = [];
  // Plain arrays while walking (the element count is unknown up front), typed arrays in the result.
  const textLen: number[] = [];
  const lev: number[] = [];
  const org: number[] = [];
  const cta: number[] = [];
  const wkn: number[] = [];
  const ka: number[] = [];
  const media: number[] = [];
  const links: number[] = [];
  const proseIn: number[] = [];
  const proseOut: number[] = [];
  const isLabel: number[] = [];
  const labelsIn: number[] = [];
  const ownIn: number[] = [];
  const ownOut: number[] = [];
  const kids: number[] = [];
  const rootKnown = !!root && !['BODY', 'HTML'].includes(root.tagName.toUpperCase());

  const enter = (el: Element, p: number, tag: string): number => {
    const i = els.length;
    els.push(el);
    index.set(el, i);
    parentArr.push(p);
    tags.push(tag);
    small.push('');
    textLen.push(0); lev.push(0); org.push(0); cta.push(0); wkn.push(0); ka.push(0);
    media.push(MEDIA.has(tag) ? 1 : 0);
    links.push(tag === 'A' && el.hasAttribute('href') ? 1 : 0);
    proseIn.push(0); proseOut.push(0); isLabel.push(0); labelsIn.push(0); kids.push(0); ownIn.push(0); ownOut.push(0);
    if (p >= 0) kids[p]!++;
    // 0 = outside the root, 1 = inside, 2 = inside but excluded by the article detector (not article text).
    const pr = p < 0 ? 0 : inRoot[p]!;
    inRoot.push(el === root ? 1 : pr === 1 && excluded.has(el) ? 2 : pr);
    const s = directSignal(el, tag, i);
    if (s) signals.push(s);
    return i;
  };

  const onText = (data: string, p: number) => {
    const len = data.trim().length;
    if (!len) return;
    textLen[p]! += len;
    const sm = small[p];
    if (sm !== null && sm !== undefined) small[p] = sm.length + len <= SMALL_TEXT ? sm + data : null;
    const c = countText(data);
    if (c) {
      lev[p]! |= c.lev; org[p]! |= c.org; cta[p]! |= c.cta; wkn[p]! += c.wkn; ka[p]! += c.ka;
    }
    if (len >= PROSE_MIN && threeWords(data)) {
      // Pending until the enclosing block is complete: its words decide whether this is ad copy.
      const where = inRoot[p]!;
      if (!rootKnown || where === 1) ownIn[p]! += len;
      else if (where === 0) ownOut[p]! += len;
    }
  };

  const leave = (i: number) => {
    const sm = small[i];
    if (sm && textLen[i]! > 0 && media[i] === 0) {
      const norm = normalizeLabel(sm);
      if (LABEL_WORDS.has(norm) || LABEL_WORDS.has([...norm].reverse().join(''))) isLabel[i] = 1;
    }
    labelsIn[i]! += isLabel[i]!;
    const p = parentArr[i]!;
    // Headings of the article are article text however short they are.
    if (rootKnown && inRoot[i] === 1 && HEADINGS.has(tags[i]!) && ownIn[i] === 0) ownIn[i] = textLen[i]!;
    if (!BLOCK_TAGS.has(tags[i]!) && p >= 0) {
      ownIn[p]! += ownIn[i]!;
      ownOut[p]! += ownOut[i]!;
    } else if (!(textLen[i]! <= AD_COPY_MAX && adLikeBlock(lev[i]!, org[i]!, cta[i]!, ka[i]!, wkn[i]!))) {
      proseIn[i]! += ownIn[i]!;
      proseOut[i]! += ownOut[i]!;
    }
    if (p < 0) return;
    textLen[p]! += textLen[i]!;
    lev[p]! |= lev[i]!; org[p]! |= org[i]!; cta[p]! |= cta[i]!;
    wkn[p]! += wkn[i]!; ka[p]! += ka[i]!; media[p]! += media[i]!; links[p]! += links[i]!;
    proseIn[p]! += proseIn[i]!; proseOut[p]! += proseOut[i]!; labelsIn[p]! += labelsIn[i]!;
    const ps = small[p];
    if (ps !== null && ps !== undefined) {
      small[p] = sm === null || ps.length + (sm?.length ?? 0) > SMALL_TEXT ? null : ps + ' ' + sm;
    }
  };

  const bodyIdx = enter(body, -1, 'BODY');
  let cur: Node | null = body.firstChild;
  let curParent = bodyIdx;
  for (;;) {
    if (cur) {
      if (cur.nodeType === 1) {
        const el = cur as Element;
        const tag = el.tagName.toUpperCase();
        if (!SKIP.has(tag)) {
          const i = enter(el, curParent, tag);
          if (el.firstChild) {
            curParent = i;
            cur = el.firstChild;
            continue;
          }
          leave(i);
        }
      } else if (cur.nodeType === 3) {
        onText((cur as Text).data, curParent);
      }
      cur = cur.nextSibling;
    } else {
      if (curParent === bodyIdx) break;
      const done = curParent;
      leave(done);
      cur = els[done]!.nextSibling;
      curParent = parentArr[done]!;
    }
  }
  leave(bodyIdx);

  const n = els.length;
  const i32 = (a: number[]) => Int32Array.from(a);
  const rootMark = new Uint8Array(n);
  if (root) {
    let r = index.get(root);
    if (r !== undefined) rootMark[r] = 1;
    while (r !== undefined && r >= 0) {
      r = parentArr[r]!;
      if (r >= 0) rootMark[r] = 2;
    }
  }
  const labels: number[] = [];
  for (let i = 0; i < n; i++) if (isLabel[i] && (parentArr[i]! < 0 || !isLabel[parentArr[i]!])) labels.push(i);
  return {
    els, index, parent: i32(parentArr), tags, textLen: i32(textLen), lev: i32(lev), org: i32(org), cta: i32(cta),
    wkn: i32(wkn), ka: i32(ka), media: i32(media), links: i32(links), proseIn: i32(proseIn), proseOut: i32(proseOut),
    isLabel: Uint8Array.from(isLabel), labelsIn: i32(labelsIn), kids: i32(kids), rootMark, signals, labels, small,
  };
}

/** A block whose words read like an ad or its small print, so the guard does not protect it as article prose. */
export function adLikeBlock(lev: number, org: number, cta: number, ka: number, wkn: number): boolean {
  // Small print names several of its documents, or the products' codes; an article explaining them does neither.
  const d = disclaimerCount(lev);
  if (d >= 3 || (d >= 2 && wkn >= 1)) return true;
  if (brokerCount(org) >= 1 && cta) return true;
  if (popcount(cta) >= 2) return true;
  return ka >= 3;
}
