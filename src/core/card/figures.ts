// Key figures in the article text: money amounts, percentages and percentage points, each with the whole
// sentence it comes from and its offset in Article.text (so the popup can scroll to it).
// Vague amounts without digits ("mehreren zehn Millionen US-Dollar") are skipped on purpose: a card figure
// must carry a value the reader can check against the sentence.
import type { KeyFigure } from '../types';
import { amountFromParts, CURRENCY_SOURCE, localeOf, NUM_SPACE, PERCENT_UNIT_SOURCE } from './numbers';
import { splitSentences, type Sentence } from './sentences';

// In running text a sign must touch its digits ("-1,3 %"); a spaced dash is punctuation ("Meta – 5 Prozent").
const TEXT_NUMBER =
  '[+\\u2212-]?(?:\\d{1,3}(?:[.,\\u00a0\\u202f\\u2009]\\d{3})+(?:[.,]\\d+)?|\\d+(?:[.,]\\d+)?)';
// Codes and symbols may precede the number ("$5bn", "EUR 12"); words only follow it ("12 Euro").
const PRE_CURRENCY = '(?:US\\$|\\$|€|£|¥|USD|EUR|CHF|GBP|JPY)';
// Long scale words may stand apart; one-letter scales must touch the number ("$5m", not "5 m" = metres).
const LONG_SCALE =
  '(?:Tsd\\.|Tausend|thousand|Mio\\.|Mill\\.|Millionen|Million|millions?|Mrd\\.|Mia\\.|Milliarden|Milliarde|Bio\\.|Billionen|Billion|billions?|trillions?|bn|bln|mn|tn|trn)';
const SHORT_SCALE = '(?:m|k|b)';

const FIGURE_RE = new RegExp(
  `(?<![\\p{L}\\d_]|\\d[.,:])` +
    `(?:(${PRE_CURRENCY})${NUM_SPACE}?)?` +
    `(${TEXT_NUMBER})` +
    `(?:${NUM_SPACE}?(?:-|\\u2013|bis|to)${NUM_SPACE}?(${TEXT_NUMBER}))?` +
    `(?:${NUM_SPACE}?(${LONG_SCALE})(?![\\p{L}])|(${SHORT_SCALE})(?![\\p{L}\\d]))?` +
    `(?:${NUM_SPACE}?(${CURRENCY_SOURCE}|${PERCENT_UNIT_SOURCE})(?![\\p{L}\\d]))?` +
    `(?![\\p{L}\\d]|[.,]\\d)`,
  'gu',
);

/** Lines that are not prose (quote rows, tables, captions) give no figures: they have no sentence to cite. */
function isProse(line: string): boolean {
  return (line.match(/(?:^|\s)[a-zäöüß][\p{L}-]*/gu) ?? []).length >= 2;
}

export interface FigureOptions {
  lang: string | null;
  /** Sentences of `text` when the caller already split it (shared with the summary). */
  sentences?: Sentence[];
  /** Keep plain counts only from this size up ("2 Millionen Kunden"); smaller counts are noise. */
  minCount?: number;
}

export function extractFigures(text: string, opts: FigureOptions): KeyFigure[] {
  const locale = localeOf(opts.lang);
  const sentences = opts.sentences ?? splitSentences(text, opts.lang);
  const minCount = opts.minCount ?? 1e6;
  const figures: KeyFigure[] = [];
  const seen = new Set<string>();
  const proseLines = new Map<number, boolean>();
  let si = 0;
  for (const m of text.matchAll(FIGURE_RE)) {
    const [whole, pre, a, b, longScale, shortScale, post] = m;
    const scaleWord = longScale ?? shortScale;
    const amount = amountFromParts({ pre, a, b, scaleWord, post }, locale);
    if (!amount) continue;
    if (amount.kind === 'count' && (!scaleWord || Math.abs(amount.value) < minCount)) continue;
    // A one-letter scale without a currency is too ambiguous ("5k Läufer", "3b").
    if (shortScale && amount.kind !== 'money') continue;
    const start = m.index!;
    while (si < sentences.length && sentences[si].end <= start) si++;
    const sentence = sentences[si];
    if (!sentence || sentence.start > start) continue;
    const lineStart = text.lastIndexOf('\n', start) + 1;
    if (!proseLines.has(lineStart)) {
      const lineEnd = text.indexOf('\n', start);
      proseLines.set(lineStart, isProse(text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd)));
    }
    if (!proseLines.get(lineStart)) continue;
    const key = `${amount.kind}|${amount.value}|${amount.unit}|${amount.max}`;
    if (seen.has(key)) continue;
    seen.add(key);
    figures.push({
      kind: amount.kind,
      text: whole.trim(),
      value: amount.value,
      unit: amount.unit,
      sentence: sentence.text,
      start,
    });
  }
  return figures;
}
