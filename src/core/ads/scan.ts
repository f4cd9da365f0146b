// One walk over <body>: per element the aggregated text size, vocabulary masks, media and prose counts, and the
// direct signals (ad slots, id/class tokens, labels, redirect links). The walk does not need the article, so the
// content script can run it in slices before the article is known; `scanFromWalk` then adds the article's part.
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

/** The part of the scan that does not depend on the article: one walk over <body>, resumable between tasks. */
export interface BodyWalk {
  readonly body: Element;
  /** Walks on until done or until `yieldNow()` (asked every 16 nodes) says to stop. Returns done. */
  step(yieldNow?: () => boolean): boolean;
  readonly done: boolean;
}

interface WalkData {
  els: Element[];
  index: Map<Element, number>;
  parent: number[];
  tags: string[];
  small: (string | null)[];
  signals: DirectSignal[];
  textLen: number[]; lev: number[]; org: number[]; cta: number[]; wkn: number[]; ka: number[];
  media: number[]; links: number[]; isLabel: number[]; labelsIn: number[]; kids: number[];
  /** Chars of readable text in the element's own text nodes (inside or outside the article is decided later). */
  ownProse: number[];
}

const walkData = new WeakMap<BodyWalk, WalkData>();
// Asked often: on a cold page the first nodes also pay for compiling the signal code, and a slice should not
// overshoot its budget by much (performance.now() costs far less than one node).
const CHECK_EVERY = 16;

/** Starts the walk over `body`. Nothing is read until `step`. */
export function startBodyWalk(body: Element): BodyWalk {
  const d: WalkData = {
    els: [], index: new Map(), parent: [], tags: [], small: [], signals: [],
    textLen: [], lev: [], org: [], cta: [], wkn: [], ka: [], media: [], links: [], isLabel: [], labelsIn: [], kids: [], ownProse: [],
  };
  const { els, index, parent, tags, small, signals, textLen, lev, org, cta, wkn, ka, media, links, isLabel, labelsIn, kids, ownProse } = d;

  const enter = (el: Element, p: number, tag: string): number => {
    const i = els.length;
    els.push(el);
    index.set(el, i);
    parent.push(p);
    tags.push(tag);
    small.push('');
    textLen.push(0); lev.push(0); org.push(0); cta.push(0); wkn.push(0); ka.push(0);
    media.push(MEDIA.has(tag) ? 1 : 0);
    links.push(tag === 'A' && el.hasAttribute('href') ? 1 : 0);
    isLabel.push(0); labelsIn.push(0); kids.push(0); ownProse.push(0);
    if (p >= 0) kids[p]!++;
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
    // Pending until the article is known and the enclosing block is complete (its words decide ad copy).
    if (len >= PROSE_MIN && threeWords(data)) ownProse[p]! += len;
  };

  const leave = (i: number) => {
    const sm = small[i];
    if (sm && textLen[i]! > 0 && media[i] === 0) {
      const norm = normalizeLabel(sm);
      if (LABEL_WORDS.has(norm) || LABEL_WORDS.has([...norm].reverse().join(''))) isLabel[i] = 1;
    }
    labelsIn[i]! += isLabel[i]!;
    const p = parent[i]!;
    if (p < 0) return;
    textLen[p]! += textLen[i]!;
    lev[p]! |= lev[i]!; org[p]! |= org[i]!; cta[p]! |= cta[i]!;
    wkn[p]! += wkn[i]!; ka[p]! += ka[i]!; media[p]! += media[i]!; links[p]! += links[i]!;
    labelsIn[p]! += labelsIn[i]!;
    const ps = small[p];
    if (ps !== null && ps !== undefined) {
      small[p] = sm === null || ps.length + (sm?.length ?? 0) > SMALL_TEXT ? null : ps + ' ' + sm;
    }
  };

  const bodyIdx = enter(body, -1, 'BODY');
  let cur: Node | null = body.firstChild;
  let curParent = bodyIdx;
  let done = false;
  const walk: BodyWalk = {
    body,
    get done() {
      return done;
    },
    step(yieldNow) {
      // Iterative, so 10,000 nested divs are fine. A page that changes between two steps is walked as it is
      // then; the content script analyses again once the page has settled. The position lives in locals while
      // walking (closure variables are slower in the hot loop) and is saved when the step yields.
      if (done) return true;
      let node = cur;
      let at = curParent;
      let n = 0;
      for (;;) {
        if (yieldNow && ++n % CHECK_EVERY === 0 && yieldNow()) {
          cur = node;
          curParent = at;
          return false;
        }
        if (node) {
          if (node.nodeType === 1) {
            const el = node as Element;
            const tag = el.tagName.toUpperCase();
            if (!SKIP.has(tag)) {
              const i = enter(el, at, tag);
              if (el.firstChild) {
                at = i;
                node = el.firstChild;
                continue;
              }
              leave(i);
            }
          } else if (node.nodeType === 3) {
            onText((node as Text).data, at);
          }
          node = node.nextSibling;
        } else if (at === bodyIdx) {
          leave(bodyIdx);
          done = true;
          cur = null;
          return true;
        } else {
          const finished = at;
          leave(finished);
          node = els[finished]!.nextSibling;
          at = parent[finished]!;
        }
      }
    },
  };
  walkData.set(walk, d);
  return walk;
}

/**
 * The scan of a finished walk for an article root: which readable text is article prose and which lies outside,
 * one pass over the arrays (no DOM walk). Children have larger pre-order indices than their parent, so going
 * from the last index down completes every element's children before the element itself.
 */
export function scanFromWalk(walk: BodyWalk, root: Element | null, excluded: ReadonlySet<Element>): Scan {
  if (!walk.done) walk.step();
  const d = walkData.get(walk)!;
  const { els, index, parent, tags, textLen, lev, org, cta, ka, wkn, ownProse } = d;
  const n = els.length;
  const rootKnown = !!root && !['BODY', 'HTML'].includes(root.tagName.toUpperCase());
  // 0 = outside the root, 1 = inside, 2 = inside but excluded by the article detector (not article text).
  const inRoot = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const p = parent[i]!;
    const pr = p < 0 ? 0 : inRoot[p]!;
    inRoot[i] = els[i] === root ? 1 : pr === 1 && excluded.has(els[i]!) ? 2 : pr;
  }
  const ownIn = new Int32Array(n);
  const ownOut = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    if (!rootKnown || inRoot[i] === 1) ownIn[i] = ownProse[i]!;
    else if (inRoot[i] === 0) ownOut[i] = ownProse[i]!;
  }
  const proseIn = new Int32Array(n);
  const proseOut = new Int32Array(n);
  for (let i = n - 1; i >= 0; i--) {
    const p = parent[i]!;
    // Headings of the article are article text however short they are.
    if (rootKnown && inRoot[i] === 1 && HEADINGS.has(tags[i]!) && ownIn[i] === 0) ownIn[i] = textLen[i]!;
    if (!BLOCK_TAGS.has(tags[i]!) && p >= 0) {
      ownIn[p]! += ownIn[i]!;
      ownOut[p]! += ownOut[i]!;
    } else if (!(textLen[i]! <= AD_COPY_MAX && adLikeBlock(lev[i]!, org[i]!, cta[i]!, ka[i]!, wkn[i]!))) {
      proseIn[i]! += ownIn[i]!;
      proseOut[i]! += ownOut[i]!;
    }
    if (p < 0) continue;
    proseIn[p]! += proseIn[i]!;
    proseOut[p]! += proseOut[i]!;
  }

  const i32 = (a: number[]) => Int32Array.from(a);
  const rootMark = new Uint8Array(n);
  if (root) {
    let r = index.get(root);
    if (r !== undefined) rootMark[r] = 1;
    while (r !== undefined && r >= 0) {
      r = parent[r]!;
      if (r >= 0) rootMark[r] = 2;
    }
  }
  const labels: number[] = [];
  for (let i = 0; i < n; i++) if (d.isLabel[i] && (parent[i]! < 0 || !d.isLabel[parent[i]!])) labels.push(i);
  return {
    els, index, parent: i32(parent), tags, textLen: i32(textLen), lev: i32(lev), org: i32(org), cta: i32(cta),
    wkn: i32(wkn), ka: i32(ka), media: i32(d.media), links: i32(d.links), proseIn, proseOut,
    isLabel: Uint8Array.from(d.isLabel), labelsIn: i32(d.labelsIn), kids: i32(d.kids), rootMark, signals: d.signals, labels,
    small: d.small,
  };
}

/** The whole scan in one go. */
export function scanBody(body: Element, root: Element | null, excluded: ReadonlySet<Element>): Scan {
  return scanFromWalk(startBodyWalk(body), root, excluded);
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
