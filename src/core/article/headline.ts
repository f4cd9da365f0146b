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
  if (src.jsonLd) return stripSiteName(decodeEntities(src.jsonLd), src.siteName, false);
  if (src.meta) return stripSiteName(decodeEntities(src.meta), src.siteName);
  if (visible[0]) return visible[0];
  return src.title ? stripSiteName(decodeEntities(src.title), src.siteName) || null : null;
}

const BY_PREFIX =
  /^(?:(?:[Ww]ritten|WRITTEN|[Pp]osted|[Pp]ublished|[Rr]eviewed|[Ee]dited|[Aa]rticle|[Gg]uide|[Ss]tory|[Tt]ext|[Pp]ost)\s*)?(?:[Bb][Yy]|[Vv]on|VON|[Aa]utor(?:in)?|[Aa]uthor|AUTHOR)(?:\s*:\s*|\s+|(?=\p{Lu}))/u;
const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|jän|mär|mai|okt|dez)[a-zäé]*\\.?';
const DATE_ANY = new RegExp(`(?:\\d{1,2}\\.?\\s*${MONTH}\\s*\\d{4}|${MONTH}\\s*\\d{1,2}(?:st|nd|rd|th)?,?\\s*\\d{4}|\\d{1,2}\\.\\s?\\d{1,2}\\.\\s?\\d{2,4}|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}/\\d{1,2}/\\d{2,4})`, 'i');
const LEADING_DATE = new RegExp(`^${DATE_ANY.source}\\s*(?:[-–|•·,]\\s*)?(?:by\\s+)?`, 'i');
const TRAILING_META = new RegExp(
  `\\s*(?:[-–|•·,]\\s*)?(?:(?:last\\s+)?updated|aktualisiert|published|posted|veröffentlicht|on|am|\\d+\\s*min(?:ute)?s?\\s+read)?\\s*:?\\s*(?:${DATE_ANY.source}|\\d+\\s*min(?:ute)?s?\\s+read).*$`,
  'i',
);

/** A byline as a plain name list: no "By", no dates, no role suffix after a pipe. Null when it is not a name. */
export function cleanAuthor(raw: string | null | undefined): string | null {
  let s = ws(decodeEntities(raw ?? ''));
  if (!s) return null;
  s = s.replace(LEADING_DATE, '');
  s = s.replace(/^(?:read more from|more from|insights from|published in|posted in|articles? by|all posts by|meet)\s*/i, '');
  s = s.replace(BY_PREFIX, '');
  s = s.replace(/\s*[|•·]\s.*$/, '');
  s = s.replace(TRAILING_META, '');
  s = s.replace(/\s*(?:last\s+)?updated\s*:.*$/i, '');
  s = s.replace(/^["'“”„]+|["'“”]+$/g, '');
  s = s.replace(/^[,;:\s-]+|[,;:\s-]+$/g, '');
  if (!s || s.length > 200 || /^https?:|www\./i.test(s) || /@/.test(s)) return null;
  // Comment headers ("Jane says"), form labels ("Name *"), link labels ("Learn more >>").
  if (/\s(says|sagt|schreibt|wrote)$|\*$|^(name|learn more|read more|mehr|weiterlesen|the author|der autor|die autorin|sign in|log in|anmelden|follow)\b/i.test(s)) return null;
  if (!/\p{L}/u.test(s)) return null;
  return s;
}

/** Does this look like a person's or team's name rather than a sentence, a date or a user handle? */
export function looksLikeName(s: string): boolean {
  if (s.length > 120 || /\d{3,}|[.!?]$/.test(s)) return false;
  const words = s.split(/\s+/);
  if (words.length > 12) return false;
  if (/[.!?]\s+\p{Lu}\p{Ll}+\s+\p{Ll}+\s+\p{Ll}+/u.test(s)) return false;
  // "andrew.keaveney", "kffnirmitap": handles, not names.
  if (words.length === 1 && (/[._]/.test(s) || s === s.toLowerCase())) return false;
  return true;
}
