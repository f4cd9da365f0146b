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

function bestBy(scan: PageScan, good: (s: ElStats) => number): ElStats | null {
  let best: ElStats | null = null;
  let bestScore = 0;
  for (const s of scan.order) {
    const g = good(s);
    if (g <= 0 || s.boiler) continue;
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

/** True when `s` or an ancestor is boilerplate-named: such a root is a last resort only. */
function insideBoilerplate(s: ElStats): boolean {
  for (let p: ElStats | null = s; p; p = p.parent) if (p.boiler) return true;
  return false;
}

export function chooseRoot(scan: PageScan): RootChoice {
  // Pages without a <body> tag (linkedom implies none) or with one nested somewhere odd: the whole page.
  const bodyStats = (scan.body ? scan.stats.get(scan.body) : undefined) ?? scan.order[0] ?? null;
  const totalRaw = bodyStats?.goodRaw ?? 0;
  if (totalRaw === 0) {
    // No paragraph anywhere: the body (when it has text) is the best we can say.
    return bodyStats && bodyStats.textLen > 0 ? { root: bodyStats, via: 'body' } : { root: null, via: 'none' };
  }
  // Pages that wrap everything in a boilerplate-named container ("has-sidebar") would lose all content:
  // such wrappers are layout, not boilerplate; failing that, count every paragraph.
  if (bodyStats.goodClean < 0.3 * totalRaw) unmarkWrappers(scan);
  const totalClean = bodyStats.goodClean;
  const useClean = totalClean >= 0.3 * totalRaw;
  const best = bestBy(scan, useClean ? (s) => s.goodClean : (s) => s.goodRaw);
  if (!best) return { root: bodyStats, via: 'body' };
  return { root: best, via: useClean && !insideBoilerplate(best) ? 'score' : 'score-raw' };
}
