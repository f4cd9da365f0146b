// The data the pure core returns. Everything here is plain data except the `Element` references, which
// stay valid only for the document that was analysed; `toJSON` (serialize.ts) turns them into CSS paths.

export type BlockKind = 'ad' | 'leverage' | 'promo';
export type EntityType = 'company' | 'organization' | 'person';

export interface ArticleMeta {
  headline: string | null;
  kicker: string | null;
  /** Subtitle / teaser / standfirst. */
  description: string | null;
  author: string | null;
  /** ISO 8601; with offset where the page gives a zone, else local page time ("2025-06-12T10:10"). */
  published: string | null;
  modified: string | null;
  siteName: string | null;
  /** BCP 47 primary tag, e.g. "de", "en". */
  lang: string | null;
  leadImage: string | null;
  canonicalUrl: string | null;
}

export interface Article {
  /** The element holding the article body; null when the page has no article ("no article" is a result). */
  root: Element | null;
  /** Clean, block-aware text: one paragraph or heading per line. */
  text: string;
  /** Elements inside `root` left out of `text` (share bars, related links, ad slots...). */
  excluded: Element[];
  meta: ArticleMeta;
  wordCount: number;
  /** How the root was chosen, for debugging: "profile:boersennews", "jsonld", "score". */
  via: string;
}

export interface HiddenBlock {
  el: Element;
  kind: BlockKind;
  /** Why: the rule or signal that fired, e.g. "profile:boersennews#2", "label:Werbung", "leverage-density:0.31". */
  reason: string;
}

export interface Instrument {
  name: string;
  /** Price exactly as the page showed it ("644,23"). */
  priceText: string | null;
  price: number | null;
  currency: string | null;
  /** Change exactly as shown ("-1,30 %"). */
  changeText: string | null;
  changePct: number | null;
  exchange: string | null;
  isin: string | null;
  wkn: string | null;
  ticker: string | null;
  /** Quote time as shown, when the widget gives one. */
  quoteTime: string | null;
  /** Set when the quote's time and the article's differ. */
  note: string | null;
  source: 'quote-table' | 'text';
  /** Entity id of the company this instrument belongs to, when known. */
  entityId: string | null;
}

export interface Entity {
  /** Stable id: gazetteer id ("meta-platforms") or a slug of the name ("p:mark-zuckerberg"). */
  id: string;
  type: EntityType;
  name: string;
  ticker: string | null;
  isin: string | null;
  wkn: string | null;
  exchange: string | null;
  /** People: "CEO", "Mitgründer"; companies: null. */
  role: string | null;
  /** People: the entity id or name of the organisation the role belongs to. */
  affiliation: string | null;
  mentions: number;
  /** Reader follows this company (settings watchlist). */
  watched: boolean;
}

export interface Mention {
  entityId: string;
  type: EntityType;
  /** Offsets in `Article.text`, JavaScript string (UTF-16) units, end exclusive. */
  start: number;
  end: number;
  text: string;
}

export type FigureKind = 'money' | 'percent' | 'percentage-points' | 'count';

export interface KeyFigure {
  kind: FigureKind;
  /** As written in the text ("28 Milliarden Dollar"). */
  text: string;
  /** Normalised value (28e9). */
  value: number;
  /** ISO currency for money ("USD"), "%" or "pp" otherwise. */
  unit: string | null;
  /** The whole sentence the figure comes from. */
  sentence: string;
  /** Offset of `text` in `Article.text`. */
  start: number;
}

export interface PersonCard {
  entityId: string;
  name: string;
  role: string | null;
  affiliation: string | null;
}

export interface CompanyCard {
  entityId: string;
  name: string;
  ticker: string | null;
  isin: string | null;
  wkn: string | null;
  mentions: number;
  watched: boolean;
}

export interface SummaryCard {
  headline: string | null;
  kicker: string | null;
  source: string | null;
  url: string | null;
  published: string | null;
  author: string | null;
  lang: string | null;
  readingMinutes: number;
  instruments: Instrument[];
  companies: CompanyCard[];
  people: PersonCard[];
  figures: KeyFigure[];
  /** Up to three whole sentences from the article, in article order. */
  summary: string[];
}

export interface PageAnalysis {
  url: string | null;
  /** Site profile id that matched, or "generic". */
  site: string;
  article: Article;
  hidden: HiddenBlock[];
  entities: Entity[];
  mentions: Mention[];
  card: SummaryCard;
  /** Milliseconds per stage, for benchmarks; not stable, never asserted on. */
  timings: Record<string, number>;
}

/** Options of the one entry point. All optional: defaults give the extension's default behaviour. */
export interface AnalyzeOptions {
  url?: string | null;
  /** Reader's own hiding rules (`domain##selector` lines), already validated. */
  userRules?: string;
  /** Company ids or names the reader follows. */
  watchlist?: string[];
  /** Skip stages the caller does not need (the content script skips nothing). */
  stages?: { hide?: boolean; entities?: boolean; card?: boolean };
}
