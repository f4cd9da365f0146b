// The scored root is often the body container alone, while the headline, the standfirst (lead paragraph)
// or the article's second half sit in sibling elements. Moving the root up one or two levels and excluding
// the siblings that are not content keeps a single root element (what the content script maps offsets in)
// while the text gains the lead and loses nothing else.
import type { ElStats, PageScan } from './walk';
import { isInside } from './dom';
import { BOILERPLATE_TAGS, TUNING } from './patterns';
import { addLead } from './lead';

export interface Expanded {
  root: ElStats;
  /** Siblings of the original root left out of the text. */
  excluded: Element[];
}

const STOP = new Set(['BODY', 'HTML', 'HEAD']);

function isLead(s: ElStats): boolean {
  if (s.boiler || s.goodClean < TUNING.minLeadChars) return false;
  return s.linkLen < 0.3 * s.textLen && s.goodClean >= 0.5 * (s.textLen - s.headingLen);
}

const COMMENTS = /comment|kommentar|disqus|respond/i;
/** A sibling only its class calls boilerplate ("cc-newsletter" around a newsletter issue) that holds more
 *  paragraph text than the body found is the article's first part, not a box beside it. Comment threads
 *  and boilerplate tags (aside, nav, footer, form) stay out however long they are. */
function isMisnamedBody(s: ElStats, body: ElStats): boolean {
  if (!s.boiler || BOILERPLATE_TAGS.has(s.tag) || COMMENTS.test(s.classId) || s.el.getAttribute('role')) return false;
  return s.goodRaw >= Math.max(body.goodClean, TUNING.minLeadChars) && s.linkLen < 0.1 * s.textLen && s.goodRaw >= 0.6 * (s.textLen - s.headingLen);
}

/** In the block holding the headline, only the headline, subtitles and lead paragraphs are article text:
 *  the dateline, byline, category label and share bar beside them are not. */
function pruneHeader(block: ElStats, scan: PageScan, drop: Element[], depth = 0): void {
  for (let c = block.el.firstElementChild; c; c = c.nextElementSibling) {
    const s = scan.stats.get(c);
    if (!s || s.textLen === 0) continue;
    if (((s.tag === 'H1' || s.tag === 'H2') && TUNING.expandForHeadline) || isLead(s)) continue;
    const holdsHeadline = scan.h1.some((h) => isInside(h.el, c));
    if (holdsHeadline && depth < 8) pruneHeader(s, scan, drop, depth + 1);
    else drop.push(c);
  }
}

export function expandRoot(start: ElStats, scan: PageScan): Expanded {
  let root = start;
  const excluded: Element[] = [];
  for (let level = 0; level < TUNING.maxExpandLevels; level++) {
    const parent = root.parent;
    if (!parent || STOP.has(parent.tag) || parent.boiler) break;
    const keep: ElStats[] = [];
    const drop: Element[] = [];
    for (let c = parent.el.firstElementChild; c; c = c.nextElementSibling) {
      if (c === root.el) continue;
      const s = scan.stats.get(c);
      if (!s) continue; // skipped by the walk; the text index skips it too
      if (s.textLen === 0) continue;
      const hasHeadline = scan.h1.some((h) => h === s || isInside(h.el, c));
      if (isLead(s) || isMisnamedBody(s, start)) keep.push(s);
      else if (hasHeadline && (TUNING.expandForHeadline || s.goodClean >= TUNING.minLeadChars)) {
        // The header block: keep its standfirst (and the headline when configured), drop the rest.
        keep.push(s);
        pruneHeader(s, scan, drop);
      } else drop.push(c);
    }
    if (!keep.length) break;
    root = parent;
    excluded.push(...drop);
  }
  root = addLead(root, scan, excluded);
  return { root, excluded };
}
