// The article guard. Every block, whatever found it (generic signal, site profile, reader's rule), passes here:
// never the article root or an ancestor of it, never a block holding article text, never page structure.
import type { Scan } from './scan';
import { queryAllSafe } from '../dom';

/** How sure the finder is: explicit = slot, label, profile or user rule; heuristic = tokens and word density. */
export type Strength = 'explicit' | 'heuristic';

const NEVER = new Set(['BODY', 'HTML', 'HEAD', 'MAIN']);
/** Readable text outside the article that an explicit ad block may hold (teaser lines of a labelled box). */
const EXPLICIT_OUTSIDE_PROSE = 400;
const MAX_TEXT: Record<Strength, number> = { explicit: 5000, heuristic: 3000 };

export function guardOk(scan: Scan, i: number, strength: Strength, keep: Uint8Array | null): boolean {
  if (i < 0 || i >= scan.els.length) return false;
  if (NEVER.has(scan.tags[i]!)) return false;
  if (scan.rootMark[i]) return false;
  if (headlineMarks(scan)[i]) return false;
  if (keep && keep[i]) return false;
  if (scan.proseIn[i]! > 0) return false;
  if (scan.proseOut[i]! > (strength === 'explicit' ? EXPLICIT_OUTSIDE_PROSE : 0)) return false;
  return scan.textLen[i]! <= MAX_TEXT[strength];
}

/** Marks the elements matched by `keep` selectors and their ancestors: none of them may be hidden. */
export function keepMarks(doc: Document, scan: Scan, selectors: readonly string[] | undefined): Uint8Array | null {
  if (!selectors?.length) return null;
  const marks = new Uint8Array(scan.els.length);
  for (const el of queryAllSafe(doc, selectors)) {
    for (let i = scan.index.get(el) ?? -1; i >= 0 && !marks[i]; i = scan.parent[i]!) marks[i] = 1;
  }
  return marks;
}

const headlineCache = new WeakMap<Scan, Uint8Array>();
/**
 * The article's <h1> and the boxes around it inside the root. The detector keeps the headline out of the
 * article text (it is metadata, `meta.headline`), so it carries no prose; it is still the article's own.
 */
function headlineMarks(scan: Scan): Uint8Array {
  const cached = headlineCache.get(scan);
  if (cached) return cached;
  const n = scan.els.length;
  const marks = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    if (scan.tags[i] !== 'H1') continue;
    let r = i;
    while (r >= 0 && scan.rootMark[r] !== 1) r = scan.parent[r]!;
    if (r < 0) continue; // outside the article root
    for (let a = i; a !== r && a >= 0; a = scan.parent[a]!) marks[a] = 1;
  }
  headlineCache.set(scan, marks);
  return marks;
}
