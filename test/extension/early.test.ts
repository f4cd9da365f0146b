// The early script (the manifest's, document_start) asks for the content script exactly once, only after the page
// is parsed and the browser is idle, and never throws into the page when the background cannot inject it.
import { afterEach, describe, expect, test, vi } from 'vitest';
import { earlyPerf, startEarly } from '../../src/content/early';

function fakeDoc(readyState: DocumentReadyState) {
  const listeners: (() => void)[] = [];
  const doc = {
    readyState,
    addEventListener: (type: string, fn: () => void) => {
      if (type === 'DOMContentLoaded') listeners.push(fn);
    },
  } as unknown as Document;
  return { doc, fireParsed: () => listeners.splice(0).forEach((fn) => fn()) };
}

describe('early script', () => {
  afterEach(() => vi.restoreAllMocks());

  test('while the page loads: nothing until DOMContentLoaded, then one request in the next idle period', () => {
    const { doc, fireParsed } = fakeDoc('loading');
    const idle: ((forced: boolean) => void)[] = [];
    const requestContent = vi.fn(() => Promise.resolve(true));
    startEarly({ doc, whenIdle: (fn) => idle.push(fn), requestContent });
    expect(idle).toHaveLength(0);
    fireParsed();
    expect(idle).toHaveLength(1);
    expect(requestContent).not.toHaveBeenCalled();
    idle.shift()!(false);
    expect(requestContent).toHaveBeenCalledTimes(1);
    fireParsed(); // a second event (a page script dispatching one) asks nothing more: the listener was once-only
    expect(idle).toHaveLength(0);
    const perf = earlyPerf()!;
    expect(perf.requestedAt).not.toBeNull();
    expect(perf.tasks).toHaveLength(3); // start, parsed, idle request
  });

  test('injected into a parsed page ("enable on this site"): the request waits only for idle', () => {
    const { doc } = fakeDoc('complete');
    const idle: ((forced: boolean) => void)[] = [];
    const requestContent = vi.fn(() => Promise.resolve(true));
    startEarly({ doc, whenIdle: (fn) => idle.push(fn), requestContent });
    expect(idle).toHaveLength(1);
    idle[0]!(true);
    expect(requestContent).toHaveBeenCalledTimes(1);
    expect(earlyPerf()!.forced).toBe(true); // reported: it ran on the timeout, the page never went idle
  });

  test('a refused injection is logged, not thrown into the page', async () => {
    const debug = vi.spyOn(console, 'debug').mockImplementation(() => undefined);
    const { doc } = fakeDoc('interactive');
    startEarly({ doc, whenIdle: (fn) => fn(false), requestContent: () => Promise.reject(new Error('no tab')) });
    await new Promise((r) => setTimeout(r, 0));
    expect(debug).toHaveBeenCalledWith('FinLens: the content script could not be loaded', expect.any(Error));
  });
});
