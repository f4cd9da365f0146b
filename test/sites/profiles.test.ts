// Every site profile against its constructed fixture (test/fixtures/sites/<id>.html), through the full analyze():
// the profile matches the URL and fires, the marked ad/leverage/promo blocks are hidden with the right kind, and
// nothing of the article or of the marked editorial boxes is hidden.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { PROFILES, profileFor } from '../../src/sites';
import { FIXTURES, isHidden, runFixture } from '../ads/helpers';
import { CASES } from './cases';


describe.each(CASES)('%s', (id, url) => {
  const { doc, result } = runFixture(`sites/${id}.html`, url);

  test('the profile matches the URL and at least one of its rules fires', () => {
    expect(result.site).toBe(id);
    expect(result.hidden.some((b) => b.reason.startsWith(`profile:${id}#`))).toBe(true);
  });

  test('every marked block is hidden with its kind', () => {
    const marked = [...doc.querySelectorAll('[data-expect-hidden]')];
    expect(marked.length).toBeGreaterThan(1);
    for (const el of marked) {
      const block = result.hidden.find((b) => b.el === el || b.el.contains(el));
      expect(block, el.outerHTML.slice(0, 80)).toBeDefined();
      expect(block!.kind, el.outerHTML.slice(0, 80)).toBe(el.getAttribute('data-expect-hidden'));
    }
  });

  test('no article sentence and no editorial box is hidden', () => {
    const kept = [...doc.querySelectorAll('[data-article-sentence], [data-expect-visible], h1, .most-read')];
    expect(kept.length).toBeGreaterThan(3);
    for (const el of kept) expect(isHidden(result.hidden, el), el.textContent!.slice(0, 60)).toBe(false);
    const story = doc.querySelector('article.story')!;
    for (const b of result.hidden) expect(b.el.contains(story)).toBe(false);
  });
});

describe('registry honesty', () => {
  test('every profile has a fixture and a row in this table, and the other way round', () => {
    const ids = PROFILES.map((p) => p.id).sort();
    expect(CASES.map(([id]) => id).sort()).toEqual(ids);
    for (const id of ids) expect(existsSync(join(FIXTURES, 'sites', `${id}.html`)), id).toBe(true);
    const files = readdirSync(join(FIXTURES, 'sites')).filter((f) => f.endsWith('.html')).map((f) => f.slice(0, -5));
    expect(files.sort()).toEqual(ids);
  });

  test('profile ids are unique and each URL resolves to its own profile only', () => {
    expect(new Set(PROFILES.map((p) => p.id)).size).toBe(PROFILES.length);
    for (const [id, url] of CASES) expect(profileFor(url)?.id).toBe(id);
  });

  test.each(['https://www.finanzen.ch/news/x', 'https://www.finanzen.at/news/x', 'https://www.businessinsider.de/x'])(
    'sister domain %s uses the shared profile',
    (url) => expect(profileFor(url)).not.toBeNull(),
  );

  test('every rule selector is valid CSS and every text pattern a valid RegExp', () => {
    const probe = new DOMParser().parseFromString('<div></div>', 'text/html');
    for (const p of PROFILES) {
      for (const r of p.hide ?? []) {
        expect(() => probe.querySelectorAll(r.selector), `${p.id}: ${r.selector}`).not.toThrow();
        if (r.text) expect(() => new RegExp(r.text!, 'i')).not.toThrow();
        expect(r.why.length).toBeGreaterThan(3);
      }
    }
  });
});
