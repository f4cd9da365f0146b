// The summary card: what the reader takes away from the page. Built from the detected article, the
// recognised entities and the quote widgets of the page; pure (reads `doc`, never changes it).
import type { Article, CompanyCard, Entity, HiddenBlock, Mention, PersonCard, SummaryCard } from '../types';
import type { SiteProfile } from '../../sites';
import { hostOf } from '../../sites';
import { localeOf } from './numbers';
import { splitSentences } from './sentences';
import { extractFigures } from './figures';
import { summarise } from './summary';
import { pageSignals } from './page-signals';
import { quotesFromPage } from './quotes';
import { instrumentsFromText } from './identifiers';
import { linkInstruments, noteStaleQuotes } from './link';
import { phaseRunner, type SteppedRun } from '../stepped';

export interface CardInput {
  doc: Document;
  article: Article;
  entities: Entity[];
  mentions: Mention[];
  hidden: HiddenBlock[];
  url: string | null;
  profile: SiteProfile | null;
}

/** Words per minute for reading time; 220 is a common figure for news prose. */
const WORDS_PER_MINUTE = 220;
/** A card with dozens of figures is a table, not a card: keep the first ones in article order. */
const MAX_FIGURES = 12;

export function buildCard(input: CardInput): SummaryCard {
  return startCard(input).result();
}

/** The card in steps, for the content script: each part (sentences, figures, quotes, summary) is a task of its own. */
export type CardRun = SteppedRun<SummaryCard>;

export function startCard(input: CardInput): CardRun {
  const { article, entities, mentions } = input;
  const meta = article.meta;
  const lang = meta.lang ?? input.profile?.lang ?? null;
  const locale = localeOf(lang);
  const text = article.text ?? '';
  let sentences: ReturnType<typeof splitSentences> = [];
  let figures: ReturnType<typeof extractFigures> = [];
  let instruments: SummaryCard['instruments'] = [];
  let summary: SummaryCard['summary'] = [];
  let card: SummaryCard | null = null;
  const runner = phaseRunner([
    { name: 'sentences', run: () => void (sentences = splitSentences(text, lang)) },
    { name: 'figures', run: () => void (figures = extractFigures(text, { lang, sentences }).slice(0, MAX_FIGURES)) },
    {
      name: 'instruments',
      run: () => {
        const table = safe(() => quotesFromPage(input.doc, { profileSelectors: input.profile?.quotes ?? [], hidden: input.hidden, locale }), []);
        instruments = linkInstruments(table, instrumentsFromText(text, entities), entities);
        noteStaleQuotes(instruments, meta.published, locale);
      },
    },
    {
      name: 'summary',
      run: () =>
        void (summary = summarise(sentences, {
          headline: meta.headline,
          mentionStarts: mentions.map((m) => m.start),
          figureStarts: figures.map((f) => f.start),
          author: meta.author,
          links: safe(() => pageSignals(input.doc, article.root, article.excluded), undefined),
        })),
    },
    {
      name: 'assemble',
      run: () =>
        void (card = {
          headline: meta.headline,
          kicker: meta.kicker,
          source: meta.siteName || input.profile?.name || siteFromUrl(input.url),
          url: meta.canonicalUrl || input.url,
          published: meta.published,
          author: meta.author,
          lang,
          readingMinutes: article.wordCount > 0 ? Math.max(1, Math.round(article.wordCount / WORDS_PER_MINUTE)) : 0,
          instruments,
          companies: companiesOf(entities),
          people: peopleOf(entities),
          figures,
          summary,
        }),
    },
  ]);
  return {
    step: (yieldNow) => runner.step(yieldNow),
    result() {
      runner.step();
      return card!;
    },
  };
}

function siteFromUrl(url: string | null): string | null {
  const host = hostOf(url);
  return host ? host.replace(/^www\./, '') : null;
}

/** Companies, the reader's watched ones first, then by how often the article names them. */
function companiesOf(entities: Entity[]): CompanyCard[] {
  return entities
    .filter((e) => e.type === 'company')
    .map((e, i) => ({ e, i }))
    .sort((a, b) => Number(b.e.watched) - Number(a.e.watched) || b.e.mentions - a.e.mentions || a.i - b.i)
    .map(({ e }) => ({ entityId: e.id, name: e.name, ticker: e.ticker, isin: e.isin, wkn: e.wkn, mentions: e.mentions, watched: e.watched }));
}

/** People with role; the affiliation is an entity id or a name, shown as a name. */
function peopleOf(entities: Entity[]): PersonCard[] {
  const nameOf = (ref: string | null) => (ref ? (entities.find((e) => e.id === ref)?.name ?? ref) : null);
  return entities
    .filter((e) => e.type === 'person')
    .map((e) => ({ entityId: e.id, name: e.name, role: e.role, affiliation: nameOf(e.affiliation) }));
}

function safe<T>(fn: () => T, fallback: T): T {
  try {
    return fn();
  } catch {
    return fallback; // the card must never break the analysis (odd DOMs in linkedom/happy-dom)
  }
}
