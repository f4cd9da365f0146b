// Finds the blocks to hide on a page: site-profile rules, the reader's own rules and the generic signals
// (labels, slots, id/class tokens, redirect links, leverage/broker vocabulary, empty quote widgets).
// One walk over <body> plus one query per profile/user rule; every block passes the same article guard.
import type { Article, HiddenBlock } from '../types';
import type { SiteProfile } from '../../sites';
import { hostOf } from '../../sites';
import { scanFromWalk, startBodyWalk, type BodyWalk, type Scan } from './scan';
import { guardOk, keepMarks } from './guard';
import { genericCandidates, kindOf, type Candidate } from './select';
import { cssLabelSelectors } from './css-labels';
import { matchRule, parseUserRules, ruleApplies } from './user-rules';
import { queryAllSafe } from '../dom';

export { parseUserRules } from './user-rules';
export type { UserRule, RuleError } from './user-rules';
export { startBodyWalk, type BodyWalk } from './scan';

export interface HideContext {
  article: Article;
  profile: SiteProfile | null;
  /** Reader's own rules, `domain##selector` lines. */
  userRules: string;
  url: string | null;
  /** A walk over this document's body started earlier (the content script runs it in slices); else one is made. */
  walk?: BodyWalk;
}

function profileCandidates(doc: Document, scan: Scan, profile: SiteProfile, out: Candidate[]): void {
  (profile.hide ?? []).forEach((rule, n) => {
    const found = queryAllSafe(doc, rule.selector);
    let text: RegExp | null = null;
    if (rule.text) {
      try {
        text = new RegExp(rule.text, 'i');
      } catch {
        return;
      }
    }
    for (const el of found) {
      const i = scan.index.get(el);
      if (i === undefined) continue;
      if (text && !text.test(el.textContent ?? '')) continue;
      out.push({ i, kind: rule.kind, reason: `profile:${profile.id}#${n + 1}`, strength: 'explicit' });
    }
  });
}

function userCandidates(doc: Document, scan: Scan, ctx: HideContext, out: Candidate[]): void {
  if (!ctx.userRules?.trim()) return;
  const host = hostOf(ctx.url);
  for (const rule of parseUserRules(ctx.userRules).rules) {
    if (!ruleApplies(rule, host)) continue;
    for (const el of matchRule(doc, rule)) {
      const i = scan.index.get(el);
      if (i !== undefined) out.push({ i, kind: 'ad', reason: `user-rule:${rule.line}`, strength: 'explicit' });
    }
  }
}

/** Boxes labelled through CSS ::before/::after content: the box itself is the ad. */
function cssLabelCandidates(doc: Document, scan: Scan, out: Candidate[]): void {
  for (const sel of cssLabelSelectors(doc)) {
    for (const el of queryAllSafe(doc, sel)) {
      const i = scan.index.get(el);
      if (i !== undefined) out.push({ i, kind: kindOf(scan, i), reason: 'label-css', strength: 'explicit' });
    }
  }
}

export function findHiddenBlocks(doc: Document, ctx: HideContext): HiddenBlock[] {
  try {
    const body = doc.body;
    if (!body) return [];
    const article = ctx.article;
    const walk = ctx.walk?.body === body ? ctx.walk : startBodyWalk(body);
    const scan = scanFromWalk(walk, article?.root ?? null, new Set(article?.excluded ?? []));
    const keep = keepMarks(doc, scan, ctx.profile?.keep);
    const candidates: Candidate[] = [];
    if (ctx.profile) profileCandidates(doc, scan, ctx.profile, candidates);
    userCandidates(doc, scan, ctx, candidates);
    candidates.push(...genericCandidates(scan, keep));
    cssLabelCandidates(doc, scan, candidates);
    return finalize(scan, candidates, keep);
  } catch {
    return [];
  }
}

/** The guard for every candidate, then only the outermost of nested blocks, in document order. */
function finalize(scan: Scan, candidates: Candidate[], keep: Uint8Array | null): HiddenBlock[] {
  const chosen = new Map<number, Candidate>();
  for (const c of candidates) {
    if (chosen.has(c.i) || !guardOk(scan, c.i, c.strength, keep)) continue;
    chosen.set(c.i, c);
  }
  const out: HiddenBlock[] = [];
  // Pre-order indices: a parent comes before its children, so "inside a chosen block" is one pass.
  const n = scan.els.length;
  const inside = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const p = scan.parent[i]!;
    if (p < 0) continue;
    if (inside[p] || chosen.has(p)) {
      inside[i] = 1;
      continue;
    }
    const c = chosen.get(i);
    if (c) out.push({ el: scan.els[i]!, kind: c.kind, reason: c.reason });
  }
  return out;
}
