// Which lines (blocks) of the article text may feed the summary. The article detector sometimes keeps page
// chrome inside its root: teaser lists ("Title" + truncated excerpt), fact boxes printed twice, the author's bio,
// photo captions. These are judged per line, because a teaser's first sentence looks like prose on its own.
// Everything here is linear in the text (Sets and Maps, no pairwise comparisons).

export interface LineContext {
  headline: string | null;
  author: string | null;
  /** Normalised (see `normaliseForMatch`) texts of the page's links, to spot teaser titles. */
  linkTexts?: ReadonlySet<string>;
  /** `headingKey`s of the page's top headings (H1): where the story starts. */
  headings?: ReadonlySet<string>;
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

/** A heading's words in sorted order: the same heading with kicker and title swapped ("A / B" vs "B A"). */
export function headingKey(s: string): string {
  return normaliseForMatch(s).split(' ').sort().join(' ');
}

// A teaser excerpt is cut by the site and ends in an ellipsis ("… der Stadtrat...", "[…]", "(mehr)").
const TRUNCATED = /(?:\.\.\.|…|\[(?:\.\.\.|…)\]|\((?:\.\.\.|…)\))\s*(?:»|›|>|→)?\s*$|\b(?:mehr|weiterlesen|read more|more|continue reading)\s*(?:»|›|>|→|\.\.\.|…)\s*$/iu;
// Photo captions end with the credit: "… im Schnee. Foto: dpa", "(Imagen: Télam)". "Quelle:" is left out on
// purpose: prose paragraphs end with a data source ("Quelle: Destatis") and are still prose.
const CAPTION_CREDIT = /(?:^|[\s(|/])(?:foto|fotos|bild|bildquelle|fotograf(?:ie)?|photo|photos|photograph|image|imagen|crédito|credit|credits)\s*:\s*[^.!?:]{1,60}\)?\s*$/iu;
/** A heading or teaser title: short, no sentence end. */
function isTitleLike(line: string): boolean {
  const l = line.trim();
  return l.length > 0 && l.length <= 150 && !/[.!?…:]["'“”‘’«»)\]]*$/.test(l);
}

/** Consecutive repeated lines that make a box rather than a repeated standfirst. */
const MIN_BOX_LINES = 3;

/** Groups (first, again) pairs into runs where both copies continue line by line. */
function repeatRuns(pairs: Array<[number, number]>): Array<Array<[number, number]>> {
  const runs: Array<Array<[number, number]>> = [];
  for (const pair of pairs) {
    const run = runs[runs.length - 1];
    const last = run?.[run.length - 1];
    // Lines in between that are short (headings under 40 characters are not compared) do not break a run.
    if (last && pair[0] > last[0] && pair[0] - last[0] <= 2 && pair[1] - last[1] === pair[0] - last[0]) run.push(pair);
    else runs.push([pair]);
  }
  return runs;
}

/** Captions are short; a long paragraph that happens to end in a credit is left to the sentence filters. */
const MAX_CAPTION = 320;

export function judgeLines(lines: string[], ctx: LineContext): LineVerdict {
  const skip = new Map<number, string>();
  const norm = lines.map(normaliseForMatch);

  // Blocks printed twice (a fact box above and below the story, a teaser in two rails, mobile and desktop copies).
  const seen = new Map<string, number>();
  const repeats: Array<[number, number]> = [];
  norm.forEach((n, i) => {
    if (n.length < 40) return;
    const first = seen.get(n);
    if (first === undefined) seen.set(n, i);
    else repeats.push([first, i]);
  });
  // A box of several lines printed twice (a fact box above and below the story) is not the story: both copies go.
  // A single repeated line is usually the standfirst printed again at the top of the body: its first copy stays.
  // When most of the text repeats, the story itself was rendered twice (mobile and desktop copies): keep one.
  const storyTwice = repeats.length * 2 > seen.size;
  for (const run of repeatRuns(repeats)) for (const [first, again] of run) {
    skip.set(again, 'duplicate');
    if (run.length >= MIN_BOX_LINES && !storyTwice) skip.set(first, 'duplicate-box');
  }

  // Teasers: a title, then an excerpt the site cut with an ellipsis. Two such pairs make a list of teasers. An
  // ellipsis after prose is a writer's style; the sentence filter drops only that closing sentence.
  const teasers = lines.flatMap((line, i) => (i > 0 && TRUNCATED.test(line.trim()) && isTitleLike(lines[i - 1]) ? [i] : []));
  if (teasers.length >= 2) for (const i of teasers) skip.set(i, 'truncated');
  lines.forEach((line, i) => {
    const l = line.trim();
    if (l.length <= MAX_CAPTION && CAPTION_CREDIT.test(l)) skip.set(i, 'caption');
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

  return { skip, headlineLine: findHeadlineLine(norm, ctx.headline, ctx.headings) };
}

/**
 * The first line that is the page's H1 and the headline (or starts with it); -1 when absent or the first line.
 * A later heading that merely repeats the headline (an h2 "Fishing Show in Rostock" mid-story) is not a start.
 */
function findHeadlineLine(norm: string[], headline: string | null, headings: ReadonlySet<string> | undefined): number {
  const h = normaliseForMatch(headline ?? '');
  if (h.length < 15 || !headings?.size) return -1;
  for (let i = 0; i < norm.length; i++) {
    const n = norm[i];
    // A headline line is a heading: not much longer than the headline itself (a lede may quote the headline).
    if ((n === h || n.startsWith(h + ' ')) && n.length <= h.length * 1.6 + 10 && headings.has(headingKey(n))) return i > 0 ? i : -1;
  }
  return -1;
}
