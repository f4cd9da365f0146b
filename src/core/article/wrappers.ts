// Layout wrappers with boilerplate-sounding names: "has-sidebar", "main-with-widgets", an ASP.NET page-wide
// <form>. Named like boilerplate, they hold most of the page's paragraphs, so treating them as boilerplate
// would leave the page without content. They lose the boilerplate mark and the clean paragraph sums are
// recomputed, so share bars and comment boxes inside still count as boilerplate.
import type { PageScan } from './walk';

/** Boilerplate words that stay boilerplate even when the box is large: long comment threads, consent dialogs
 *  with pages of legal text. Not "paywall": a paywall box holding most of the page's paragraphs is the
 *  article's own wrapper ("steady-paywall-container"). */
const ALWAYS_BOILER = /comment|kommentar|disqus|respond|discussion|forum|cookie|consent|privacy|dsgvo|gdpr|datenschutz|modal|popup|overlay|dialog|newsletter|subscribe/i;
/** Share of all paragraph text above which a boilerplate-named container is a page wrapper. */
const WRAPPER_SHARE = 0.5;

export function unmarkWrappers(scan: PageScan): boolean {
  const page = scan.order[0];
  if (!page || page.goodRaw === 0) return false;
  const min = WRAPPER_SHARE * page.goodRaw;
  let changed = false;
  for (const s of scan.order) {
    if (!s.boiler || s.goodRaw < min) continue;
    if (s.tag === 'NAV' || s.tag === 'ASIDE' || s.tag === 'FOOTER' || s.tag === 'MENU' || s.tag === 'DIALOG') continue;
    if (s.classId && ALWAYS_BOILER.test(s.classId)) continue;
    s.boiler = false;
    changed = true;
  }
  if (!changed) return false;
  // Children come after their parents in document order: summing from the end settles every child first.
  for (const s of scan.order) s.goodClean = s.paraLen;
  for (let i = scan.order.length - 1; i > 0; i--) {
    const s = scan.order[i];
    if (s.parent && !s.boiler) s.parent.goodClean += s.goodClean;
  }
  return true;
}
