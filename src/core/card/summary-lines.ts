// Which lines (blocks) of the article text may feed the summary. The article detector sometimes keeps page
// chrome inside its root: teaser lists ("Title" + truncated excerpt), fact boxes printed twice, the author's bio,
// photo captions. These are judged per line, because a teaser's first sentence looks like prose on its own.
// Everything here is linear in the text (Sets and Maps, no pairwise comparisons).

export interface LineContext {
  headline: string | null;
  author: string | null;
  /** Normalised (see `normaliseForMatch`) texts of the page's links, to spot teaser titles. */
  linkTexts?: ReadonlySet<string>;
}

export interface LineVerdict {
  /** Lines that never contribute a sentence, with the reason. */
  skip: Map<number, string>;
  /** The line holding the headline when the text starts with chrome before it, else -1. */
  headlineLine: number;
}

/** Lower-case letters and digits separated by single spaces: survives quotes, dashes and case changes. */
export function normaliseForMatch(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

// A teaser excerpt is cut by the site and ends in an ellipsis ("… der Stadtrat...", "[…]", "(mehr)").
const TRUNCATED = /(?:\.\.\.|…|\[(?:\.\.\.|…)\]|\((?:\.\.\.|…)\))\s*(?:»|›|>|→)?\s*$|\b(?:mehr|weiterlesen|read more|more|continue reading)\s*(?:»|›|>|→|\.\.\.|…)\s*$/iu;
// Photo captions end with the credit: "… im Schnee. Foto: dpa", "(Imagen: Télam)". "Quelle:" is left out on
// purpose: prose paragraphs end with a data source ("Quelle: Destatis") and are still prose.
const CAPTION_CREDIT = /(?:^|[\s(|/])(?:foto|fotos|bild|bildquelle|fotograf(?:ie)?|photo|photos|photograph|image|imagen|crédito|credit|credits)\s*:\s*[^.!?:]{1,60}\)?\s*$/iu;
/** Captions are short; a long paragraph that happens to end in a credit is left to the sentence filters. */
const MAX_CAPTION = 320;

export function judgeLines(lines: string[], ctx: LineContext): LineVerdict {
  const skip = new Map<number, string>();
  const norm = lines.map(normaliseForMatch);

  // Blocks printed twice (a fact box above and below the story, a teaser in two rails) are not the story. When
  // most of the text repeats, the story itself was rendered twice (mobile and desktop copies): keep its first copy.
  const seen = new Map<string, number>();
  const repeats: Array<[number, number]> = [];
  let long = 0;
  norm.forEach((n, i) => {
    if (n.length < 40) return;
    long++;
    const first = seen.get(n);
    if (first === undefined) seen.set(n, i);
    else repeats.push([first, i]);
  });
  const storyTwice = repeats.length * 2 > long;
  for (const [first, again] of repeats) {
    skip.set(again, 'duplicate');
    if (!storyTwice) skip.set(first, 'duplicate');
  }

  lines.forEach((line, i) => {
    const l = line.trim();
    if (TRUNCATED.test(l)) skip.set(i, 'truncated');
    else if (l.length <= MAX_CAPTION && CAPTION_CREDIT.test(l)) skip.set(i, 'caption');
  });

  // The author's bio: a paragraph that opens with the author's full name ("Jane Doe covers markets for...").
  const author = normaliseForMatch(ctx.author ?? '');
  if (author.split(' ').length >= 2) {
    norm.forEach((n, i) => {
      if (n.startsWith(author + ' ') && /^[^.!?]*\s(?:is|was|has|had|fell|covers|writes|joined|ist|war|hat|schreibt|arbeitet|berichtet)\b/iu.test(lines[i])) skip.set(i, 'author-bio');
    });
  }

  // A list of teasers: link titles each followed by an excerpt. One linked line followed by prose is a normal
  // "read also" inside a story; three such pairs are a list of other articles.
  const links = ctx.linkTexts;
  if (links?.size) {
    const excerpts: number[] = [];
    for (let i = 0; i + 1 < lines.length; i++) {
      if (norm[i].length >= 12 && links.has(norm[i]) && !links.has(norm[i + 1]) && lines[i + 1].length >= 60) excerpts.push(i + 1);
    }
    if (excerpts.length >= 3) for (const i of excerpts) skip.set(i, 'teaser-list');
  }

  return { skip, headlineLine: findHeadlineLine(norm, ctx.headline) };
}

/** The first line that is the headline (or starts with it); -1 when absent or already the first line. */
function findHeadlineLine(norm: string[], headline: string | null): number {
  const h = normaliseForMatch(headline ?? '');
  if (h.length < 15) return -1;
  for (let i = 0; i < norm.length; i++) {
    const n = norm[i];
    // A headline line is a heading: not much longer than the headline itself (a lede may quote the headline).
    if ((n === h || n.startsWith(h + ' ')) && n.length <= h.length * 1.6 + 10) return i > 0 ? i : -1;
  }
  return -1;
}
