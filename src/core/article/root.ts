// Chooses the article root from the walk's statistics: the element that holds the most content-paragraph
// text while carrying the least other text (navigation, teasers, widgets). Score = good - w * bad, so an
// ancestor wins only when what it adds is mostly content.
import type { ElStats, PageScan } from './walk';
import { POSITIVE_HINT, TUNING } from './patterns';
import { unmarkWrappers } from './wrappers';

export interface RootChoice {
  root: ElStats | null;
  via: string;
}

function semanticWeight(s: ElStats): number {
  let w = 1;
  if (s.tag === 'ARTICLE' || s.strong || s.el.getAttribute('itemprop') === 'articleBody') w *= TUNING.semanticBonus;
  else if (s.tag === 'MAIN' || (s.classId && POSITIVE_HINT.test(s.classId))) w *= TUNING.positiveHintBonus;
  return w;
}

function bestBy(scan: PageScan, good: (s: ElStats) => number, outsideBoilerplate = false): ElStats | null {
  let best: ElStats | null = null;
  let bestScore = 0;
  // under[i]: element i sits inside a boilerplate container (parents come before children in `order`).
  const under = outsideBoilerplate ? new Uint8Array(scan.order.length) : null;
  for (const s of scan.order) {
    if (under && s.parent && (s.parent.boiler || under[s.parent.index])) {
      under[s.index] = 1;
      continue;
    }
    const g = good(s);
    // <head> (walked only when the parser left page content in it) is never the article: the text skips it.
    if (g <= 0 || s.boiler || s.tag === 'HEAD') continue;
    // Short table cells (data tables) weigh less than other non-paragraph text.
    const bad = Math.max(0, s.textLen - g - s.headingLen - (1 - TUNING.cellBadShare) * s.cellLen);
    const score = (g - TUNING.badWeight * bad) * semanticWeight(s);
    if (score > bestScore) {
      bestScore = score;
      best = s;
    }
  }
  return best;
}

const COMMENT_BOX = /comment|kommentar|disqus|discussion/i;

/** Paragraph characters inside comment sections (outermost comment-named boilerplate boxes). */
function commentParagraphs(scan: PageScan): number {
  let sum = 0;
  for (let i = 0; i < scan.order.length; ) {
    const s = scan.order[i];
    if (s.boiler && s.goodRaw > 0 && s.classId && COMMENT_BOX.test(s.classId)) {
      sum += s.goodRaw;
      i = Math.max(s.end, i + 1);
    } else i++;
  }
  return sum;
}

/** True when `s` or an ancestor is boilerplate-named: such a root is a last resort only. */
function insideBoilerplate(s: ElStats): boolean {
  for (let p: ElStats | null = s; p; p = p.parent) if (p.boiler) return true;
  return false;
}

export function chooseRoot(scan: PageScan): RootChoice {
  // Pages without a <body> tag (linkedom implies none) or with one nested somewhere odd: the whole page.
  let bodyStats = (scan.body ? scan.stats.get(scan.body) : undefined) ?? scan.order[0] ?? null;
  // An empty <body> beside page content the parser left in <head> (or after </body>): judge the whole page.
  const page = scan.order[0];
  if (bodyStats && page && bodyStats.goodRaw === 0 && page.goodRaw > 0) bodyStats = page;
  const totalRaw = bodyStats?.goodRaw ?? 0;
  if (totalRaw === 0) {
    // No paragraph anywhere: the body (when it has text) is the best we can say.
    return bodyStats && bodyStats.textLen > 0 ? { root: bodyStats, via: 'body' } : { root: null, via: 'none' };
  }
  // Pages that wrap everything in a boilerplate-named container ("has-sidebar") would lose all content:
  // such wrappers are layout, not boilerplate; failing that, count every paragraph.
  if (bodyStats.goodClean < 0.3 * totalRaw) unmarkWrappers(scan);
  const totalClean = bodyStats.goodClean;
  // A long comment thread can hold most of a page's paragraphs; it is still not the article, so it does not
  // count against the clean paragraphs when deciding whether they are trustworthy.
  const useClean = totalClean > 0 && totalClean >= 0.3 * (totalRaw - commentParagraphs(scan));
  // Clean paragraphs of a box inside a sidebar or footer (a legal notice widget) are not the article either.
  const best = useClean
    ? bestBy(scan, (s) => s.goodClean, true) ?? bestBy(scan, (s) => s.goodClean)
    : bestBy(scan, (s) => s.goodRaw);
  if (!best) return { root: bodyStats, via: 'body' };
  return { root: best, via: useClean && !insideBoilerplate(best) ? 'score' : 'score-raw' };
}
