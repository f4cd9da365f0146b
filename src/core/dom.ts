// Small DOM helpers shared by the core's stages. They read only, and work in every DOM (browser, linkedom, happy-dom).

/** Elements matching any of the selectors, in selector order; a selector the DOM rejects matches nothing. */
export function queryAllSafe(scope: ParentNode, selectors: string | readonly string[] | undefined): Element[] {
  const out: Element[] = [];
  for (const sel of typeof selectors === 'string' ? [selectors] : selectors ?? []) {
    try {
      out.push(...scope.querySelectorAll(sel));
    } catch {
      /* invalid selector in a profile or a user rule: it must not break the analysis */
    }
  }
  return out;
}
