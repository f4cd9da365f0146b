// The one entry point of the core: a Document in, a PageAnalysis out. The content script, the CLI, the
// evaluation scripts and the tests all go through here. It never mutates `doc` and touches no browser or Node API.
//
// The stages are lazy so that the content script can spread them out: hiding at document_idle (stages.ts), entities
// in idle callbacks, the card only when the popup asks. `analyze()` simply runs them all.
import type { AnalyzeOptions, Article, Entity, HiddenBlock, Mention, PageAnalysis, SummaryCard } from './types';
import type { SiteProfile } from '../sites';
import type { BodyWalk } from './ads';
import { now, stageHiding, type HidingStages } from './stages';
import { startRecognise, type RecogniseRun } from './entities';
import { startCard, type CardRun } from './card';

export { stageHiding, type HidingStages } from './stages';

export interface StagedAnalysis {
  readonly url: string | null;
  readonly profile: SiteProfile | null;
  /** 1. The article: root, clean text, metadata. */
  article(): Article;
  /** 2. Blocks to hide, guarded so that no article text is ever among them. */
  hidden(walk?: BodyWalk): HiddenBlock[];
  /** 3. Companies, organisations and people in the article text. */
  entities(): { entities: Entity[]; mentions: Mention[] };
  /**
   * Stage 3 a slice at a time: works on until done (true) or until `yieldNow()` says to stop (false); `entities()`
   * then returns the result (the same as computed at once). Lets the content script keep every task short.
   */
  stepEntities(yieldNow: () => boolean): boolean;
  /** The recogniser phase the next `stepEntities` starts in (for the content script's task log). */
  entityPhase(): string;
  /** 4. The summary card. */
  card(): SummaryCard;
  /** Stage 4 (with stage 3 first, if it is not done) a slice at a time, like `stepEntities`. */
  stepCard(yieldNow: () => boolean): boolean;
  /** Everything, computing what has not been computed yet. */
  result(): PageAnalysis;
  /** Milliseconds per stage computed so far. */
  timings(): Record<string, number>;
}

type Found = { entities: Entity[]; mentions: Mention[] };
const NONE: Found = { entities: [], mentions: [] };

/** Adds the recogniser and the card to the hiding stages of a page (the same object: its caches are shared). */
export function withEntities(base: HidingStages): StagedAnalysis {
  const { doc, url, profile, options } = base;
  const on = { entities: true, card: true, ...options.stages };
  // The recogniser's run, started on first need; `entities()` finishes it, `stepEntities` advances it.
  let recogniser: RecogniseRun | null = null;
  const entityRun = (): RecogniseRun => {
    if (!recogniser) {
      const article = base.article();
      recogniser = startRecognise(article.text, { lang: article.meta.lang, watchlist: options.watchlist ?? [] });
    }
    return recogniser;
  };

  let card: CardRun | null = null;
  const cardRun = (): CardRun => {
    if (!card) {
      const { entities, mentions } = staged.entities();
      card = startCard({ doc, article: base.article(), entities, mentions, hidden: base.hidden(), url, profile });
    }
    return card;
  };

  const staged: StagedAnalysis = {
    url,
    profile,
    article: base.article,
    hidden: base.hidden,
    entities: () => (on.entities ? base.once<Found>('entities', () => entityRun().result()) : NONE),
    stepEntities: (yieldNow) => {
      if (!on.entities || base.has('entities')) return true;
      const t0 = now();
      const done = entityRun().step(yieldNow);
      base.record('entities', now() - t0);
      if (done) staged.entities();
      return done;
    },
    entityPhase: () => (base.has('entities') ? 'done' : recogniser?.phase ?? 'start'),
    card: () => base.once('card', () => cardRun().result()),
    stepCard: (yieldNow) => {
      if (base.has('card')) return true;
      if (!staged.stepEntities(yieldNow)) return false;
      const t0 = now();
      const done = cardRun().step(yieldNow);
      base.record('card', now() - t0);
      if (done) staged.card();
      return done;
    },
    result: () => {
      const article = base.article();
      const hidden = base.hidden();
      const { entities, mentions } = staged.entities();
      const card = staged.card();
      return { url, site: profile?.id ?? 'generic', article, hidden, entities, mentions, card, timings: base.timings() };
    },
    timings: base.timings,
  };
  return staged;
}

export function stageAnalysis(doc: Document, options: AnalyzeOptions = {}): StagedAnalysis {
  return withEntities(stageHiding(doc, options));
}

export function analyze(doc: Document, options: AnalyzeOptions = {}): PageAnalysis {
  return stageAnalysis(doc, options).result();
}
