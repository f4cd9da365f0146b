// Small read-only DOM helpers that behave the same in linkedom, happy-dom and browsers, and never recurse
// (happy-dom's textContent recurses and overflows the stack on 10,000 nested divs).
import { isSkippedElement } from '../text';

/** The <html> element. Not always `documentElement`: linkedom makes a stray <script> before the doctype the
 *  document element and puts <html> beside it. */
export function findHtml(doc: Document): Element | null {
  const first = doc.documentElement;
  if (!first || first.tagName.toUpperCase() === 'HTML') return first ?? null;
  // childNodes, not firstChild/nextSibling: linkedom's doctype node has no nextSibling.
  for (const c of Array.from(doc.childNodes)) if (c.nodeType === 1 && (c as Element).tagName.toUpperCase() === 'HTML') return c as Element;
  return first;
}

/** The <body> without `doc.body`: linkedom's getter creates a missing body, which would mutate the page. */
export function findBody(doc: Document): Element | null {
  const html = findHtml(doc);
  if (!html) return null;
  for (let c = html.firstElementChild; c; c = c.nextElementSibling) if (c.tagName.toUpperCase() === 'BODY') return c;
  // Broken pages nest a second <html> (or wrap body in something): look one level further down.
  for (let c = html.firstElementChild; c; c = c.nextElementSibling) {
    for (let g = c.firstElementChild; g; g = g.nextElementSibling) if (g.tagName.toUpperCase() === 'BODY') return g;
  }
  // No <html> at all (linkedom keeps "<head>...</head><body>" as two top-level elements): a top-level body.
  for (const c of Array.from(doc.childNodes)) if (c.nodeType === 1 && (c as Element).tagName.toUpperCase() === 'BODY') return c as Element;
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

/** The class attribute as written. Through the Attr node because linkedom's getAttribute('class') rebuilds
 *  the string from a token set on every call. */
export function classOf(el: Element): string {
  return el.getAttributeNode('class')?.value ?? '';
}

/** `anc.contains(el)` by walking up from `el` (some DOMs implement contains by searching down). */
export function isInside(el: Node, anc: Node): boolean {
  for (let n: Node | null = el; n; n = n.parentNode) if (n === anc) return true;
  return false;
}
