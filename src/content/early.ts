// The only script in the manifest, run at document_start. It is a few kilobytes on purpose. At load it reads the
// settings and, when hiding is on for the site, switches on the site's rules in prehide.css (two attributes on
// <html>), so the ads a profile knows are never painted. Once the page is parsed and the browser has an idle period,
// it asks the background to run the content script (content.iife.ts: article, hiding, highlights) in this frame, so
// compiling and running that script happens in idle time rather than in the document_idle task, where it would
// compete with the page's own start-up.
import { hidingOn, type Settings } from '../shared/settings';
import { startPrehide } from './hide';
import { versionedSlot } from './slot';

/** What the early script did, left for the content script's perf report (bench:browser reads it through getState). */
export interface EarlyPerf {
  /** performance.now() when the early script ran, and when it asked for the content script. */
  startedAt: number;
  requestedAt: number | null;
  /** The request ran on the idle timeout (the page was busy for IDLE_TIMEOUT_MS), not in an idle period. */
  forced: boolean;
  /** Milliseconds of our own work in each task of the early script, by what it did. */
  tasks: { name: 'start' | 'settings' | 'parsed' | 'request'; ms: number }[];
}

const slot = versionedSlot<EarlyPerf>('__finlensEarly');

export function earlyPerf(): EarlyPerf | null {
  return slot.get();
}

export interface EarlyDeps {
  doc: Document;
  host: string | null;
  /** The reader's settings (never rejects: settings-read.ts falls back to defaults). */
  readSettings: () => Promise<Settings>;
  /** Schedules `fn` for an idle period (schedule.ts whenIdle: with a timeout, so a busy page still gets hidden). */
  whenIdle: (fn: (forced: boolean) => void) => void;
  /** Asks for the content script; rejects when the background could not inject it. */
  requestContent: () => Promise<unknown>;
}

export function startEarly({ doc, host, readSettings, whenIdle, requestContent }: EarlyDeps): void {
  const perf: EarlyPerf = { startedAt: performance.now(), requestedAt: null, forced: false, tasks: [] };
  slot.set(perf);
  const timed = (name: EarlyPerf['tasks'][number]['name'], fn: () => void) => {
    const t0 = performance.now();
    try {
      fn();
    } catch (error) {
      console.debug('FinLens: early script failed', error);
    } finally {
      perf.tasks.push({ name, ms: performance.now() - t0 });
    }
  };
  const request = (forced: boolean) =>
    timed('request', () => {
      perf.requestedAt = performance.now();
      perf.forced = forced;
      requestContent().catch((error: unknown) => console.debug('FinLens: the content script could not be loaded', error));
    });
  // The content script is asked for only after the pre-hide is on: its first pass ends the pre-hide, and must not
  // find it switched on after that.
  const settled = readSettings().then(
    (settings) =>
      timed('settings', () => {
        if (host && hidingOn(settings, host) && !settings.revealHidden) startPrehide(doc, host, settings.hideKinds);
      }),
    () => undefined,
  );
  const parsed = () => timed('parsed', () => void settled.then(() => whenIdle(request)));
  timed('start', () => {
    // Injected late (the popup's "enable on this site", an extension update): the page is parsed already.
    if (doc.readyState === 'loading') doc.addEventListener('DOMContentLoaded', parsed, { once: true });
    else parsed();
  });
}
