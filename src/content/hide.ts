// Marks blocks and switches hiding. The stylesheets (content.css; prehide.css while the page loads) do the hiding;
// this file only sets attributes, so showing everything again is one attribute change on <html>.
import type { BlockKind, HiddenBlock } from '../core/types';
import { HIDING_ATTR, PREHIDE_ATTR } from '../sites/prehide';

export const HIDE_ATTR = 'data-finlens-hide';
const REVEAL_ATTR = 'data-finlens-reveal';
const REASON_ATTR = 'data-finlens-reason';
export const ARTICLE_ATTR = 'data-finlens-article';

export type Kinds = Record<BlockKind, boolean>;

/** Marks each block with its kind (idempotent). Returns how many blocks are newly marked. */
export function markBlocks(blocks: readonly HiddenBlock[]): number {
  let added = 0;
  for (const { el, kind, reason } of blocks) {
    if (el.getAttribute(HIDE_ATTR) === kind) continue;
    el.setAttribute(HIDE_ATTR, kind);
    el.setAttribute(REASON_ATTR, reason.slice(0, 120));
    added++;
  }
  return added;
}

/** Blocks marked in the page right now, by kind (a page script may have removed some). */
export function countMarked(doc: Document): Record<BlockKind, number> {
  const counts: Record<BlockKind, number> = { ad: 0, leverage: 0, promo: 0 };
  for (const el of doc.querySelectorAll(`[${HIDE_ATTR}]`)) {
    const kind = el.getAttribute(HIDE_ATTR) as BlockKind;
    if (kind in counts && !el.parentElement?.closest(`[${HIDE_ATTR}]`)) counts[kind]++;
  }
  return counts;
}

/** Switches hiding for the whole page in one attribute write. */
export function applyHiding(doc: Document, on: boolean, kinds: Kinds, reveal: boolean): void {
  const html = doc.documentElement;
  const list = (Object.keys(kinds) as BlockKind[]).filter((k) => kinds[k]).join(' ');
  if (on && !reveal && list) html.setAttribute(HIDING_ATTR, list);
  else html.removeAttribute(HIDING_ATTR);
  if (on && reveal) html.setAttribute(REVEAL_ATTR, '');
  else html.removeAttribute(REVEAL_ATTR);
}

/**
 * Hands over from the pre-hide stylesheet (prehide.css, switched on by the early script) to the marks: called once
 * the first pass has marked every block that passes the guard, so a profile match the guard refused shows again.
 */
export function endPrehide(doc: Document): void {
  doc.documentElement.removeAttribute(PREHIDE_ATTR);
}

/**
 * The early script's part (document_start, hiding on for the site): the kinds to hide and the page's host on <html>,
 * which switches on the site's rules in prehide.css until endPrehide.
 */
export function startPrehide(doc: Document, host: string, kinds: Kinds): void {
  const html = doc.documentElement;
  if (!html) return;
  applyHiding(doc, true, kinds, false);
  html.setAttribute(PREHIDE_ATTR, `.${host}`);
}

export function markArticle(root: Element | null): void {
  root?.setAttribute(ARTICLE_ATTR, '');
}

/** Removes every mark FinLens made (used when the extension is switched off for a site or reloaded). */
export function unmarkAll(doc: Document): void {
  for (const el of doc.querySelectorAll(`[${HIDE_ATTR}]`)) {
    el.removeAttribute(HIDE_ATTR);
    el.removeAttribute(REASON_ATTR);
  }
  doc.querySelector(`[${ARTICLE_ATTR}]`)?.removeAttribute(ARTICLE_ATTR);
  doc.documentElement.removeAttribute(HIDING_ATTR);
  doc.documentElement.removeAttribute(REVEAL_ATTR);
  endPrehide(doc);
}
