// schema.org Article data from JSON-LD blocks: the most reliable metadata source when a page has it.
// Pages nest it in @graph, arrays, mainEntity; some blocks are broken JSON. Never throws.

export interface JsonLdArticle {
  headline: string | null;
  description: string | null;
  author: string | null;
  /** Whether the author is typed as a Person, an Organization, or not typed. */
  authorKind: 'person' | 'org' | 'unknown';
  published: string | null;
  modified: string | null;
  publisher: string | null;
  image: string | null;
  url: string | null;
  lang: string | null;
}

const ARTICLE_TYPES = /article|posting|report|newsarticle|blogposting|webpage|analysisnewsarticle|opinion|review|scholarly|techarticle|liveblog/i;
const STRICT_ARTICLE = /article|posting|report|liveblog/i;

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

function str(v: unknown): string | null {
  if (typeof v === 'string') return v.trim() || null;
  if (Array.isArray(v)) return str(v[0]);
  if (isObj(v)) return str(v['@value'] ?? v.name ?? v.url ?? v['@id']);
  return null;
}

function names(v: unknown, depth = 0): string[] {
  if (depth > 3 || v == null) return [];
  if (typeof v === 'string') return v.trim() && !/^https?:/i.test(v) ? [v.trim()] : [];
  if (Array.isArray(v)) return v.flatMap((x) => names(x, depth + 1));
  if (isObj(v)) {
    const n = v.name ?? (v.givenName ? `${v.givenName} ${v.familyName ?? ''}` : null);
    return typeof n === 'string' && n.trim() ? [n.trim()] : [];
  }
  return [];
}

function typesOf(o: Obj): string {
  const t = o['@type'];
  return Array.isArray(t) ? t.join(' ') : typeof t === 'string' ? t : '';
}

function collect(v: unknown, out: Obj[], depth: number): void {
  if (depth > 6 || out.length > 50) return;
  if (Array.isArray(v)) for (const x of v) collect(x, out, depth + 1);
  else if (isObj(v)) {
    if (typesOf(v)) out.push(v);
    if (v['@graph']) collect(v['@graph'], out, depth + 1);
    if (isObj(v.mainEntity)) collect(v.mainEntity, out, depth + 1);
    if (isObj(v.mainEntityOfPage) && typesOf(v.mainEntityOfPage as Obj)) collect(v.mainEntityOfPage, out, depth + 1);
  }
}

function parseLoose(raw: string): unknown {
  // Some CMSs wrap the JSON in a CDATA section (a leftover of XHTML).
  const text = raw.includes('CDATA') ? raw.replace(/^\s*(?:\/\/\s*)?<!\[CDATA\[|(?:\/\/\s*)?\]\]>\s*$/g, '') : raw;
  try {
    return JSON.parse(text);
  } catch {
    // Common breakage: raw newlines/tabs inside strings, HTML comments around the JSON, trailing semicolon.
    try {
      return JSON.parse(text.replace(/^\s*<!--|-->\s*$/g, '').replace(/[\n\r\t]+/g, ' ').replace(/;\s*$/, ''));
    } catch {
      return null;
    }
  }
}

export function readJsonLd(blocks: string[]): JsonLdArticle | null {
  const objs: Obj[] = [];
  for (const b of blocks) if (b.length < 2_000_000) collect(parseLoose(b), objs, 0);
  const scored = objs
    .filter((o) => ARTICLE_TYPES.test(typesOf(o)))
    .map((o) => ({ o, rank: (STRICT_ARTICLE.test(typesOf(o)) ? 2 : 0) + (o.headline ? 1 : 0) }))
    .sort((a, b) => b.rank - a.rank);
  const best = scored[0]?.o;
  if (!best) return null;
  const publisherObj = objs.find((o) => /organization|newsmediaorganization/i.test(typesOf(o)));
  const authorValue = best.author ?? best.creator;
  const authorNames = [...new Set(names(authorValue))];
  const authorTypes = (Array.isArray(authorValue) ? authorValue : [authorValue]).map((a) => (isObj(a) ? typesOf(a) : '')).join(' ');
  const authorKind = /person/i.test(authorTypes) ? 'person' : /organi[sz]ation|corporation|brand/i.test(authorTypes) ? 'org' : 'unknown';
  return {
    headline: str(best.headline) ?? (STRICT_ARTICLE.test(typesOf(best)) ? str(best.name) : null),
    description: str(best.description),
    author: authorNames.length ? joinAuthors(authorNames) : null,
    authorKind,
    published: str(best.datePublished) ?? fromAny(objs, 'datePublished') ?? str(best.dateCreated),
    modified: str(best.dateModified) ?? fromAny(objs, 'dateModified'),
    publisher: names(best.publisher)[0] ?? (publisherObj ? names(publisherObj)[0] ?? null : null),
    image: str(best.image) ?? str(best.thumbnailUrl),
    url: str(best.url),
    lang: str(best.inLanguage),
  };
}

/** A field from the first typed object that has it: pages split one article over several JSON-LD nodes. */
function fromAny(objs: Obj[], field: string): string | null {
  for (const o of objs) {
    const v = str(o[field]);
    if (v) return v;
  }
  return null;
}

export function joinAuthors(list: string[]): string {
  return list.join(', ');
}
