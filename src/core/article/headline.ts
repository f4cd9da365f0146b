import { textUpTo } from './dom';

// Headline and byline choice. The visible <h1> is what readers see, so it wins when a machine source
// (JSON-LD, og:title, <title>) confirms it; otherwise the machine sources, with the site name cut off.

export interface HeadlineSources {
  h1: Element[];
  allH1: Element[];
  itemprop: Element[];
  jsonLd: string | null;
  meta: string | null;
  title: string | null;
  siteName: string | null;
}

const ws = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
const key = (s: string) => ws(s).toLowerCase().replace(/[\s"'“”„«»‘’`.,:;!?–—-]+/g, ' ').trim();

/** "Headline | Site" / "Headline - Site" / "Site: Headline": the part that is not the site. */
export function stripSiteName(title: string, siteName: string | null): string {
  const t = ws(title);
  const parts = t.split(/\s+[|–—·•»:]\s+|\s+-\s+|\s+::\s+/);
  if (parts.length < 2) return t;
  const site = siteName ? key(siteName) : '';
  const kept = parts.filter((p) => !site || (key(p) !== site && !site.includes(key(p)) && !key(p).includes(site)));
  if (kept.length && kept.length < parts.length) return kept.join(' - ');
  // No site name to compare with: the longest part is the headline when it is long enough to stand alone.
  const longest = parts.reduce((a, b) => (b.length > a.length ? b : a));
  return longest.split(/\s+/).length >= 3 ? longest : t;
}

function agrees(a: string, b: string | null): boolean {
  if (!b) return false;
  const ka = key(a);
  const kb = key(b);
  if (!ka || !kb) return false;
  return ka === kb || (ka.length >= 10 && kb.includes(ka)) || (kb.length >= 15 && ka.includes(kb));
}

export function pickHeadline(src: HeadlineSources): string | null {
  const machine = [src.jsonLd, src.meta, src.title];
  const visible = [...src.itemprop, ...src.h1, ...src.allH1].map((el) => textUpTo(el, 401)).filter((t) => t.length >= 3 && t.length <= 400);
  for (const v of visible) if (machine.some((m) => agrees(v, m))) return v;
  if (src.jsonLd) return ws(src.jsonLd);
  if (src.h1.length && visible[0]) return visible[0];
  if (src.meta) return stripSiteName(src.meta, src.siteName);
  if (visible[0]) return visible[0];
  return src.title ? stripSiteName(src.title, src.siteName) || null : null;
}

const BY_PREFIX = /^(?:(?:written|posted|published|reviewed|edited)\s+)?(?:by|von|autor(?:in)?|author|verfasst von|text)\s*:?\s+/i;

/** A byline as a plain name list: no "By", no dates, no role suffix after a pipe. Null when it is not a name. */
export function cleanAuthor(raw: string | null | undefined): string | null {
  let s = ws(raw);
  if (!s) return null;
  s = s.replace(BY_PREFIX, '');
  // Dates and times glued to the byline ("Von Anna Muster, 12.06.2025, 10:10 Uhr").
  s = s.replace(/\s*[|•·]\s.*$/, '');
  s = s.replace(/,?\s*(?:\d{1,2}\.\s?\d{1,2}\.\s?\d{2,4}|\d{4}-\d{2}-\d{2}|(?:updated|aktualisiert|published|veröffentlicht|on|am)\s.*\d{4}).*$/i, '');
  s = s.replace(/\s+(?:on|am)\s+\w+\s+\d{1,2},?\s+\d{4}.*$/i, '').trim();
  s = s.replace(/^[,;:\s]+|[,;:\s]+$/g, '');
  if (!s || s.length > 200 || /^https?:|www\./i.test(s) || /@/.test(s)) return null;
  if (!/\p{L}/u.test(s)) return null;
  return s;
}
