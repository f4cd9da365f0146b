// Shared plumbing of the e2e scripts: paths, timing log, browser discovery, a check collector.
import { existsSync, readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { delimiter, join, resolve } from 'node:path';

export const ROOT = resolve(new URL('../..', import.meta.url).pathname);
export const OUT = resolve(process.env.E2E_OUT ?? join(ROOT, 'e2e-output'));
export const DOCS_SHOTS = join(ROOT, 'docs', 'screenshots');
export const FIXTURE = 'boersennews--zuckerberg.html';
export const FIXTURE_PATH = '/nachrichten/artikel/boersennews/' + FIXTURE;
export const TRUTH = JSON.parse(readFileSync(join(ROOT, 'test/fixtures/seed-truth.json'), 'utf8'));

/** Exit code a browser script uses for "browser not installed" (run.mjs turns it into SKIPPED or FAIL). */
export const EXIT_NO_BROWSER = 3;

export function logger(name) {
  const t0 = Date.now();
  const log = (...a) => console.log(`[${name} ${((Date.now() - t0) / 1000).toFixed(2)}s]`, ...a);
  log.elapsed = () => Date.now() - t0;
  return log;
}

export async function ensureOut() {
  await mkdir(OUT, { recursive: true });
  return OUT;
}

function firstExisting(candidates) {
  return candidates.find((p) => p && existsSync(p)) ?? null;
}

function onPath(names) {
  const dirs = (process.env.PATH ?? '').split(delimiter);
  return firstExisting(names.flatMap((n) => dirs.map((d) => join(d, n))));
}

/** An explicitly named browser is the only candidate: a wrong path is "not found", not a silent fallback. */
function explicit(name) {
  const v = process.env[name];
  return v === undefined || v === '' ? undefined : existsSync(v) ? v : null;
}

/** Debian chromium, chromium-browser, or Chrome for Testing through CHROME_PATH (or CHROMIUM). */
export function findChromium() {
  const named = explicit('CHROME_PATH');
  if (named !== undefined) return named;
  const named2 = explicit('CHROMIUM');
  if (named2 !== undefined) return named2;
  return firstExisting(['/usr/bin/chromium', '/usr/bin/chromium-browser']) ?? onPath(['chromium', 'chromium-browser']);
}

/** firefox-esr or firefox, or the binary named by FIREFOX. */
export function findFirefox() {
  const named = explicit('FIREFOX');
  if (named !== undefined) return named;
  return firstExisting(['/usr/lib/firefox-esr/firefox-esr', '/usr/bin/firefox-esr', '/usr/bin/firefox']) ?? onPath(['firefox-esr', 'firefox']);
}

/**
 * Collects failed checks instead of stopping at the first, so one run shows everything that is wrong.
 * `check(ok, what, detail)` logs FAIL lines (and ok lines with E2E_VERBOSE=1); `failures` lists the failed ones.
 */
export function checker(log) {
  const failures = [];
  let passed = 0;
  const check = (ok, what, detail) => {
    if (ok) {
      passed++;
      if (process.env.E2E_VERBOSE === '1') log('ok  ', what);
    } else {
      failures.push(detail === undefined ? what : `${what}: ${typeof detail === 'string' ? detail : JSON.stringify(detail)}`);
      log('FAIL', what, detail === undefined ? '' : detail);
    }
    return Boolean(ok);
  };
  check.failures = failures;
  check.summary = () => `${passed} checks passed, ${failures.length} failed`;
  return check;
}

/** Network requests a test may see: the local server (under either name), the extension itself, inline data. */
export function isAllowedRequest(url, port) {
  let u;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  if (['chrome-extension:', 'moz-extension:', 'data:', 'blob:', 'about:'].includes(u.protocol)) return true;
  const local = u.hostname === '127.0.0.1' || u.hostname === 'www.boersennews.de';
  return u.protocol === 'http:' && local && Number(u.port) === port;
}

/**
 * Hosts of the browsers' own background services (updates, accounts, autofill, remote settings). A proxy sees them
 * even with every switch off; they are the browser's, not the extension's (which has no host permission for them
 * and whose own requests are also recorded per context). Logged, not failed.
 */
export function isBrowserOwnHost(host) {
  return /(^|\.)(googleapis\.com|google\.com|gvt1\.com|mozilla\.(com|net|org)|firefox\.com|mozaws\.net)(:\d+)?$/.test(host);
}

/** Polls `fn` until it returns a truthy value (for state that no browser event announces). */
export async function until(fn, { timeout = 15000, interval = 100, what = 'condition' } = {}) {
  const end = Date.now() + timeout;
  let last;
  for (;;) {
    try {
      last = await fn();
      if (last) return last;
    } catch (e) {
      last = e;
    }
    if (Date.now() > end) throw new Error(`timed out waiting for ${what} (last: ${last instanceof Error ? last.message : JSON.stringify(last)})`);
    await new Promise((r) => setTimeout(r, interval));
  }
}
