// The standfirst above the body: many pages put the headline and a lead paragraph (or a one-sentence
// subheadline) in a header block far from the body container, more levels up than `expandRoot` climbs. When
// the page's headline stands shortly before the root and the only real text between them is such a lead,
// the root moves up to the nearest element holding both, and everything else in it is left out.
import type { ElStats, PageScan } from './walk';
import { isInside } from './dom';
import { HEADING_TAGS } from './patterns';

const STOP = new Set(['BODY', 'HTML', 'HEAD']);
/** A lead is a sentence or a few, not a label. */
const MIN_LEAD_CHARS = 60;
const MAX_LEAD_CHARS = 800;
/** Other text allowed between the headline and the root (dateline, byline, share bar, image credit). */
const MAX_OTHER_CHARS = 400;
/** Levels the root may climb to reach the lead. */
const MAX_LEVELS = 8;

function insideBoilerplate(s: ElStats): boolean {
  for (let p: ElStats | null = s; p; p = p.parent) if (p.boiler) return true;
  return false;
}

/** A standfirst: a paragraph or a subheading of a sentence or a few, all its own text, nearly no links.
 *  List items are not leads (a table of contents under the headline). */
function isLeadBlock(s: ElStats): boolean {
  const heading = HEADING_TAGS.has(s.tag);
  if (s.tag === 'LI' || !(s.para || heading)) return false;
  if (!heading && s.ownLen !== s.textLen) return false;
  return s.textLen >= MIN_LEAD_CHARS && s.textLen <= MAX_LEAD_CHARS && s.linkLen < 0.2 * s.textLen && !insideBoilerplate(s);
}

/** The first lead between the headline and the root, or null when there is none or other text of weight
 *  stands there. Only the first: a second "lead" is an author card or an editorial note. */
function leadBetween(h1: ElStats, root: ElStats, scan: PageScan): ElStats | null {
  let lead: ElStats | null = null;
  let other = 0;
  for (let i = h1.end; i < root.index; ) {
    const s = scan.order[i];
    if (s.end > root.index) {
      i++; // an ancestor of the root: look inside
      continue;
    }
    if (!lead && isLeadBlock(s)) {
      lead = s;
      i = Math.max(s.end, i + 1);
      continue;
    }
    if (HEADING_TAGS.has(s.tag)) {
      other += s.textLen;
      i = Math.max(s.end, i + 1);
    } else {
      if (s.owner === s) other += s.ownLen;
      i++;
    }
    if (other > MAX_OTHER_CHARS) return null;
  }
  return lead;
}

export function addLead(root: ElStats, scan: PageScan, excluded: Element[]): ElStats {
  let h1: ElStats | null = null;
  for (const h of scan.h1) if (h.end <= root.index && (!h1 || h.index > h1.index)) h1 = h;
  if (!h1 || h1.textLen === 0) return root;
  const lead = leadBetween(h1, root, scan);
  if (!lead) return root;
  // The nearest element holding the root and the lead.
  let top: ElStats | null = root;
  for (let level = 0; top && level <= MAX_LEVELS; level++, top = top.parent) {
    if (STOP.has(top.tag) || top.boiler) return root;
    if (lead.index > top.index && lead.end <= top.end) break;
  }
  if (!top || top === root || STOP.has(top.tag) || top.boiler) return root;
  const keep = [root, lead];
  const dropOutside = (box: ElStats): void => {
    for (let c = box.el.firstElementChild; c; c = c.nextElementSibling) {
      const s = scan.stats.get(c);
      if (!s || s.textLen === 0) continue;
      if (keep.includes(s)) continue;
      if (keep.some((k) => isInside(k.el, c))) dropOutside(s);
      else excluded.push(c);
    }
  };
  dropOutside(top);
  return top;
}
