// Which sentences may enter the summary, and why the others may not. Lines that are headings, bylines, ads,
// disclaimers, share prompts, teasers or captions never contribute; nor do sentences that are a link's text
// elsewhere on the page, self-introductions, lists of names or dates. Linear in the text.
import { endsLikeSentence, type Sentence } from './sentences';
import { judgeLines, normaliseForMatch } from './summary-lines';

export interface FilterOptions {
  headline: string | null;
  author?: string | null;
  /** Link texts and top headings of the page (page-signals.ts). */
  links?: { all: ReadonlySet<string>; outside: ReadonlySet<string>; headings?: ReadonlySet<string> };
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
    'links zu (?:fremden|externen|anderen) (?:web)?seiten|haftung für (?:links|inhalte)|not responsible for (?:the )?content of (?:external|linked)',
    'wir verwenden cookies|we use cookies|(?:website|webseite|site) (?:verwendet|nutzt|uses) cookies',
    'join (?:thousands|millions|over [\\d,.]+|[\\d,.]+)[^.]{0,20} (?:people|readers|subscribers)|(?:delivered|straight) to your inbox',
    'commissions? (?:on|from)|we (?:may )?(?:receive|earn|get) (?:a )?(?:small )?(?:commission|compensation)|editorial (?:guidelines|policy|standards)',
    // Author bios opening or closing a page.
    '\\bhas been (?:writing (?:about|for)|a (?:journalist|reporter|writer|columnist))\\b|\\bschreibt seit [\\w ]{1,20}\\b(?:für|über)\\b',
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

// Calls to action inside an intro paragraph ("Read on to find out ..."): the sentence goes, the paragraph stays.
const CALL_TO_ACTION = /\b(?:learn more|find out more|mehr erfahren|erfahren sie mehr|click (?:to|here)|keep reading|read on|continue reading|lesen sie weiter|kontaktieren sie uns|contact us)\b/iu;

// "Ich bin Jens Muster, Rechtsanwalt ...", "I'm Jane Doe and ...": a site introducing itself. Case matters:
// "Ich bin gefragt worden" and "I'm new to this" are statements, not introductions.
const SELF_INTRO = /^(?:Ich bin|Ich heiße|Mein Name ist|I am|I'm|I’m|My name is|Hi|Hey|Hallo)[ ,!]+(?:(?:ich bin|I'm|I’m|I am) )?\p{Lu}/u;

// Pictograms and arrows belong to buttons and rating widgets ("JUMP TO THE LIST ⤵", "☆☆☆☆☆"), never to prose.
const ELLIPSIS_END = /(?:\.\.\.|…)["'“”‘’«»)\]]*$/u;

const UI_GLYPHS = /[\u2190-\u21ff\u2300-\u23ff\u25a0-\u25ff\u2600-\u27bf\u2900-\u297f\u2b00-\u2bff\u{1f300}-\u{1faff}]/u;

/** A sentence that is mostly a date, a score or a list of names carries no statement. */
function isListOrDate(text: string): boolean {
  const chars = text.replace(/\s/g, '');
  const letters = chars.match(/\p{L}/gu)?.length ?? 0;
  if (letters < chars.length * 0.6) return true;
  // "Anna Meier, Jan Roth, Eva Schulz und Tom Berg." - many short comma-separated items, names or words.
  const items = text.split(/,|;|\s(?:und|and|sowie|y|et|&)\s/);
  return items.length >= 5 && text.split(/\s+/).length / items.length <= 2.2;
}

/**
 * True when the sentence opens with a linked title glued to the prose after it ("Title Die Fraktion ist ..."):
 * the title's words, no punctuation after them, then a capitalised word. "Organismos de derechos humanos, ..."
 * (a tag link followed by a comma) is prose.
 */
function opensWithLinkTitle(text: string, links: ReadonlySet<string>): boolean {
  const tokens = text.split(/\s+/, 18);
  for (let k = 3; k < tokens.length - 2; k++) {
    if (/[,;:.!?)\]"'“”»«]$/.test(tokens[k - 1]) || !/^["„“»«]?\p{Lu}/u.test(tokens[k])) continue;
    if (links.has(normaliseForMatch(tokens.slice(0, k).join(' ')))) return true;
  }
  return false;
}

export interface Judged {
  s: Sentence;
  /** Why the sentence may not enter the summary; null when it may. */
  reason: string | null;
}

/** Every sentence with the reason it is left out (null = candidate). Exported for the quality script. */
export function judgeSentences(sentences: Sentence[], opts: FilterOptions): Judged[] {
  // Sentence lines are judged as a whole: a byline line or a short heading never contributes a sentence.
  const lineText = new Map<number, string>();
  for (const s of sentences) lineText.set(s.line, lineText.has(s.line) ? `${lineText.get(s.line)} ${s.text}` : s.text);
  const lineStart = new Map<number, number>();
  const lineEnd = new Map<number, number>();
  for (const s of sentences) {
    if (!lineStart.has(s.line)) lineStart.set(s.line, s.start);
    lineEnd.set(s.line, s.end);
  }
  const badLine = new Set<number>();
  for (const [line, text] of lineText) if (isBoilerplateLine(text)) badLine.add(line);
  const lines = sentences.length ? Array.from({ length: sentences[sentences.length - 1].line + 1 }, (_, i) => lineText.get(i) ?? '') : [];
  const verdict = judgeLines(lines, { headline: opts.headline, author: opts.author ?? null, linkTexts: opts.links?.all, headings: opts.links?.headings });
  const outside = opts.links?.outside;
  const all = opts.links?.all;
  const reasonFor = (s: Sentence): string | null => {
    if (badLine.has(s.line)) return 'line:boilerplate';
    const lineReason = verdict.skip.get(s.line);
    if (lineReason) return `line:${lineReason}`;
    if (!endsLikeSentence(s.text) || s.text.length < 30 || s.text.length > 600) return 'shape';
    if (!/^["'„“‚»«(]?[\p{Lu}\d]/u.test(s.text)) return 'fragment'; // starts like a sentence, not a fragment
    if (BOILERPLATE.test(s.text)) return 'boilerplate';
    if (SELF_INTRO.test(s.text)) return 'self-intro';
    if (CALL_TO_ACTION.test(s.text)) return 'call-to-action';
    // An ellipsis closing a paragraph may be the site's cut ("... der Stadtrat..."): never show a cut sentence.
    if (s.end === lineEnd.get(s.line) && ELLIPSIS_END.test(s.text)) return 'ellipsis-end';
    if (UI_GLYPHS.test(s.text)) return 'ui-glyphs';
    if (isListOrDate(s.text)) return 'list-or-date';
    const norm = normaliseForMatch(s.text);
    // The headline of another article in a rail or a teaser list, or a linked title glued to its excerpt.
    if (outside?.has(norm)) return 'link-outside';
    if (all && s.start === lineStart.get(s.line) && opensWithLinkTitle(s.text, all)) return 'link-title-glued';
    return null;
  };
  const judged = sentences.map((s) => ({ s, reason: reasonFor(s) }));
  // Text before the headline is page chrome the detector kept (a fact box, a teaser rail): the story starts at
  // the headline, as long as most of the text follows it.
  if (verdict.headlineLine > 0) {
    const after = judged.filter((j) => !j.reason && j.s.line > verdict.headlineLine).length;
    const before = judged.filter((j) => !j.reason && j.s.line < verdict.headlineLine).length;
    // Chrome is a small part of the text; a heading late in the text ("A message from our founder") is not the start.
    if (after >= 2 && before < after) for (const j of judged) if (!j.reason && j.s.line < verdict.headlineLine) j.reason = 'before-headline';
  }
  return judged;
}
