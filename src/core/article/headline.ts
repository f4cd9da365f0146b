// Headline and byline choice. The visible <h1> is what readers see, so it wins when a machine source
// (JSON-LD, og:title, <title>) confirms it; otherwise the machine sources, with the site name cut off.
import { textUpTo } from './dom';

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
const key = (s: string) => ws(s).toLowerCase().replace(/[\s"'“”„«»‘’`.,:;!?–—*_|()[\]-]+/g, ' ').trim();

const NAMED: Record<string, string> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>', nbsp: ' ', ndash: '–', mdash: '—', rsquo: '’', lsquo: '‘', rdquo: '”', ldquo: '“', hellip: '…' };
/** CMSs often escape meta values twice ("&amp;amp;"): the reader sees the character, so do we. */
export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === '#') {
      const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return code > 0 && code < 0x110000 ? String.fromCodePoint(code) : m;
    }
    return NAMED[e.toLowerCase()] ?? m;
  });
}

/** "Headline | Site" / "Headline - Site" / "Site: Headline": the part that is not the site. */
export function stripSiteName(title: string, siteName: string | null, guess = true): string {
  const t = ws(title);
  const parts = t.split(/\s+[|–—·•»]\s+|\s+-\s+|\s+::\s+/);
  if (parts.length < 2) return t;
  const site = siteName ? key(siteName) : '';
  const kept = parts.filter((p) => !site || (key(p) !== site && !site.includes(key(p)) && !key(p).includes(site)));
  if (kept.length && kept.length < parts.length) return kept.join(' - ');
  // No site name to compare with: the last part is usually the site ("Headline | Site").
  return guess ? parts.slice(0, -1).join(' - ') : t;
}

type Agreement = 'same' | 'machine-longer' | 'visible-longer' | null;
function agreement(visible: string, machine: string | null): Agreement {
  if (!machine) return null;
  const kv = key(visible);
  const km = key(machine);
  if (!kv || !km) return null;
  if (kv === km) return 'same';
  if (kv.length >= 10 && km.includes(kv)) return 'machine-longer';
  if (km.length >= 15 && kv.includes(km)) return 'visible-longer';
  return null;
}

function loneHeadline(h1: Element, site: string): string | null {
  const t = textUpTo(h1, 301);
  if (t.length < 10 || t.length > 300 || t.split(' ').length < 3 || /^[\w-]+(\.[\w-]+)+$/.test(t) || (site && key(t) === site)) return null;
  for (const a of Array.from(h1.querySelectorAll('a'))) {
    const href = a.getAttribute('href') ?? '';
    if (a.getAttribute('rel') === 'home' || /^(?:https?:\/\/[^/]+)?\/?(?:index\.\w+)?$/i.test(href)) return null;
  }
  return t;
}

/** At least 80% of the words of each are in the other. */
function sameWords(a: string, b: string): boolean {
  const wa = new Set(key(a).split(' '));
  const wb = new Set(key(b).split(' '));
  let shared = 0;
  for (const w of wa) if (wb.has(w)) shared++;
  return shared >= 0.8 * wa.size && shared >= 0.8 * wb.size;
}

const isShouting = (s: string) => /\p{Lu}{4}/u.test(s) && s === s.toUpperCase();

export function pickHeadline(src: HeadlineSources): string | null {
  const h = pickRaw(src);
  // Whatever the source, a trailing "| Site name" is not part of the headline.
  return h && src.siteName ? stripSiteName(h, src.siteName, false) : h;
}

function pickRaw(src: HeadlineSources): string | null {
  const machine = [src.jsonLd, src.meta, src.title].filter((m): m is string => !!m).map((m) => ws(decodeEntities(m)));
  const site = src.siteName ? key(src.siteName) : '';
  const visible = [...src.itemprop, ...src.h1, ...src.allH1]
    .map((el) => textUpTo(el, 401))
    // A site logo in an <h1> is not the headline.
    .filter((t) => t.length >= 3 && t.length <= 400 && (!site || key(t) !== site));
  for (const v of visible) {
    // An all-capitals heading (CSS text-transform baked in) and a machine title with nearly the same words:
    // the machine title has the casing, even when a filler word differs.
    if (isShouting(v)) {
      const cased = machine.map((m) => stripSiteName(m, src.siteName)).find((m) => !isShouting(m) && sameWords(v, m));
      if (cased) return cased;
    }
    for (const m of machine) {
      const a = agreement(v, m);
      if (!a) continue;
      // The visible text with extra words ("... January 1, 2025", "... Posted by x") or in capitals: the
      // machine title says where the headline ends and how it is cased.
      // Same words in another case: page CSS (text-transform) usually restyles the visible one; the machine
      // title has the casing the reader sees.
      if (a === 'visible-longer' || (a === 'same' && v !== m && v.toLowerCase() === m.toLowerCase() && !isShouting(m))) return m;
      return v;
    }
  }
  // No machine source confirms a visible heading: the <h1> beside the article is what the reader sees as the
  // headline (SEO titles are often reworded); a site-wide logo <h1> far from it was filtered above.
  if (src.h1.length && visible.length > src.itemprop.length) return visible[src.itemprop.length];
  // The page's only <h1>, away from the scored root (a hero banner above the body): still what the reader
  // sees as the headline, unless it is the site's logo (a link home, a domain name).
  const lone = src.allH1.length === 1 ? loneHeadline(src.allH1[0], site) : null;
  if (lone) return lone;
  if (src.jsonLd) {
    const ld = stripSiteName(decodeEntities(src.jsonLd), src.siteName, false);
    // SEO plugins cut JSON-LD headlines to ~110 characters: a longer meta title that starts the same is whole.
    const meta = src.meta ? stripSiteName(decodeEntities(src.meta), src.siteName) : '';
    return meta.length > ld.length && key(meta).startsWith(key(ld)) ? meta : ld;
  }
  if (src.meta) return stripSiteName(decodeEntities(src.meta), src.siteName);
  if (visible[0]) return visible[0];
  return src.title ? stripSiteName(decodeEntities(src.title), src.siteName) || null : null;
}

// Byline cleaning lives in byline.ts; re-exported here for the callers that read both.
export { cleanAuthor, looksLikeName } from './byline';
