// Small read-only DOM helpers that behave the same in linkedom, happy-dom and browsers, and never recurse
// (happy-dom's textContent recurses and overflows the stack on 10,000 nested divs).
import { isSkippedElement } from '../text';

/** The <body> without `doc.body`: linkedom's getter creates a missing body, which would mutate the page. */
export function findBody(doc: Document): Element | null {
  const html = doc.documentElement;
  if (!html) return null;
  for (let c = html.firstElementChild; c; c = c.nextElementSibling) if (c.tagName.toUpperCase() === 'BODY') return c;
  return null;
}

/** Visible text of `el`, whitespace collapsed, read iteratively and cut off after `max` characters. */
export function textUpTo(el: Element | null | undefined, max = 2000): string {
  if (!el) return '';
  const parts: string[] = [];
  let len = 0;
  const stack: Node[] = [el];
  while (stack.length && len < max) {
    const n = stack.pop()!;
    if (n.nodeType === 3) {
      const d = (n as Text).data;
      parts.push(d);
      len += d.length;
    } else if (n.nodeType === 1 && (n === el || !isSkippedElement(n as Element))) {
      for (let c = n.lastChild; c; c = c.previousSibling) stack.push(c);
    }
  }
  return parts.join('').replace(/[\s\u00a0]+/g, ' ').trim().slice(0, max);
}

/** `anc.contains(el)` by walking up from `el` (some DOMs implement contains by searching down). */
export function isInside(el: Node, anc: Node): boolean {
  for (let n: Node | null = el; n; n = n.parentNode) if (n === anc) return true;
  return false;
}
