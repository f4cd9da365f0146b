// The one entry point of the core: a Document in, a PageAnalysis out. The content script, the CLI, the
// evaluation scripts and the tests all go through here. It never mutates `doc` and touches no browser or Node API.
//
// The stages are lazy so that the content script can spread them out: hiding at document_idle, entities in an
// idle callback, the card only when the popup asks. `analyze()` simply runs them all.
import type { AnalyzeOptions, Article, Entity, HiddenBlock, Mention, PageAnalysis, SummaryCard } from './types';
import { profileFor, type SiteProfile } from '../sites';
import { detectArticle } from './article';
import { findHiddenBlocks } from './ads';
import { startRecognise, type RecogniseRun } from './entities';
import { buildCard } from './card';

const now = (): number => (typeof performance !== 'undefined' ? performance.now() : Date.now());

export interface StagedAnalysis {
  readonly url: string | null;
  readonly profile: SiteProfile | null;
  /** 1. The article: root, clean text, metadata. */
  article(): Article;
  /** 2. Blocks to hide, guarded so that no article text is ever among them. */
  hidden(): HiddenBlock[];
  /** 3. Companies, organisations and people in the article text. */
  entities(): { entities: Entity[]; mentions: Mention[] };
  /**
   * Stage 3 a slice at a time: works on until done (true) or until `yieldNow()` says to stop (false); `entities()`
   * then returns the result (the same as computed at once). Lets the content script keep every task short.
   */
  stepEntities(yieldNow: () => boolean): boolean;
  /** 4. The summary card. */
  card(): SummaryCard;
  /** Everything, computing what has not been computed yet. */
  result(): PageAnalysis;
  /** Milliseconds per stage computed so far. */
  timings(): Record<string, number>;
}

export function stageAnalysis(doc: Document, options: AnalyzeOptions = {}): StagedAnalysis {
  const url = options.url ?? null;
  const stages = { hide: true, entities: true, card: true, ...options.stages };
  const profile = profileFor(url);
  const timings: Record<string, number> = {};
  const cache = new Map<string, unknown>();
  const once = <T>(name: string, fn: () => T): T => {
    if (!cache.has(name)) {
      const t0 = now();
      cache.set(name, fn());
      timings[name] = now() - t0;
    }
    return cache.get(name) as T;
  };

  // The recogniser's run, started on first need; `entities()` finishes it, `stepEntities` advances it.
  let recogniser: RecogniseRun | null = null;
  let steppedMs = 0;
  const entityRun = (): RecogniseRun => {
    if (!recogniser) {
      const article = staged.article();
      recogniser = startRecognise(article.text, { lang: article.meta.lang, watchlist: options.watchlist ?? [] });
    }
    return recogniser;
  };

  const staged: StagedAnalysis = {
    url,
    profile,
    article: () => once('article', () => detectArticle(doc, { url, profile })),
    hidden: () =>
      stages.hide
        ? once('hide', () => findHiddenBlocks(doc, { article: staged.article(), profile, userRules: options.userRules ?? '', url }))
        : [],
    entities: () => {
      if (!stages.entities) return { entities: [], mentions: [] };
      if (!cache.has('entities')) {
        const t0 = now();
        cache.set('entities', entityRun().result());
        timings.entities = steppedMs + now() - t0;
      }
      return cache.get('entities') as { entities: Entity[]; mentions: Mention[] };
    },
    stepEntities: (yieldNow) => {
      if (!stages.entities || cache.has('entities')) return true;
      const t0 = now();
      const done = entityRun().step(yieldNow);
      steppedMs += now() - t0;
      if (done) {
        cache.set('entities', entityRun().result());
        timings.entities = steppedMs;
      }
      return done;
    },
    card: () =>
      once('card', () => {
        const { entities, mentions } = staged.entities();
        return buildCard({ doc, article: staged.article(), entities, mentions, hidden: staged.hidden(), url, profile });
      }),
    result: () => {
      const article = staged.article();
      const hidden = staged.hidden();
      const { entities, mentions } = staged.entities();
      const card = staged.card();
      return { url, site: profile?.id ?? 'generic', article, hidden, entities, mentions, card, timings: { ...timings } };
    },
    timings: () => ({ ...timings }),
  };
  return staged;
}

export function analyze(doc: Document, options: AnalyzeOptions = {}): PageAnalysis {
  return stageAnalysis(doc, options).result();
}
