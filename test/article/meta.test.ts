// Metadata from each kind of source, in both DOMs.
import { describe, expect, test } from 'vitest';
import { detectArticle } from '../../src/core/article';
import { PARSERS, page, paragraphs } from './helpers';

const ld = (json: object, cdata = false) =>
  `<script type="application/ld+json">${cdata ? '<![CDATA[' : ''}${JSON.stringify(json)}${cdata ? ']]>' : ''}</script>`;
const article = (header: string) => `<nav><a href="/">Start</a> <a href="/markt">Markt</a></nav><article><header>${header}</header><div class="body">${paragraphs(5)}</div></article>`;

const CASES: Array<[string, string, Record<string, string>]> = [
  [
    'JSON-LD (CDATA-wrapped) with a typed Person author',
    page(article('<h1>Zinsen bleiben hoch</h1>'), ld({ '@type': 'NewsArticle', headline: 'Zinsen bleiben hoch', datePublished: '2025-06-12T10:10:00+02:00', author: [{ '@type': 'Person', name: 'Anna Muster' }] }, true)),
    { headline: 'Zinsen bleiben hoch', published: '2025-06-12T10:10+02:00', author: 'Anna Muster' },
  ],
  [
    'meta tags only',
    page(article('<h1>Ölpreis steigt</h1>'), '<meta property="og:title" content="Ölpreis steigt | Beispiel"><meta property="og:site_name" content="Beispiel"><meta property="article:published_time" content="2024-03-01T08:00:00Z"><meta name="author" content="Ben Beispiel"><link rel="canonical" href="https://example.org/a/1">'),
    { headline: 'Ölpreis steigt', published: '2024-03-01T08:00Z', author: 'Ben Beispiel', siteName: 'Beispiel', canonicalUrl: 'https://example.org/a/1' },
  ],
  [
    'visible dateline and a "Von" label with an author link',
    page(article('<p class="kicker">Geldpolitik</p><h1>EZB senkt den Leitzins</h1><div class="meta">Von <a href="/autor/clara-test/">Clara Test</a> · 12.06.2025, 10:10 Uhr</div>')),
    { headline: 'EZB senkt den Leitzins', kicker: 'Geldpolitik', published: '2025-06-12T10:10', author: 'Clara Test' },
  ],
];

describe.each(PARSERS)('%s', (_dom, parse) => {
  test.each(CASES)('%s', (_name, html, expected) => {
    const a = detectArticle(parse(html), { url: 'https://example.org/a/1', profile: null });
    for (const [field, value] of Object.entries(expected)) expect(a.meta[field as keyof typeof a.meta], field).toBe(value);
    expect(a.text).toContain('meldete im Quartal 1');
    expect(a.text).not.toContain('Start');
  });
});
