// One MutationObserver for the page's lifetime. Its callback only queues; once per frame the queue is drained within
// a 1 ms slice (the rest waits for the next frame); once the page has been quiet for a while, one re-analysis runs.
// Consecutive re-analyses back off, so a page that removes and restores elements in a loop can't make us loop with it.

/** Per frame: a burst of thousands of records is drained over several frames rather than in one long batch. */
const BATCH_MS = 1;
const QUIET_MS = 400;
const MAX_BACKOFF_MS = 30_000;
const OWN_TAGS = new Set(['FINLENS-HOVERCARD', 'FINLENS-MENTION']);

export interface WatchOptions {
  /** Called after the page settled with at least one relevant change. */
  onSettled: () => void;
  signal: AbortSignal;
  /** Per-batch time, for the benchmark (ms). */
  onBatch?: (ms: number) => void;
}

export interface Watcher {
  /** Runs our own DOM writes (wrappers, hover card) without them counting as page changes. */
  quietly<T>(fn: () => T): T;
}

export function watchPage(doc: Document, opts: WatchOptions): Watcher {
  const win = doc.defaultView;
  if (!win || typeof MutationObserver === 'undefined') return { quietly: (fn) => fn() };
  let queue: MutationRecord[] = [];
  let frame = 0;
  let quietTimer: ReturnType<typeof setTimeout> | undefined;
  let dirty = false;
  let backoff = QUIET_MS;
  let lastRun = 0;

  const relevant = (node: Node): boolean => {
    if (node.nodeType === 3) return ((node as Text).data.trim().length > 0);
    if (node.nodeType !== 1) return false;
    return !OWN_TAGS.has((node as Element).tagName.toUpperCase());
  };

  const flush = () => {
    frame = 0;
    const t0 = performance.now();
    while (queue.length && performance.now() - t0 < BATCH_MS) {
      const record = queue.shift()!;
      if (dirty) continue; // one relevant change is enough; drain the rest cheaply
      for (const n of record.addedNodes) if (relevant(n)) dirty = true;
      for (const n of record.removedNodes) if (relevant(n)) dirty = true;
    }
    opts.onBatch?.(performance.now() - t0);
    if (queue.length) frame = win.requestAnimationFrame(flush);
    else if (dirty) scheduleSettled();
  };

  const scheduleSettled = () => {
    clearTimeout(quietTimer);
    // Back off when re-analyses follow each other closely (a page fighting us, or a ticker).
    const sinceLast = Date.now() - lastRun;
    backoff = sinceLast < backoff * 2 ? Math.min(backoff * 2, MAX_BACKOFF_MS) : QUIET_MS;
    quietTimer = setTimeout(() => {
      dirty = false;
      lastRun = Date.now();
      opts.onSettled();
    }, backoff);
  };

  const observer = new MutationObserver((records) => {
    for (const r of records) queue.push(r);
    if (!frame) frame = win.requestAnimationFrame(flush);
  });
  observer.observe(doc.documentElement, { childList: true, subtree: true });
  opts.signal.addEventListener('abort', () => {
    observer.disconnect();
    if (frame) win.cancelAnimationFrame(frame);
    clearTimeout(quietTimer);
    queue = [];
  });
  return {
    quietly(fn) {
      const pending = observer.takeRecords();
      try {
        return fn();
      } finally {
        observer.takeRecords(); // drop the records of our own writes
        for (const r of pending) queue.push(r);
      }
    },
  };
}
