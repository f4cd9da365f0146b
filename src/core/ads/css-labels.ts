// Labels drawn by CSS: `.box::before { content: "Anzeige" }` puts the word on screen without any text node
// (onvista does this so that text-based blockers miss it). We read the page's own <style> elements, find
// ::before/::after rules whose content is a label word, and return the selectors of the labelled boxes.
import { LABEL_WORDS } from './vocab';
import { normalizeLabel } from './text-signals';

// Anchored at a rule start ("}" or the beginning) so that each selector is scanned once: linear in the CSS size.
const RULE = /(?:^|\})\s*([^{}]{1,300}?)::?(?:before|after)\s*\{[^}]{0,300}?content\s*:\s*(["'])((?:(?!\2)[^}]){1,40})\2/gi;
const MAX_CSS = 400_000;

/** Selectors (without the pseudo-element) of elements that CSS labels as ads. Never throws. */
export function cssLabelSelectors(doc: Document): string[] {
  const out = new Set<string>();
  try {
    let budget = MAX_CSS;
    for (const style of doc.querySelectorAll('style')) {
      const css = style.textContent ?? '';
      if (!css || budget <= 0) continue;
      budget -= css.length;
      if (!/content\s*:/i.test(css)) continue;
      RULE.lastIndex = 0;
      for (let m = RULE.exec(css); m; m = RULE.exec(css)) {
        const word = normalizeLabel(m[3]!.replace(/\\([0-9a-f]{1,6})\s?/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16))));
        if (!LABEL_WORDS.has(word) && !LABEL_WORDS.has([...word].reverse().join(''))) continue;
        for (const sel of m[1]!.split(',')) {
          const s = sel.replace(/\/\*.*?\*\//g, '').trim();
          if (s && !/[@:]/.test(s)) out.add(s);
        }
      }
    }
  } catch {
    /* unreadable CSS: no labels from it */
  }
  return [...out];
}
