// The content script: runs the core on the live page and applies the result with attributes and highlights.
// Nothing here may throw into the page: every entry point is guarded, and a failed analysis leaves the page as it was.
import browser from 'webextension-polyfill';
import type { StagedAnalysis } from '../core/analyze';
import { stageHiding, type HidingStages } from '../core/stages';
import { loadEngine, type EntityEngine } from './engine';
import { warmArticle } from './warmup';
import { buildTextIndex, domPositionAt, type TextIndex } from '../core/text';
import type { BlockKind, Entity, HiddenBlock } from '../core/types';
import { startBodyWalk, type BodyWalk } from '../core/ads';
import type { ContentCommands, Message, PagePerf, PageState } from '../shared/messages';
import { hidingOn, type Settings, DEFAULTS } from '../shared/settings';
import { loadSettings, watchSettings } from '../shared/settings-store';
import { applyHiding, countMarked, endPrehide, markArticle, markBlocks } from './hide';
import { entityById, paintHighlights, placeMentions, type PlacedMention } from './highlight';
import { installHoverCard, jumpTo } from './hovercard';
import { watchPage, type Watcher } from './watch';
import { flashRange } from './highlight';
import { sliceOver, soon, whenIdle } from './schedule';
import { earlyPerf } from './early';
import { pageHost } from './page-host';

interface WithEngine {
  base: HidingStages;
  staged: StagedAnalysis;
  /** The engine's index warm-ups, run as the first idle steps. */
  warmup: EntityEngine['warmup'];
}

interface State {
  settings: Settings;
  /** The current run's article and hiding stages. */
  analysis: HidingStages | null;
  /** The same run with the entity engine's stages, once the engine is here (see engine.ts). */
  full: WithEngine | null;
  /** The entities the current highlights were placed with (hover cards and repaints read them). */
  shown: Entity[];
  /** Bumped on every run, so a deferred stage of an older run never paints over a newer one. */
  generation: number;
  /** Aborted when a newer copy of the content script takes over (or the tests stop it): scheduled work stops. */
  signal: AbortSignal;
  placed: PlacedMention[];
  unpaint: () => void;
  articleText: string;
  /** The walk the highlights were placed with; figure offsets (reveal) map through the same one. */
  textIndex: TextIndex | null;
  watcher: Watcher | null;
  /** Main-thread time of our own work, reported to the benchmark through getState. */
  perf: PagePerf;
  /** Hiding switched for this page only (keyboard command or popup "this page"), overriding settings until reload. */
  pageOverride: boolean | null;
}


export async function start(signal: AbortSignal): Promise<void> {
  const state: State = {
    settings: structuredClone(DEFAULTS),
    analysis: null,
    full: null,
    shown: [],
    generation: 0,
    signal,
    placed: [],
    unpaint: () => undefined,
    articleText: '',
    textIndex: null,
    watcher: null,
    pageOverride: null,
    perf: { runs: [], highlight: [], batches: [], tasks: [], log: [], startedAt: performance.now(), early: earlyPerf() ?? undefined },
  };
  state.settings = await loadSettings().catch(() => structuredClone(DEFAULTS));
  run(state, true);
  installHoverCard({
    doc: document,
    placed: () => state.placed,
    entities: () => entityById(state.shown),
    // Asked when a card opens: reading it now would run the article stage inside this task.
    lang: () => state.analysis?.article().meta.lang ?? navigator.language,
    signal,
  });
  const listener = onMessage(state);
  browser.runtime.onMessage.addListener(listener);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener), { once: true });
  watchSettings((settings) => {
    const rerun = settings.userRules !== state.settings.userRules || settings.watchlist.join() !== state.settings.watchlist.join();
    state.settings = settings;
    state.pageOverride = null; // a saved choice replaces a per-page switch
    if (rerun) run(state, true);
    else {
      applyCurrentHiding(state);
      repaint(state);
    }
  }, signal);
  state.watcher = watchPage(document, {
    signal,
    onSettled: () => run(state, false),
    onBatch: (ms) => pushCapped(state.perf.batches, ms),
  });
}

/**
 * Analyses the page and applies the result, in slices of at most SLICE_MS, each in an idle period of its own (see
 * schedule.ts): first the hiding walk, the article, the guarded choice and the marks; then the entity engine, the
 * recogniser's indexes, the entities and the highlights. `full` repaints highlights even if the article text is
 * unchanged.
 */
function run(state: State, full: boolean): void {
  let analysis: HidingStages;
  try {
    analysis = stageHiding(document, {
      url: location.href,
      userRules: state.settings.userRules,
      watchlist: state.settings.watchlist,
    });
  } catch (error) {
    console.debug('FinLens: analysis failed; the page is left as it was.', error);
    return;
  }
  const generation = ++state.generation;
  state.analysis = analysis;
  const current = () => generation === state.generation && !state.signal.aborted;
  let hideMs = 0;
  // The walk of the hiding scan does not need the article: it goes first, in slices; the article detection and the
  // guarded choice follow in tasks of their own.
  // (Slicing costs the walk nothing measurable: bench:browser, same 15 pages back to back, walk per page p50 51.2 ms
  // sliced vs 49.7 ms in one task; nor does the order: after the article it cost the same. The walk itself is the cost.)
  let walk: BodyWalk | null = null;
  let hidden: HiddenBlock[] = [];
  const hideSteps: Step[] = [
    {
      name: 'walk',
      run: () => {
        if (!document.body) return false;
        walk ??= startBodyWalk(document.body);
        return !walk.step(sliceOver(performance.now()));
      },
    },
    { name: 'article:warm', run: () => warmArticle(document) },
    // The page walk of the detector in slices too; its last step (root, metadata, text) is one task.
    { name: 'article', run: () => !analysis.stepArticle(sliceOver(performance.now())) },
    {
      name: 'hide',
      run: () => {
        hidden = analysis.hidden(walk ?? undefined);
      },
    },
    {
      name: 'mark',
      run: () => {
        markArticle(analysis.article().root);
        markBlocks(hidden);
        applyCurrentHiding(state);
        endPrehide(document);
      },
    },
  ];
  // The card is not built here: it is built when the popup (or a copy command) asks, so page loads nobody looks at
  // the card for don't pay for it.
  const idleSteps = (staged: StagedAnalysis, warmup: EntityEngine['warmup']): Step[] => [
    // The indexes, then the recogniser itself, a slice at a time (no warm-up runs on made-up text: with the work
    // sliced, a cold function costs its first slice a little, not a long task).
    ...warmup.map(({ name, warm }) => ({ name, run: () => !warm(sliceOver(performance.now())) })),
    // Logged with the recogniser phase the slice started in, so the benchmark can tell which phase a slow task ran.
    { name: 'entities', stage: () => `entities/${staged.entityPhase()}`, run: () => !staged.stepEntities(sliceOver(performance.now())) },
    { name: 'highlight', run: () => placeAndPaint(state, staged) },
  ];
  runSteps(hideSteps, whenIdle, current, (stage, at, ms, forced) => { hideMs += ms; logTask(state, stage, at, ms, forced); }, () => {
    pushCapped(state.perf.runs, hideMs);
    if (!full && analysis.article().text === state.articleText) return;
    let highlightMs = 0;
    // The engine script arrives in a task of its own (the browser compiles it there), in idle time.
    whenIdle(() => {
      if (!current()) return;
      void engineFor(state, analysis).then((full) => {
        if (!full || !current()) return;
        runSteps(idleSteps(full.staged, full.warmup), whenIdle, current, (stage, at, ms, forced) => { highlightMs += ms; logTask(state, stage, at, ms, forced); }, () => pushCapped(state.perf.highlight, highlightMs));
      });
    });
  });
}

/**
 * The analysis with the entity engine's stages for `base` (loading the engine on first need), or null when the
 * engine cannot load: hiding keeps working without it.
 */
async function engineFor(state: State, base: HidingStages): Promise<WithEngine | null> {
  if (state.full?.base === base) return state.full;
  try {
    const requestedAt = performance.now();
    const engine = await loadEngine();
    state.perf.engine ??= { requestedAt, readyAt: performance.now() };
    if (state.full?.base !== base) state.full = { base, staged: engine.withEntities(base), warmup: engine.warmup };
    return state.full;
  } catch (error) {
    console.debug('FinLens: the entity engine is not available; hiding works without it.', error);
    return null;
  }
}

function logTask(state: State, stage: string, at: number, ms: number, forced = false): void {
  pushCapped(state.perf.tasks, ms);
  if (state.perf.log && state.perf.log.length < 400) {
    state.perf.log.push({ stage, at: Math.round(at * 100) / 100, ms: Math.round(ms * 1000) / 1000, ...(forced ? { forced } : {}) });
  }
}

/** Runs stepped work in tasks of at most about 4 ms, each timed under `stage`; resolves when it is done. */
async function inSlices(state: State, stage: string, step: (yieldNow: () => boolean) => boolean): Promise<void> {
  while (!timed(state, stage, () => step(sliceOver(performance.now())))) await new Promise<void>((resolve) => soon(resolve));
}

/** Times work done on request (a message), for the benchmark's attribution of long tasks. */
function timed<T>(state: State, stage: string, fn: () => T): T {
  const t0 = performance.now();
  try {
    return fn();
  } finally {
    logTask(state, stage, t0, performance.now() - t0);
  }
}

/** One stage of a run, in a task of its own. `run` returns true when it has more to do in another task. */
interface Step {
  name: string;
  /** The name to log for the task about to run, when it is more specific than `name`. */
  stage?: () => string;
  run: () => boolean | void;
}

/** Runs each step in its own task(s); stops when a newer run started. Every step is guarded. */
function runSteps(
  steps: Step[],
  schedule: (fn: (forced: boolean) => void) => void,
  current: () => boolean,
  spent: (stage: string, at: number, ms: number, forced: boolean) => void,
  done: () => void,
): void {
  const next = (i: number) => {
    if (!current()) return;
    if (i >= steps.length) return done();
    schedule((forced) => {
      if (!current()) return;
      const step = steps[i]!;
      const stage = step.stage?.() ?? step.name;
      const t0 = performance.now();
      let more: boolean | void = false;
      try {
        more = step.run();
      } catch (error) {
        console.debug('FinLens: a stage failed; the page is left as it was.', error);
        return;
      } finally {
        spent(stage, t0, performance.now() - t0, forced);
      }
      next(more ? i : i + 1);
    });
  };
  next(0);
}

function pushCapped(list: number[], ms: number): void {
  if (list.length < 200) list.push(Math.round(ms * 1000) / 1000);
}

function placeAndPaint(state: State, a: StagedAnalysis): void {
  state.unpaint();
  state.placed = [];
  state.shown = [];
  state.textIndex = null;
  const article = a?.article();
  state.articleText = article?.text ?? '';
  if (!a || !article?.root) return;
  const index = buildTextIndex(article.root, new Set(article.excluded));
  // The core computed the offsets from the same walk; if the page changed in between, skip rather than mis-mark.
  if (index.text !== article.text) return;
  state.textIndex = index;
  const { entities, mentions } = a.entities();
  state.shown = entities;
  state.placed = placeMentions(document, index, mentions);
  repaint(state);
}

function repaint(state: State): void {
  const s = state.settings;
  const paint = () => {
    state.unpaint();
    state.unpaint = paintHighlights(document, state.placed, {
      types: { company: s.highlightCompanies, person: s.highlightPeople, organization: s.highlightOrganizations },
      watched: new Set(state.shown.filter((e) => e.watched).map((e) => e.id)),
    });
  };
  if (state.watcher) state.watcher.quietly(paint);
  else paint();
}

function hidingNow(state: State): boolean {
  return state.pageOverride ?? hidingOn(state.settings, pageHost());
}

function applyCurrentHiding(state: State): void {
  const on = hidingNow(state);
  applyHiding(document, on, state.settings.hideKinds, state.settings.revealHidden);
  const counts = countMarked(document);
  browser.runtime.sendMessage({ type: 'countsChanged', counts: visibleCounts(counts, state), hiding: on }).catch(() => undefined);
}

/** Counts of what is actually hidden (kinds switched off in the settings are not counted). */
function visibleCounts(counts: Record<BlockKind, number>, state: State): Record<BlockKind, number> {
  const k = state.settings.hideKinds;
  return { ad: k.ad ? counts.ad : 0, leverage: k.leverage ? counts.leverage : 0, promo: k.promo ? counts.promo : 0 };
}

/**
 * What the popup shows. The card is built here, on the first request, in slices of its own tasks (logged, for the
 * benchmark's attribution), after the entities if the idle phase has not finished them yet.
 */
async function pageState(state: State): Promise<PageState> {
  const a = state.analysis;
  const staged = a?.article().root ? (await engineFor(state, a))?.staged : null;
  if (staged) await inSlices(state, 'card (on request)', (yieldNow) => staged.stepCard(yieldNow));
  const card = staged ? staged.card() : null;
  const entities = staged?.entities().entities ?? [];
  return {
    hiding: hidingNow(state),
    counts: visibleCounts(countMarked(document), state),
    card,
    entities: entities.map(({ id, type, name, ticker, isin, wkn, role, affiliation, mentions, watched }) => ({
      id, type, name, ticker, isin, wkn, role, affiliation, mentions, watched,
    })),
    host: pageHost(),
    articleFound: Boolean(a?.article().root),
    perf: { ...state.perf, stages: a?.timings() },
  };
}

function onMessage(state: State) {
  return (raw: unknown): Promise<unknown> | undefined => {
    const msg = raw as Message<ContentCommands>;
    if (!msg || typeof msg !== 'object' || typeof msg.type !== 'string') return undefined;
    try {
      switch (msg.type) {
        case 'getState':
          return pageState(state);
        case 'setHiding':
          state.pageOverride = Boolean(msg.on);
          applyCurrentHiding(state);
          return pageState(state);
        case 'reveal':
          return Promise.resolve(reveal(state, msg));
        default:
          return undefined;
      }
    } catch (error) {
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
  };
}

function reveal(state: State, msg: { entityId?: string; offset?: number }): boolean {
  if (msg.entityId) return jumpTo(document, state.placed, msg.entityId);
  const article = state.analysis?.article();
  if (msg.offset == null || !article?.root) return false;
  const index = state.textIndex ?? buildTextIndex(article.root, new Set(article.excluded));
  const pos = domPositionAt(index, msg.offset);
  if (!pos) return false;
  const range = document.createRange();
  range.setStart(pos.node, pos.offset);
  range.setEnd(pos.node, Math.min(pos.node.data.length, pos.offset + 40));
  flashRange(document, range);
  return true;
}
