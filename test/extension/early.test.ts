// The early script (the manifest's, document_start): switches on the pre-hide only when hiding is on for the site,
// asks for the content script exactly once, only after the pre-hide is settled, the page is parsed and the browser
// is idle, and never throws into the page when the background cannot inject it.
import { afterEach, describe, expect, test, vi } from 'vitest';
import { earlyPerf, startEarly } from '../../src/content/early';
import { DEFAULTS, type Settings } from '../../src/shared/settings';
import { HIDING_ATTR, PREHIDE_ATTR } from '../../src/sites/prehide';

function page(readyState: DocumentReadyState) {
  const doc = document.implementation.createHTMLDocument('page');
  Object.defineProperty(doc, 'readyState', { value: readyState });
  const parsed = () => doc.dispatchEvent(new Event('DOMContentLoaded'));
  return { doc, parsed, html: doc.documentElement };
}

const settings = (patch: Partial<Settings> = {}): (() => Promise<Settings>) => () => Promise.resolve({ ...structuredClone(DEFAULTS), ...patch });
const flush = () => new Promise((r) => setTimeout(r, 0));

describe('early script', () => {
  afterEach(() => vi.restoreAllMocks());

  test('while the page loads: pre-hide on for the host, then one request after DOMContentLoaded, in an idle period', async () => {
    const { doc, parsed, html } = page('loading');
    const idle: ((forced: boolean) => void)[] = [];
    const requestContent = vi.fn(() => Promise.resolve(true));
    startEarly({ doc, host: 'www.boersennews.de', readSettings: settings(), whenIdle: (fn) => idle.push(fn), requestContent });
    await flush();
    expect(html.getAttribute(PREHIDE_ATTR)).toBe('.www.boersennews.de');
    expect(html.getAttribute(HIDING_ATTR)).toBe('ad leverage promo');
    expect(idle).toHaveLength(0);
    parsed();
    await flush();
    expect(idle).toHaveLength(1);
    expect(requestContent).not.toHaveBeenCalled();
    idle.shift()!(false);
    expect(requestContent).toHaveBeenCalledTimes(1);
    parsed(); // a second event (a page script dispatching one) asks nothing more: the listener was once-only
    await flush();
    expect(idle).toHaveLength(0);
    const perf = earlyPerf()!;
    expect(perf.requestedAt).not.toBeNull();
    expect(perf.forced).toBe(false);
  });

  test('kinds switched off in the settings are not pre-hidden', async () => {
    const { doc, html } = page('loading');
    startEarly({ doc, host: 'www.onvista.de', readSettings: settings({ hideKinds: { ad: true, leverage: false, promo: true } }), whenIdle: () => undefined, requestContent: () => Promise.resolve(true) });
    await flush();
    expect(html.getAttribute(HIDING_ATTR)).toBe('ad promo');
  });

  test.each([
    ['hiding off for the site', settings({ siteHiding: { 'boersennews.de': false } })],
    ['hiding off everywhere', settings({ hideEverywhere: false })],
    ['"show what was hidden" on', settings({ revealHidden: true })],
  ])('%s: no pre-hide, the content script is still asked for', async (_, readSettings) => {
    const { doc, html } = page('complete');
    const requestContent = vi.fn(() => Promise.resolve(true));
    startEarly({ doc, host: 'www.boersennews.de', readSettings, whenIdle: (fn) => fn(false), requestContent });
    await flush();
    expect(html.hasAttribute(PREHIDE_ATTR)).toBe(false);
    expect(html.hasAttribute(HIDING_ATTR)).toBe(false);
    expect(requestContent).toHaveBeenCalledTimes(1);
  });

  test('injected into a parsed page ("enable on this site"): the request waits only for settings and idle', async () => {
    const { doc } = page('complete');
    const idle: ((forced: boolean) => void)[] = [];
    const requestContent = vi.fn(() => Promise.resolve(true));
    startEarly({ doc, host: 'news.example.org', readSettings: settings(), whenIdle: (fn) => idle.push(fn), requestContent });
    await flush();
    expect(idle).toHaveLength(1);
    idle[0]!(true);
    expect(requestContent).toHaveBeenCalledTimes(1);
    expect(earlyPerf()!.forced).toBe(true); // reported: it ran on the timeout, the page never went idle
  });

  test('a refused injection is logged, not thrown into the page', async () => {
    const debug = vi.spyOn(console, 'debug').mockImplementation(() => undefined);
    const { doc } = page('interactive');
    startEarly({ doc, host: null, readSettings: settings(), whenIdle: (fn) => fn(false), requestContent: () => Promise.reject(new Error('no tab')) });
    await flush();
    await flush();
    expect(debug).toHaveBeenCalledWith('FinLens: the content script could not be loaded', expect.any(Error));
  });
});
