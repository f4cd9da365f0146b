// PageAnalysis -> plain JSON. Element references become CSS paths that find the same element again in the
// same HTML (`html > body > div:nth-child(3) > p:nth-child(2)`), so CLI output can be checked against a page.
import type { PageAnalysis } from './types';

export function cssPath(el: Element | null): string | null {
  if (!el) return null;
  const parts: string[] = [];
  let node: Element | null = el;
  while (node && node.nodeType === 1) {
    const tag = node.tagName.toLowerCase();
    const parent: Element | null = node.parentElement;
    if (!parent) {
      parts.unshift(tag);
      break;
    }
    let index = 1;
    for (let sib = node.previousElementSibling; sib; sib = sib.previousElementSibling) index++;
    parts.unshift(`${tag}:nth-child(${index})`);
    node = parent;
  }
  return parts.join(' > ');
}

export function analysisToJson(a: PageAnalysis) {
  return {
    url: a.url,
    site: a.site,
    article: {
      root: cssPath(a.article.root),
      via: a.article.via,
      meta: a.article.meta,
      wordCount: a.article.wordCount,
      text: a.article.text,
      excluded: a.article.excluded.map(cssPath),
    },
    hidden: a.hidden.map((h) => ({ path: cssPath(h.el), kind: h.kind, reason: h.reason })),
    entities: a.entities,
    mentions: a.mentions,
    card: a.card,
    timings: Object.fromEntries(Object.entries(a.timings).map(([k, v]) => [k, Math.round(v * 100) / 100])),
  };
}
