// The site profiles' hide rules as a stylesheet the browser applies from the first paint, before any script of ours
// has run: src/content/prehide.css, listed in the manifest next to content.css. Generated from the profiles by
// `npm run prehide`; test/sites/prehide.test.ts fails when the file is stale.
//
// It only bridges the page load. The early script turns it on for the page's host (the two attributes below, set at
// document_start when hiding is on for the site); the content script's first pass, in idle time, marks every block
// that passes the article guard and then removes PREHIDE_ATTR, so from then on the marks alone do the hiding and a
// profile match the guard refuses shows again. Rules with a `text` condition cannot be written in CSS: they wait
// for that pass. Pure: data in, a string out.
import type { SiteProfile } from './types';

/** On <html>: "." + the page's host while the pre-hide is on (a suffix match on it picks the site's rules). */
export const PREHIDE_ATTR = 'data-finlens-prehide';
/** On <html>: the kinds being hidden (also read by content.css; see src/content/hide.ts). */
export const HIDING_ATTR = 'data-finlens-hiding';

/** Splits a selector list at its top-level commas (not those inside (), [] or quotes). */
export function splitSelectorList(list: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quote: string | null = null;
  let start = 0;
  for (let i = 0; i < list.length; i++) {
    const c = list[i]!;
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = null;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') depth--;
    else if (c === ',' && depth === 0) {
      parts.push(list.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(list.slice(start));
  return parts.map((p) => p.trim()).filter(Boolean);
}

/**
 * One rule per profile and kind. Each selector is prefixed with the <html> condition rather than wrapped in :is(),
 * so the browser files it under its own id/class/tag (a rule whose subject is :is() is tested against every element).
 */
export function prehideCss(profiles: readonly SiteProfile[]): string {
  const out = ['/* Generated from src/sites/*.ts by `npm run prehide` (src/sites/prehide.ts): do not edit. */'];
  for (const profile of profiles) {
    const kept = profile.keep?.join(', ');
    const keep = kept ? `:not(${kept}, :has(${kept}))` : '';
    const byKind = new Map<string, string[]>();
    for (const rule of profile.hide ?? []) {
      if (rule.text) continue;
      const list = byKind.get(rule.kind) ?? [];
      for (const domain of profile.match) {
        for (const selector of splitSelectorList(rule.selector)) {
          list.push(`html[${HIDING_ATTR}~='${rule.kind}'][${PREHIDE_ATTR}$='.${domain}'] ${selector}${keep}`);
        }
      }
      byKind.set(rule.kind, list);
    }
    for (const [kind, selectors] of byKind) {
      out.push(`/* ${profile.id}: ${kind} */\n${selectors.join(',\n')} {\n  display: none !important;\n}`);
    }
  }
  return out.join('\n') + '\n';
}
