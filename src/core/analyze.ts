// The one entry point of the core: a Document in, a PageAnalysis out. The content script, the CLI, the
// evaluation scripts and the tests all go through here. It never mutates `doc` and touches no browser or Node API.
//
// The stages are lazy so that the content script can spread them out: hiding first (stages.ts), entities after it
// in idle callbacks, the card only when the popup asks. `analyze()` simply runs them all.
import type { AnalyzeOptions, Article, Entity, HiddenBlock, Mention, PageAnalysis, SummaryCard } from './types';
import type { SiteProfile } from '../sites';
import type { BodyWalk } from './ads';
import { stageHiding, type HidingStages } from './stages';
import { startRecognise, type RecogniseRun } from './entities';
import { startCard } from './card';

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
  // The recogniser's run, kept so the content script can log which phase a slice started in.
  let recogniser: RecogniseRun | null = null;
  const found = base.stage<Found>('entities', () => {
    const article = base.article();
    return (recogniser = startRecognise(article.text, { lang: article.meta.lang, watchlist: options.watchlist ?? [] }));
  });
  const card = base.stage('card', () => {
    const { entities, mentions } = staged.entities();
    return startCard({ doc, article: base.article(), entities, mentions, hidden: base.hidden(), url, profile });
  });

  const staged: StagedAnalysis = {
    url,
    profile,
    article: base.article,
    hidden: base.hidden,
    entities: () => (on.entities ? found.get() : NONE),
    stepEntities: (yieldNow) => !on.entities || found.step(yieldNow),
    entityPhase: () => (found.done ? 'done' : recogniser?.phase ?? 'start'),
    card: card.get,
    // The card needs the entities: they come first, in the same slices.
    stepCard: (yieldNow) => staged.stepEntities(yieldNow) && card.step(yieldNow),
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
