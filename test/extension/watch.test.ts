// The page watcher: batches mutations, re-runs once after the page settles, and backs off from pages that fight.
import { afterEach, expect, test } from 'vitest';
import { watchPage } from '../../src/content/watch';

let controller: AbortController;
afterEach(() => controller?.abort());
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

test('a burst of changes gives one re-run after the page settles', async () => {
  controller = new AbortController();
  let settled = 0;
  watchPage(document, { signal: controller.signal, onSettled: () => settled++ });
  for (let i = 0; i < 30; i++) document.body.append(Object.assign(document.createElement('p'), { textContent: `item ${i}` }));
  await sleep(100);
  expect(settled).toBe(0); // still waiting for quiet
  await sleep(700);
  expect(settled).toBe(1);
});

test('our own writes inside quietly() do not count as page changes', async () => {
  controller = new AbortController();
  let settled = 0;
  const watcher = watchPage(document, { signal: controller.signal, onSettled: () => settled++ });
  watcher.quietly(() => document.body.append(document.createElement('finlens-mention'), 'text'));
  await sleep(800);
  expect(settled).toBe(0);
});

test('a page that removes and restores an element in a loop does not make us loop with it', async () => {
  controller = new AbortController();
  let settled = 0;
  watchPage(document, { signal: controller.signal, onSettled: () => settled++ });
  const ad = Object.assign(document.createElement('div'), { textContent: 'Werbung' });
  document.body.append(ad);
  const fight = setInterval(() => (ad.isConnected ? ad.remove() : document.body.append(ad)), 450);
  await sleep(4000);
  clearInterval(fight);
  // Without back-off this would be about 8 runs (one per restore); with it, the gaps double each time.
  expect(settled).toBeLessThanOrEqual(4);
  expect(settled).toBeGreaterThanOrEqual(1);
});

test('stops observing when aborted', async () => {
  controller = new AbortController();
  let settled = 0;
  watchPage(document, { signal: controller.signal, onSettled: () => settled++ });
  controller.abort();
  document.body.append(Object.assign(document.createElement('p'), { textContent: 'late' }));
  await sleep(700);
  expect(settled).toBe(0);
});
