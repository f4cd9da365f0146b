// The first half of the analysis: the article and the blocks to hide. Kept apart from the recogniser and the card
// (analyze.ts adds those) so that the content script that hides carries only this code; the
// recogniser, its compiled indexes and the card arrive later, in idle time, as a second script (see
// src/content/engine.iife.ts). Pure: it never mutates `doc` and touches no browser or Node API.
import type { AnalyzeOptions, Article, HiddenBlock } from './types';
import { profileFor, type SiteProfile } from '../sites';
import { startArticle } from './article';
import type { SteppedRun } from './stepped';
import { findHiddenBlocks, type BodyWalk } from './ads';

export const now = (): number => (typeof performance !== 'undefined' ? performance.now() : Date.now());

export interface HidingStages {
  readonly doc: Document;
  readonly url: string | null;
  readonly profile: SiteProfile | null;
  readonly options: AnalyzeOptions;
  /** 1. The article: root, clean text, metadata. */
  article(): Article;
  /**
   * Stage 1 a slice at a time: works on until done (true) or until `yieldNow()` says to stop (false); `article()`
   * then returns the result (the same as computed at once).
   */
  stepArticle(yieldNow: () => boolean): boolean;
  /**
   * 2. Blocks to hide, guarded so that no article text is ever among them. `walk`: a body walk of this document
   * already done (the content script runs it in slices before the article is known); else one is made.
   */
  hidden(walk?: BodyWalk): HiddenBlock[];
  /** A further stage on the same cache and timings (the recogniser and the card, see analyze.ts). */
  stage<T>(name: string, start: () => SteppedRun<T>): Stage<T>;
  /** Milliseconds per stage computed so far. */
  timings(): Record<string, number>;
}

/**
 * A stage computed once, at once (`get`) or a slice at a time (`step`, then `get` returns the same result); its
 * milliseconds count under its name either way. The run starts on first need.
 */
export interface Stage<T> {
  get(): T;
  step(yieldNow: () => boolean): boolean;
  readonly done: boolean;
}

export function stageHiding(doc: Document, options: AnalyzeOptions = {}): HidingStages {
  const url = options.url ?? null;
  const hideOn = options.stages?.hide ?? true;
  const profile = profileFor(url);
  const timings: Record<string, number> = {};
  const cache = new Map<string, unknown>();
  const once = <T>(name: string, fn: () => T): T => {
    if (!cache.has(name)) {
      const t0 = now();
      cache.set(name, fn());
      timings[name] = (timings[name] ?? 0) + now() - t0;
    }
    return cache.get(name) as T;
  };
  const stage = <T>(name: string, start: () => SteppedRun<T>): Stage<T> => {
    let run: SteppedRun<T> | null = null;
    const started = (): SteppedRun<T> => (run ??= start());
    const get = (): T => once(name, () => started().result());
    return {
      get,
      step: (yieldNow) => {
        if (cache.has(name)) return true;
        const t0 = now();
        const done = started().step(yieldNow);
        timings[name] = (timings[name] ?? 0) + now() - t0;
        if (done) get();
        return done;
      },
      get done() {
        return cache.has(name);
      },
    };
  };
  const article = stage('article', () => startArticle(doc, { url, profile }));
  const stages: HidingStages = {
    doc,
    url,
    profile,
    options,
    article: article.get,
    stepArticle: article.step,
    hidden: (walk) =>
      hideOn
        ? once('hide', () => findHiddenBlocks(doc, { article: stages.article(), profile, userRules: options.userRules ?? '', url, walk }))
        : [],
    stage,
    timings: () => ({ ...timings }),
  };
  return stages;
}
