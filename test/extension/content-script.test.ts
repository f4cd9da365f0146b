// @vitest-environment-options {"url": "https://www.boersennews.de/nachrichten/artikel/zuckerbergs-milliarden-wette"}
// The real content-script entry on the seed fixture, with the in-memory browser API.
import { readFileSync } from 'node:fs';
import { fakeBrowser } from '@webext-core/fake-browser';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import type { PageState } from '../../src/shared/messages';
import { ENGINE_SLOT } from '../../src/content/engine-slot';

const html = readFileSync('test/fixtures/boersennews--zuckerberg.html', 'utf8');
let controller: AbortController;

async function startOnFixture(before?: () => void): Promise<void> {
  for (const name of document.documentElement.getAttributeNames()) document.documentElement.removeAttribute(name);
  document.documentElement.innerHTML = html.replace(/^[\s\S]*?<html[^>]*>/i, '').replace(/<\/html>\s*$/i, '');
  before?.();
  vi.resetModules();
  const { start } = await import('../../src/content/index');
  controller = new AbortController();
  await start(controller.signal);
  // Hiding runs in the tasks right after start (one stage per task); wait for it like the page would.
  await vi.waitFor(() => expect(document.documentElement.hasAttribute('data-finlens-hiding')).toBe(true), { timeout: 5000 });
}

const ask = async (msg: object) => (await (await fakeBrowser.runtime.onMessage.trigger(msg, {}, () => undefined))[0]) as unknown as PageState;
const waitFor = async (check: () => boolean) => vi.waitFor(() => expect(check()).toBe(true), { timeout: 3000 });

// The background's part of loadEngine: it runs the engine script in the page's frame, here simply by importing it.
beforeEach(() => {
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((async (msg: { type?: string }) => {
    if (msg?.type === 'loadEngine') await import('../../src/content/engine.iife');
    return msg?.type === 'loadEngine' ? true : undefined;
  }) as never);
});
afterEach(() => controller?.abort());

test('marks the article, hides blocks, answers getState', async () => {
  await startOnFixture();
  expect(document.querySelector('[data-finlens-article]')).not.toBeNull();
  expect(document.documentElement.getAttribute('data-finlens-hiding')).toBe('ad leverage promo');
  const state = await ask({ type: 'getState' });
  expect(state.hiding).toBe(true);
  expect(state.articleFound).toBe(true);
  expect(state.card?.headline).toBe('Zuckerbergs Milliarden-Wette');
  const hidden = state.counts.ad + state.counts.leverage + state.counts.promo;
  expect(hidden).toBe(document.querySelectorAll('[data-finlens-hide]').length - document.querySelectorAll('[data-finlens-hide] [data-finlens-hide]').length);
  expect(hidden).toBeGreaterThan(0);
});

test('the first pass hands over from the pre-hide (early script) to the marks', async () => {
  await startOnFixture(() => {
    document.documentElement.setAttribute('data-finlens-hiding', 'ad leverage promo');
    document.documentElement.setAttribute('data-finlens-prehide', '.www.boersennews.de');
  });
  await waitFor(() => document.querySelector('[data-finlens-article]') !== null);
  expect(document.documentElement.hasAttribute('data-finlens-prehide')).toBe(false);
  expect(document.querySelectorAll('[data-finlens-hide]').length).toBeGreaterThan(0);
  expect(document.documentElement.getAttribute('data-finlens-hiding')).toBe('ad leverage promo');
});

test('the article root is never hidden', async () => {
  await startOnFixture();
  const root = document.querySelector('[data-finlens-article]')!;
  expect(root.closest('[data-finlens-hide]')).toBeNull();
  expect(root.querySelector('[data-finlens-hide]')?.textContent ?? '').not.toMatch(/Zuckerberg formiert/);
});

test('setHiding switches live with one attribute, and back', async () => {
  await startOnFixture();
  const off = await ask({ type: 'setHiding', on: false });
  expect(off.hiding).toBe(false);
  expect(document.documentElement.hasAttribute('data-finlens-hiding')).toBe(false);
  const on = await ask({ type: 'setHiding', on: true });
  expect(on.hiding).toBe(true);
  expect(document.documentElement.getAttribute('data-finlens-hiding')).toBe('ad leverage promo');
});

test('follows settings changes live', async () => {
  await startOnFixture();
  await fakeBrowser.storage.local.set({ settingsVersion: 2, siteHiding: { 'boersennews.de': false } });
  await waitFor(() => !document.documentElement.hasAttribute('data-finlens-hiding'));
  await fakeBrowser.storage.local.set({ siteHiding: {}, hideKinds: { ad: true, leverage: false, promo: true } });
  await waitFor(() => document.documentElement.getAttribute('data-finlens-hiding') === 'ad promo');
  await fakeBrowser.storage.local.set({ revealHidden: true });
  await waitFor(() => document.documentElement.hasAttribute('data-finlens-reveal'));
});

test('a broken stored setting does not stop the content script', async () => {
  await fakeBrowser.storage.local.set({ settingsVersion: 2, hideKinds: 'everything', watchlist: { x: 1 } });
  await startOnFixture();
  expect(document.documentElement.getAttribute('data-finlens-hiding')).toBe('ad leverage promo');
});

test('unknown messages are ignored, not answered with an error', async () => {
  await startOnFixture();
  const replies = await fakeBrowser.runtime.onMessage.trigger({ type: 'nope' }, {}, () => undefined);
  expect(replies.filter((r) => r !== undefined)).toEqual([]);
});

test('the entity engine arrives as a second script in idle time: highlights, entities and the card', async () => {
  delete (globalThis as Record<string, unknown>)[ENGINE_SLOT];
  await startOnFixture();
  const asked = () => vi.mocked(fakeBrowser.runtime.sendMessage).mock.calls.filter(([m]) => (m as { type?: string }).type === 'loadEngine');
  await waitFor(() => document.querySelector('finlens-mention') !== null);
  expect(asked()).toHaveLength(1);
  const names = [...document.querySelectorAll('finlens-mention')].map((m) => m.textContent);
  expect(names.some((n) => /Zuckerberg/.test(n ?? ''))).toBe(true);
  const state = await ask({ type: 'getState' });
  expect(state.entities.map((e) => e.name)).toContain('Mark Zuckerberg');
  expect(state.card?.headline).toBe('Zuckerbergs Milliarden-Wette');
  expect(asked()).toHaveLength(1);
});

test('when the engine cannot load, hiding still works and getState answers without a card', async () => {
  delete (globalThis as Record<string, unknown>)[ENGINE_SLOT];
  vi.mocked(fakeBrowser.runtime.sendMessage).mockImplementation((async (msg: { type?: string }) => {
    if (msg?.type === 'loadEngine') throw new Error('Missing host permission for the tab');
    return undefined;
  }) as never);
  await startOnFixture();
  const state = await ask({ type: 'getState' });
  expect(state.hiding).toBe(true);
  expect(state.articleFound).toBe(true);
  expect(state.card).toBeNull();
  expect(state.entities).toEqual([]);
  expect(document.querySelectorAll('[data-finlens-hide]').length).toBeGreaterThan(0);
  expect(document.querySelector('finlens-mention')).toBeNull();
});

test('a stopped copy (a newer one took over) runs none of its scheduled stages', async () => {
  await startOnFixture();
  await waitFor(() => document.querySelector('finlens-mention') !== null);
  // Start again on a fresh copy of the page, and stop that copy right away: its stages were only scheduled.
  for (const el of document.querySelectorAll('[data-finlens-article], [data-finlens-hide]')) {
    el.removeAttribute('data-finlens-article');
    el.removeAttribute('data-finlens-hide');
  }
  vi.resetModules();
  const { start } = await import('../../src/content/index');
  const second = new AbortController();
  await start(second.signal);
  second.abort();
  await new Promise((r) => setTimeout(r, 300));
  expect(document.querySelector('[data-finlens-article]')).toBeNull();
  expect(document.querySelector('[data-finlens-hide]')).toBeNull();
});
