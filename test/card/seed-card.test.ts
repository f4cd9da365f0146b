// The card of the seed article, field by field, through the full pipeline (analyze) in linkedom.
// Test names start with the part each assertion depends on, so a failure is attributable:
//   [card]       this folder (src/core/card)
//   [article]    the article detector (src/core/article): headline, date, author, article text
//   [recogniser] the entity recogniser (src/core/entities): companies, people and roles
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { decodeHtml, parseDocument } from '../../src/cli/html';
import { analyze } from '../../src/core/analyze';
import { endsLikeSentence } from '../../src/core/card/sentences';
import { cardToMarkdown } from '../../src/core/card/format';

const fixture = (p: string) => join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', p);
const truth = JSON.parse(readFileSync(fixture('seed-truth.json'), 'utf8'));
const SEED_URL = truth.pages['boersennews--zuckerberg.html'].url as string;

const analyse = (file: string, url: string | null) => analyze(parseDocument(decodeHtml(readFileSync(fixture(file)))), { url });
const seed = analyse('boersennews--zuckerberg.html', SEED_URL);
const card = seed.card;

describe('seed card (boersennews--zuckerberg.html)', () => {
  test('[article] headline', () => {
    expect(card.headline).toBe('Zuckerbergs Milliarden-Wette');
  });
  test('[article] published', () => {
    expect(card.published ?? '').toMatch(/^2025-06-12T10:10/);
  });
  test('[article] kicker and author', () => {
    expect(card.kicker).toBe(truth.kicker);
    expect(card.author).toBe(truth.author);
  });
  test('[card] source, url, language, reading time', () => {
    expect(card.source).toBe('BörsenNEWS.de');
    expect(card.url).toBe(SEED_URL);
    expect(card.lang).toBe('de');
    expect(card.readingMinutes).toBeGreaterThanOrEqual(2);
    expect(card.readingMinutes).toBeLessThanOrEqual(4);
  });
  test('[card] instrument Meta Platforms 644,23 USD -1,30 % Nasdaq, exactly as shown', () => {
    expect(card.instruments).toHaveLength(1);
    expect(card.instruments[0]).toMatchObject({ ...truth.instruments[0], source: 'quote-table', isin: 'US30303M1027' });
  });
  test('[card] figure 28 Mrd. USD from the Scale AI sentence', () => {
    const f = card.figures.find((x) => x.value === 28e9);
    expect(f).toMatchObject({ kind: 'money', unit: 'USD', text: '28 Milliarden Dollar' });
    expect(f!.sentence).toBe(truth.figures[1].sentence);
    expect(seed.article.text.slice(f!.start, f!.start + f!.text.length)).toBe(f!.text);
  });
  test('[card] figure 800 Mio. USD from the FuriosaAI sentence', () => {
    const f = card.figures.find((x) => x.value === 800e6);
    expect(f).toMatchObject({ kind: 'money', unit: 'USD', text: '800 Millionen Dollar', sentence: truth.figures[2].sentence });
  });
  test('[card] no figure from vague amounts, versions or the quote row', () => {
    const texts = card.figures.map((f) => f.text).join(' | ');
    for (const nf of truth.notFigures) expect(texts).not.toContain(nf.text);
    expect(card.figures.every((f) => !['644,23 USD', '-1,30 %'].includes(f.text))).toBe(true);
  });
  test('[card] summary: three whole sentences of the article, in order, no boilerplate', () => {
    expect(card.summary).toHaveLength(3);
    const at = card.summary.map((s) => seed.article.text.indexOf(s));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    for (const s of card.summary) {
      expect(endsLikeSentence(s)).toBe(true);
      expect(truth.articleSentences).toContain(s);
      for (const b of truth.boilerplate) expect(s).not.toContain(b);
    }
  });
  test('[recogniser] Meta Platforms is a company with ticker, linked to the instrument', () => {
    const meta = card.companies.find((c) => c.name === 'Meta Platforms');
    expect(meta?.ticker).toBe('META');
    expect(card.instruments[0].entityId).toBe(meta?.entityId);
  });
  test.each(
    (truth.roles as Array<{ person: string; role: string | null; affiliation: string }>)
      .filter((r) => r.role && ['Mark Zuckerberg', 'Alexandr Wang', 'Vahan Petrosyan'].includes(r.person))
      .map((r) => [r.person, r.role, r.affiliation] as const),
  )('[recogniser] person %s with role %s at %s', (person, role, affiliation) => {
    const p = card.people.find((x) => x.name === person);
    expect(p?.role).toBe(role);
    expect(p?.affiliation).toBe(affiliation);
  });
  test('[card] the Markdown copy holds the key facts', () => {
    const md = cardToMarkdown(card, 'de');
    expect(md).toContain('Meta Platforms \\(A\\): 644,23 USD, -1,30 %, Nasdaq');
    expect(md).toContain('28 Mrd. USD');
    expect(md).toContain('800 Mio. USD');
  });
});

describe.each(['variants/zuckerberg--plain-cms.html', 'variants/zuckerberg--div-soup.html'])('variant %s', (file) => {
  const v = analyse(file, truth.pages[file].url);
  test('[card] the quote widget gives the same instrument', () => {
    expect(v.card.instruments.map(({ name, priceText, price, currency, changeText, changePct, exchange }) => ({ name, priceText, price, currency, changeText, changePct, exchange }))).toEqual(truth.instruments);
  });
  test('[card] the same money figures', () => {
    expect(v.card.figures.filter((f) => f.kind === 'money').map((f) => f.value)).toEqual([28e9, 800e6]);
  });
  test('[article] three summary sentences from the article, no boilerplate', () => {
    expect(v.card.summary).toHaveLength(3);
    for (const s of v.card.summary) {
      expect(truth.articleSentences).toContain(s);
      for (const b of truth.boilerplate) expect(s).not.toContain(b);
    }
  });
});
