// The seed article in three markups (the BörsenNEWS page, a plain CMS, div soup), against hand-made truth.
import { describe, expect, test } from 'vitest';
import { detectArticle } from '../../src/core/article';
import { profileFor } from '../../src/sites';
import { PARSERS, fixture } from './helpers';

interface SeedTruth {
  headline: string;
  kicker: string;
  published: string;
  author: string;
  lang: string;
  articleParagraphs: string[];
  articleHeadings: string[];
  pages: Record<string, { url: string | null; canonicalUrl: string | null; siteName: string | null; jsonLd: boolean }>;
}
const truth = JSON.parse(fixture('seed-truth.json')) as SeedTruth;

// Boilerplate around the article that must never be part of its text.
const OUTSIDE = ['Handeln Sie Aktien bei SMARTBROKER+', 'Hebel: 21', 'Den Basisprospekt', 'Schreib den ersten Kommentar!', 'Totalverlust des eingesetzten Kapitals', 'Alle Diskussionen'];

const cases = Object.entries(truth.pages).flatMap(([file, info]) => PARSERS.map(([dom, parse]) => ({ file, dom, parse, info })));

describe.each(cases)('$file in $dom', ({ file, parse, info }) => {
  const doc = parse(fixture(file));
  const before = doc.documentElement.outerHTML;
  const a = detectArticle(doc, { url: info.url, profile: profileFor(info.url) });

  test('does not mutate the document', () => {
    expect(doc.documentElement.outerHTML).toBe(before);
  });
  test('finds every paragraph and subheading, one block per line', () => {
    const lines = new Set(a.text.split('\n'));
    for (const p of [...truth.articleParagraphs, ...truth.articleHeadings]) expect(lines, p.slice(0, 40)).toContain(p);
  });
  test.each(OUTSIDE)('leaves out "%s"', (s) => {
    expect(a.text).not.toContain(s);
  });
  test('metadata', () => {
    expect(a.meta.headline).toBe(truth.headline);
    expect(a.meta.kicker).toBe(truth.kicker);
    expect(a.meta.published?.slice(0, 16)).toBe(truth.published);
    expect(a.meta.lang).toBe(truth.lang);
    if (info.canonicalUrl) expect(a.meta.canonicalUrl).toBe(info.canonicalUrl);
    if (info.siteName) expect(a.meta.siteName).toBe(info.siteName);
  });
  test('root holds the text and excluded elements are inside it', () => {
    expect(a.root).not.toBeNull();
    for (const el of a.excluded) expect(a.root!.contains(el)).toBe(true);
    expect(a.wordCount).toBeGreaterThan(300);
  });
});
