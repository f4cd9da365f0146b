// Three-sentence extractive summary. On news, the lead beats unsupervised centrality (Lead-3 > TextRank by
// ~4-5 ROUGE-1 on CNN/DM, notes/product.md), so the score is a strong position prior plus what a finance
// reader looks for: words of the headline, entities and figures. Sentences are returned whole and in
// article order; lines that are headings, bylines, ads, disclaimers or share prompts are never candidates.
import { endsLikeSentence, type Sentence } from './sentences';

export interface SummaryOptions {
  headline: string | null;
  /** Offsets (in the summarised text) of entity mentions and key figures: salience signals. */
  mentionStarts?: number[];
  figureStarts?: number[];
  /** How many sentences (default 3). */
  count?: number;
}

// Boilerplate that shows up inside article bodies on news sites: ads, disclaimers, share/comment prompts,
// newsletter/cookie banners, photo credits, bylines. German and English. Matched against whole lines.
const BOILERPLATE = new RegExp(
  [
    '^(?:anzeige|werbung|sponsored|advertisement|promoted|partnerinhalt|paid content)\\b',
    '\\b(?:handeln|profitieren|sichern|eröffnen|testen|entdecken|investieren|traden) sie\\b|!\\*',
    'disclaimer|haftungsausschluss|risikohinweis|keine anlageberatung|keine (?:kauf|verkaufs)[- ]?empfehlung',
    'not (?:investment|financial) advice|totalverlust|basisprospekt|basisinformationsbl|endgültigen bedingungen',
    'interessenkonflikt|conflicts? of interest|emittent ist berechtigt|zzgl\\. marktüblicher',
    '\\b(?:teilen|share) (?:sie )?(?:diesen|this|auf|on)\\b|jetzt (?:kommentieren|teilen|lesen|anmelden|registrieren|abonnieren|handeln|investieren|eröffnen|traden|wechseln)',
    'newsletter|abonnier|subscribe|sign up|melden sie sich an|registrieren sie sich|cookies?\\b.*\\b(?:akzeptier|accept|zustimm)|datenschutzerklärung|privacy policy',
    'kommentare? \\(\\d+\\)|schreib(?:en sie)? den ersten kommentar|leave a comment|comments? \\(\\d+\\)',
    'alle rechte vorbehalten|all rights reserved|©|\\(c\\) \\d{4}|copyright \\d{4}',
    '^(?:von|by|foto|bild|quelle|source|photo|image|credit|mit material von)\\b\\s*:?\\s*\\p{Lu}[\\p{L}.-]*(?:\\s\\p{Lu}[\\p{L}.-]*){0,4}\\s*$',
    '^(?:lesen sie auch|mehr zum thema|weiterlesen|read more|related|auch interessant|das könnte sie auch)',
    'click here|hier klicken|klicken sie hier|download (?:the|our) app|app herunterladen',
    '\\bdepot(?:eröffnung|führung)\\b|\\bordervolumen\\b',
    // Affiliate disclosures, reader prompts, shop calls to action.
    'affiliate|our advertisers|references to products from|provisions?-?link|werbelink|partnerlinks?\\b|chosen independently by our editors|we (?:may )?earn a commission',
    'teilen sie uns|let us know|tell us (?:what|in the comments)|add (?:the )?(?:\\w+ )?to (?:your )?(?:basket|cart)|your basket|in den warenkorb',
    // Author bios closing a page: "Jane Doe is a personal finance writer who has covered...".
    '^(?:\\p{Lu}[\\p{L}.\'-]+ ){1,3}(?:is|ist) (?:a|an|ein|eine) [^.]{0,60}\\b(?:writer|journalist|editor|reporter|expert|contributor|columnist|autor|autorin|redakteur|redakteurin|journalistin)\\b',
  ].join('|'),
  'iu',
);

/** True for a line that must never feed the summary. Exported for tests and the quality script. */
export function isBoilerplateLine(line: string): boolean {
  const l = line.trim();
  // Headings, kickers, bylines, captions, teaser titles ("Neue Seminare starten im März."): real paragraphs are longer.
  if (l.length < 60) return true;
  if (l.split(/\s+/).length < 6) return true;
  if (!endsLikeSentence(l) && !/[.!?…]["'“”‘’«»)\]]*\s/.test(l)) return true; // headings: no sentence end at all
  if (/https?:\/\/|www\.\w/.test(l)) return true;
  if (/^[*†¹²³]/.test(l)) return true; // footnotes of ads ("*Ab 500 EUR Ordervolumen")
  return BOILERPLATE.test(l);
}

const STOP = new Set(
  (
    'der die das den dem des ein eine einer eines einem einen und oder aber auch mit von vom zu zum zur im in ins am an auf ' +
    'aus bei für über unter nach vor um als wie ist sind war wird werden hat haben sich nicht noch nur so es er sie wir ' +
    'the a an and or of to in on at for with from by is are was were be been has have had it its this that as'
  ).split(' '),
);

function contentWords(s: string): Set<string> {
  const words = s.toLowerCase().match(/[\p{L}\d]{3,}/gu) ?? [];
  // Crude stemming: German compounds and inflections share a prefix ("Milliarden-Wette" ~ "Milliarden").
  return new Set(words.filter((w) => !STOP.has(w)).map((w) => w.slice(0, 6)));
}

/** Past this many candidates the lead prior leaves later sentences no chance worth the cost on huge pages. */
const MAX_CANDIDATES = 200;

/** Picks up to `count` whole sentences, returned in article order. */
export function summarise(sentences: Sentence[], opts: SummaryOptions): string[] {
  const count = opts.count ?? 3;
  // Sentence lines are judged as a whole: a byline line or a short heading never contributes a sentence.
  const lineText = new Map<number, string>();
  for (const s of sentences) lineText.set(s.line, lineText.has(s.line) ? `${lineText.get(s.line)} ${s.text}` : s.text);
  const badLine = new Map<number, boolean>();
  for (const [line, text] of lineText) badLine.set(line, isBoilerplateLine(text));
  const eligible = sentences.filter((s) => {
    if (badLine.get(s.line)) return false;
    if (!endsLikeSentence(s.text) || s.text.length < 30 || s.text.length > 600) return false;
    if (!/^["'„“‚»«(]?[\p{Lu}\d]/u.test(s.text)) return false; // starts like a sentence, not a fragment
    return !BOILERPLATE.test(s.text);
  }).slice(0, MAX_CANDIDATES);
  if (!eligible.length) return [];
  const head = contentWords(opts.headline ?? '');
  const mentionStarts = opts.mentionStarts ?? [];
  const figureStarts = opts.figureStarts ?? [];
  const inside = (starts: number[], s: Sentence) => starts.filter((p) => p >= s.start && p < s.end).length;
  const scored = eligible.map((s, rank) => {
    const words = contentWords(s.text);
    let overlap = 0;
    for (const w of words) if (head.has(w)) overlap++;
    const position = 1 / (1 + rank * 0.35); // lead bias: 1, 0.74, 0.59, 0.49, ...
    const headline = head.size ? overlap / head.size : 0;
    const entities = Math.min(inside(mentionStarts, s), 3) / 3;
    const figures = Math.min(inside(figureStarts, s), 2) / 2;
    // Very long sentences crowd the card; very short ones carry little.
    const length = s.text.length > 350 ? -0.15 : s.text.length < 60 ? -0.1 : 0;
    const score = position * 1.2 + headline * 0.5 + entities * 0.25 + figures * 0.25 + length;
    return { s, score, rank };
  });
  // The lede (first eligible sentence) is kept: on news it is the best single-sentence summary.
  const lede = scored[0];
  const rest = scored.slice(1).sort((x, y) => y.score - x.score || x.rank - y.rank);
  const picked = [lede, ...rest.slice(0, count - 1)].sort((x, y) => x.s.start - y.s.start);
  return picked.map((p) => p.s.text);
}
