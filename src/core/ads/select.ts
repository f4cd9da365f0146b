// Turns the scan into candidate blocks: labelled boxes, slots, token containers, redirect links, and blocks
// dense in leverage / broker vocabulary or full of "k.A." placeholders. Each candidate is the smallest block
// that holds the ad; wrappers that hold nothing else are taken too, so no empty frame is left behind.
import type { BlockKind } from '../types';
import type { Scan } from './scan';
import { guardOk, type Strength } from './guard';
import { brokerCount, disclaimerCount, issuerCount, strongCount, weakCount } from './text-signals';

export interface Candidate {
  i: number;
  kind: BlockKind;
  reason: string;
  strength: Strength;
}

const LABEL_BOX_MAX = 2500;
/** Wrappers are a few levels deep; a bound keeps pathological nesting linear. */
const MAX_CLIMB = 6;
/** A labelled box has a label and a few parts; a parent with more children is a column of boxes. */
const MAX_BOX_PARTS = 4;
/** The block after a free-standing label: at most this much text. */
const NEXT_MAX_TEXT = 300;
const DENSE_MAX = 1500;
const CELL = new Set(['TD', 'TH']);
/** Menu entries that lead to the publisher's advertising pages. */
const MEDIA_KIT = /^\s*(?:advertis\w*|werb\w*|anzeigen?(?:\s*schalten)?|mediadaten|media\s*kit|sponsor\w*|partner\w*)\s*$/i;
const ROWISH = new Set(['TR', 'TBODY', 'THEAD', 'TFOOT', 'TABLE']);
const INLINE = new Set(['A', 'SPAN', 'B', 'I', 'EM', 'STRONG', 'SMALL', 'FONT', 'U', 'LABEL', 'SUP', 'SUB']);

/** Kind of a block from the words in it. */
export function kindOf(scan: Scan, i: number, fallback: BlockKind = 'ad'): BlockKind {
  const lev = scan.lev[i]!;
  const org = scan.org[i]!;
  if (strongCount(lev) >= 1 && (issuerCount(org) >= 1 || weakCount(lev) >= 1)) return 'leverage';
  if (disclaimerCount(lev) >= 2) return 'leverage';
  if (brokerCount(org) >= 1 && scan.cta[i]) return 'promo';
  return fallback;
}

/** Climbs to wrappers that hold only this element (same text, one element child): they are part of the ad. */
function climbWrappers(scan: Scan, i: number, keep: Uint8Array | null): number {
  let cur = i;
  for (let steps = 0; steps < MAX_CLIMB; steps++) {
    const p = scan.parent[cur]!;
    if (p < 0 || scan.kids[p] !== 1 || scan.textLen[p] !== scan.textLen[cur] || scan.media[p] !== scan.media[cur]) break;
    if (CELL.has(scan.tags[cur]!) && ROWISH.has(scan.tags[p]!)) break;
    if (!guardOk(scan, p, 'explicit', keep)) break;
    cur = p;
  }
  return cur;
}

const isSmallLabel = (scan: Scan, i: number): boolean => scan.textLen[i]! <= 40 && scan.media[i] === 0;

function labelCandidates(scan: Scan, keep: Uint8Array | null, out: Candidate[]): void {
  const labels = [...scan.labels];
  for (const s of scan.signals) {
    if ((s.type === 'label-class' || s.type === 'label-attr') && isSmallLabel(scan, s.i) && !scan.isLabel[s.i]) labels.push(s.i);
  }
  // Slots and ad containers (not other labels): a label wrapper that is one of them is the ad itself.
  const signalled = new Set(scan.signals.filter((s) => s.type === 'slot' || s.type === 'token' || s.type === 'weak-token').map((s) => s.i));
  for (const t of labels) {
    // A label that is itself a link ("Werbung" in the footer menu) names a page, not an ad.
    if (scan.links[t]! > 0) continue;
    // Climb through wrappers that hold nothing but the label; one of them may be the (empty) slot itself.
    let top = t;
    let slot = signalled.has(t) ? t : -1;
    for (let p = scan.parent[top]!, steps = 0; steps < MAX_CLIMB && p >= 0 && scan.textLen[p]! - scan.textLen[t]! <= 3 && scan.media[p] === scan.media[t] && scan.kids[p] === 1; p = scan.parent[p]!) {
      top = p;
      steps++;
      if (signalled.has(p)) slot = p;
    }
    if (slot >= 0) {
      if (guardOk(scan, slot, 'explicit', keep)) out.push({ i: slot, kind: kindOf(scan, slot), reason: 'label', strength: 'explicit' });
      continue;
    }
    // The labelled box is the parent, when it is a box: a few parts, not a column of many boxes.
    const box = scan.parent[top]!;
    const aBox = box >= 0 && (scan.kids[box]! <= MAX_BOX_PARTS || (scan.textLen[box]! - scan.textLen[top]! <= 40 && scan.links[box]! <= 2));
    if (aBox && scan.textLen[box]! <= LABEL_BOX_MAX && guardOk(scan, box, 'explicit', keep)) {
      out.push({ i: climbWrappers(scan, box, keep), kind: kindOf(scan, box), reason: 'label', strength: 'explicit' });
      continue;
    }
    // The label sits in its own line above the ad: hide the label and the block right after it.
    const next = scan.els[top]!.nextElementSibling;
    const n = next ? (scan.index.get(next) ?? -1) : -1;
    // Only an ad-shaped neighbour: a slot, a picture or a short teaser, not the next widget of the column.
    const adShaped = n >= 0 && scan.textLen[n]! <= NEXT_MAX_TEXT && scan.links[n]! <= 3;
    if (adShaped && guardOk(scan, n, 'explicit', keep) && guardOk(scan, top, 'explicit', keep)) {
      out.push({ i: top, kind: kindOf(scan, n), reason: 'label', strength: 'explicit' });
      out.push({ i: n, kind: kindOf(scan, n), reason: 'label-next', strength: 'explicit' });
    }
  }
}

function directCandidates(scan: Scan, keep: Uint8Array | null, out: Candidate[]): void {
  for (const s of scan.signals) {
    const i = s.i;
    if ((s.type === 'label-class' || s.type === 'label-attr') && isSmallLabel(scan, i)) continue; // a label: see above
    if (s.type === 'link') {
      // Hide the link's own block (its cell, its list item), never words inside a paragraph.
      let cur = i;
      for (let steps = 0; steps < MAX_CLIMB; steps++) {
        const p = scan.parent[cur]!;
        if (p < 0 || scan.textLen[p]! - scan.textLen[cur]! > 3 || scan.kids[p] !== 1) break;
        if (CELL.has(scan.tags[cur]!) && ROWISH.has(scan.tags[p]!)) break;
        cur = p;
      }
      const standalone = !INLINE.has(scan.tags[cur]!) || scan.textLen[cur] === 0 || scan.parent[cur]! < 0 ||
        !INLINE.has(scan.tags[scan.parent[cur]!]!) && scan.textLen[cur]! <= 3;
      if (!standalone && !(scan.tags[cur] === 'A' && scan.media[cur]! > 0 && scan.textLen[cur]! <= 3)) continue;
      if (guardOk(scan, cur, 'explicit', keep)) out.push({ i: cur, kind: s.kind, reason: s.reason, strength: 'explicit' });
      continue;
    }
    const strength: Strength = s.type === 'weak-token' ? 'heuristic' : 'explicit';
    // A menu entry named "Advertising" / "Werbung" (a link to the media kit) is navigation, not an ad.
    if (s.type !== 'slot' && scan.links[i]! > 0 && scan.media[i] === 0 && MEDIA_KIT.test(scan.small[i] ?? '')) continue;
    if (!guardOk(scan, i, strength, keep)) continue;
    const kind = s.kind === 'ad' ? kindOf(scan, i) : s.kind;
    out.push({ i: climbWrappers(scan, i, keep), kind, reason: s.reason, strength });
  }
}

type Qualifier = (scan: Scan, i: number) => boolean;

const leverageBlock: Qualifier = (scan, i) => {
  const len = scan.textLen[i]!;
  if (len === 0 || len > DENSE_MAX) return false;
  const lev = scan.lev[i]!;
  const org = scan.org[i]!;
  const s = strongCount(lev);
  const w = weakCount(lev);
  const d = disclaimerCount(lev);
  const orgs = issuerCount(org) + brokerCount(org);
  const label = scan.labelsIn[i]! > 0;
  const hits = s + w + d + orgs + Math.min(scan.wkn[i]!, 3) + (label ? 1 : 0);
  if (hits * 100 < len * 0.8) return false; // words too sparse: a text that mentions a product, not a widget
  if (d >= 2 || (d >= 1 && (orgs >= 1 || scan.wkn[i]! >= 1 || label))) return true;
  return (s >= 1 && orgs >= 1 && (w >= 1 || scan.wkn[i]! >= 1 || label)) || (s >= 2 && w >= 2) || (s >= 1 && label);
};

const brokerPromo: Qualifier = (scan, i) => {
  const len = scan.textLen[i]!;
  return len > 0 && len <= 1000 && brokerCount(scan.org[i]!) >= 1 && scan.cta[i]! !== 0;
};

/** A quote widget whose data never came: mostly "k.A." cells. */
const emptyQuoteWidget: Qualifier = (scan, i) => {
  const ka = scan.ka[i]!;
  return ka >= 4 && ka * 4 >= scan.textLen[i]! * 0.6;
};

function denseCandidates(scan: Scan, keep: Uint8Array | null, out: Candidate[]): void {
  const rules: [Qualifier, string, BlockKind][] = [
    [leverageBlock, 'leverage-words', 'leverage'],
    [brokerPromo, 'broker-promo', 'promo'],
    [emptyQuoteWidget, 'empty-quotes', 'promo'],
  ];
  const n = scan.els.length;
  for (const [q, reason, kind] of rules) {
    const ok = new Uint8Array(n); // 1 = qualifies and passes the guard
    for (let i = 0; i < n; i++) if (scan.textLen[i]! > 0 && q(scan, i) && guardOk(scan, i, 'heuristic', keep)) ok[i] = 1;
    for (let i = 0; i < n; i++) {
      if (!ok[i]) continue;
      const p = scan.parent[i]!;
      // The parent takes over when it qualifies too: the whole widget, but a cell never grows into its row.
      if (p >= 0 && ok[p] && !(CELL.has(scan.tags[i]!) && ROWISH.has(scan.tags[p]!))) continue;
      out.push({ i: climbWrappers(scan, i, keep), kind: kind === 'leverage' ? kindOf(scan, i, kind) : kind, reason, strength: 'heuristic' });
    }
  }
}

export function genericCandidates(scan: Scan, keep: Uint8Array | null): Candidate[] {
  const out: Candidate[] = [];
  labelCandidates(scan, keep, out);
  directCandidates(scan, keep, out);
  denseCandidates(scan, keep, out);
  return out;
}
