// Short lines at the top of the root, above where the story starts: a section name, a category, "Press
// releases", a date line. The story starts at its headline (when the root holds it) or else at its first
// paragraph; what stands above that and is no paragraph is page furniture.
import type { ElStats, PageScan } from './walk';
import { TUNING } from './patterns';

/** Leaves out the label-like blocks above the story's start. Without a headline in the root, headings above
 *  the first paragraph stay (they may be the story's title under another name). */
export function dropLeadingLabels(root: ElStats, headline: ElStats | null, scan: PageScan, excluded: Set<Element>): void {
  const start = headline ?? firstParagraph(root, scan, excluded);
  if (!start) return;
  for (let i = root.index + 1; i < start.index; ) {
    const s = scan.order[i];
    if (s.end > start.index) {
      i++; // an ancestor of the start: look inside
      continue;
    }
    const label = s.textLen > 0 && s.textLen < TUNING.maxLabelChars && s.goodRaw === 0;
    if (label && !excluded.has(s.el) && (headline || s.headingLen === 0)) excluded.add(s.el);
    i = Math.max(s.end, i + 1);
  }
}

function firstParagraph(root: ElStats, scan: PageScan, excluded: ReadonlySet<Element>): ElStats | null {
  for (let i = root.index + 1; i < root.end; ) {
    const s = scan.order[i];
    if (excluded.has(s.el)) {
      i = Math.max(s.end, i + 1);
      continue;
    }
    if (s.para) return s;
    i++;
  }
  return null;
}
