// When our work runs. What FinLens does in a page on its own (hiding pass, engine, entities, highlights) is cut into
// slices of at most SLICE_MS, each run in an idle period, so the page's own tasks (input, rendering, its scripts)
// come first. Work the reader asked for (the card for the popup) runs in back-to-back slices (`soon`) instead.

/** The longest slice of sliced work (the hiding walk, the article, the indexes). */
export const SLICE_MS = 4;

/** A `yieldNow` for stepped work: true once SLICE_MS have passed since `t0`. */
export const sliceOver = (t0: number) => (): boolean => performance.now() - t0 > SLICE_MS;

/** How long work waits for an idle period on a page that never has one, before it runs anyway. */
export const IDLE_TIMEOUT_MS = 1000;

/** The idle period our last idle callback ran in: while it has room for another slice, the next one need not wait. */
let period: IdleDeadline | null = null;

/**
 * Runs `fn` in an idle period, or after IDLE_TIMEOUT_MS; `forced` tells it ran on the timeout, while the page was
 * busy (the benchmark counts those). While the current idle period has room for a whole slice, `fn` runs in the next
 * task instead (an idle callback posted now would wait for the next period, one frame later: a pass of 20 slices
 * would take 20 frames). Each slice stays a task of its own, so input and rendering still come in between. Where
 * there is no requestIdleCallback, soon.
 */
export function whenIdle(fn: (forced: boolean) => void): void {
  if (typeof requestIdleCallback !== 'function') {
    setTimeout(() => fn(false), 0);
    return;
  }
  if (period && period.timeRemaining() > SLICE_MS) {
    soon(() => fn(false));
    return;
  }
  requestIdleCallback(
    (deadline) => {
      period = deadline;
      fn(deadline.didTimeout);
    },
    { timeout: IDLE_TIMEOUT_MS },
  );
}

/**
 * The next task, without the 4 ms clamp of nested timeouts: one message per call on one channel, opened on first
 * use (a new MessageChannel per task showed up in the CPU profile). For work the reader is waiting for (the card).
 */
let channel: MessageChannel | null = null;
const queued: (() => void)[] = [];
export function soon(fn: () => void): void {
  if (!channel) {
    channel = new MessageChannel();
    channel.port1.onmessage = () => queued.shift()?.();
  }
  queued.push(fn);
  channel.port2.postMessage(null);
}
