// The Preact popup against the in-memory browser API: switches write settings, the card renders, copy works.
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { fakeBrowser } from '@webext-core/fake-browser';
import { beforeEach, expect, test, vi } from 'vitest';
import { App } from '../../src/popup/App';
import type { PageState } from '../../src/shared/messages';
import { loadSettings } from '../../src/shared/settings-store';

const state: PageState = {
  hiding: true,
  counts: { ad: 3, leverage: 2, promo: 1 },
  host: 'www.boersennews.de',
  articleFound: true,
  entities: [],
  card: {
    headline: 'Zuckerbergs <img src=x onerror=alert(1)> Wette', kicker: 'Top-Forscher wechseln zu Meta', source: 'BörsenNEWS.de',
    url: 'https://www.boersennews.de/a', published: '2025-06-12T10:10', author: 'Bn-Redaktion/ts', lang: 'de', readingMinutes: 3,
    instruments: [{ name: 'Meta Platforms (A)', priceText: '644,23', price: 644.23, currency: 'USD', changeText: '-1,30 %', changePct: -1.3, exchange: 'Nasdaq', isin: null, wkn: null, ticker: null, quoteTime: null, note: null, source: 'quote-table', entityId: 'meta-platforms' }],
    companies: [{ entityId: 'meta-platforms', name: 'Meta Platforms', ticker: 'META', isin: 'US30303M1027', wkn: 'A1JWVX', mentions: 12, watched: false }],
    people: [{ entityId: 'p:mark-zuckerberg', name: 'Mark Zuckerberg', role: 'CEO', affiliation: 'Meta Platforms' }],
    figures: [], summary: ['Meta Platforms geht in die Offensive.'],
  },
};

let sent: unknown[] = [];
beforeEach(async () => {
  sent = [];
  const win = await fakeBrowser.windows.create({ focused: true });
  await fakeBrowser.tabs.create({ windowId: win!.id, active: true, url: 'https://www.boersennews.de/a' });
  vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation(async (_id: number, msg: unknown) => {
    sent.push(msg);
    return state as never;
  });
});

test('shows the card; page text is rendered as text, never as markup', async () => {
  const { container } = render(<App />);
  await screen.findByTestId('summary-card');
  expect(screen.getByTestId('card-headline').textContent).toBe('Zuckerbergs <img src=x onerror=alert(1)> Wette');
  expect(container.querySelector('img[onerror]')).toBeNull();
  expect(screen.getByTestId('card-instruments').textContent).toMatch(/Meta Platforms \(A\).*644,23 USD.*-1,30 %.*Nasdaq/);
  expect(screen.getByTestId('card-people').textContent).toMatch(/Mark Zuckerberg.*CEO, Meta Platforms/);
});

test('opened while the page loads: inactive at first, the card once the content script answers', async () => {
  let calls = 0;
  vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation(async () => {
    if (++calls <= 2) throw new Error('Could not establish connection. Receiving end does not exist.');
    return state as never;
  });
  render(<App />);
  await screen.findByTestId('summary-card', undefined, { timeout: 3000 });
  expect(calls).toBe(3);
});

test('the site switch saves a per-site choice', async () => {
  render(<App />);
  const toggle = (await screen.findByTestId('hide-site')) as HTMLInputElement;
  expect(toggle.checked).toBe(true);
  fireEvent.change(toggle, { target: { checked: false } });
  await waitFor(async () => expect((await loadSettings()).siteHiding).toEqual({ 'www.boersennews.de': false }));
});

test('the everywhere switch saves and clears per-site choices', async () => {
  await fakeBrowser.storage.local.set({ settingsVersion: 2, siteHiding: { 'www.ariva.de': false } });
  render(<App />);
  const toggle = (await screen.findByTestId('hide-everywhere')) as HTMLInputElement;
  fireEvent.change(toggle, { target: { checked: false } });
  await waitFor(async () => {
    const s = await loadSettings();
    expect(s.hideEverywhere).toBe(false);
    expect(s.siteHiding).toEqual({});
  });
});

test('copy writes the Markdown card and confirms', async () => {
  const writeText = vi.fn().mockResolvedValue(undefined);
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
  // happy-dom has no execCommand('copy'): the popup falls back to navigator.clipboard.
  render(<App />);
  fireEvent.click(await screen.findByTestId('copy-markdown'));
  await waitFor(() => expect(writeText).toHaveBeenCalled());
  expect(writeText.mock.calls[0][0]).toContain('Zuckerbergs');
  await waitFor(() => expect(screen.getByTestId('copy-status').textContent).not.toBe(''));
});

test('a tab without the content script offers "enable on this site"', async () => {
  vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockRejectedValue(new Error('Could not establish connection'));
  render(<App />);
  expect(await screen.findByTestId('enable-site')).toBeTruthy();
});
