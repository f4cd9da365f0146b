import { describe, expect, test } from 'vitest';
import { cleanAuthor, decodeEntities, looksLikeName, pickHeadline, stripSiteName } from '../../src/core/article/headline';
import { detectArticle } from '../../src/core/article';
import { PARSERS } from './helpers';

describe('bylines become plain names', () => {
  test.each([
    ['By Anna Muster', 'Anna Muster'],
    ['BySummer Swann-June 12, 2025', 'Summer Swann'],
    ['Written byDan Pantelo', 'Dan Pantelo'],
    ['Posted by:Idle Cartulary', 'Idle Cartulary'],
    ['Von Anna Muster, 12.06.2025, 10:10 Uhr', 'Anna Muster'],
    ['Dec 17, 2025Julian K. Arni', 'Julian K. Arni'],
    ['Dr. Vahid Osman - Mar 27, 2024', 'Dr. Vahid Osman'],
    ['Written By:Cazzy MagennisLast Updated:August 1, 2025', 'Cazzy Magennis'],
    ['Maria &amp; Katerina', 'Maria & Katerina'],
    ['"David Kim"', 'David Kim'],
    ['Byron Smith', 'Byron Smith'],
    ['Bn-Redaktion/ts', 'Bn-Redaktion/ts'],
    ['Written by | Jack Shepherd | Co-Founder', 'Jack Shepherd'],
    ['By | Ellen Meier | Ellen is an editor at Example.', 'Ellen Meier'],
    ['Read all articles by Rebecca Muster', 'Rebecca Muster'],
    ['Jane Roe, Senior Director, Content & Marketing', 'Jane Roe'],
    ['Manoj Beispiel and Jan Test, The Daily Example', 'Manoj Beispiel and Jan Test'],
    ['By Anna Muster, Reuters', 'Anna Muster'],
    ['Anna Muster, Ben Beispiel, Clara Test', 'Anna Muster, Ben Beispiel, Clara Test'],
    ['BeauXY on Friday', 'BeauXY'],
    ['Sat, 20 Dec, 2025 | Olive Test', 'Olive Test'],
    ['Eco | 2025/4/29', 'Eco'],
    ['This post was written by Danielle Probe', 'Danielle Probe'],
    ['Meghan Muster Content Marketing Coordinator', 'Meghan Muster'],
    ['Anna Writer', 'Anna Writer'],
    ['Max Editor Muster', 'Max Editor Muster'],
  ])('%s -> %s', (raw, name) => {
    expect(cleanAuthor(raw)).toBe(name);
  });
  test.each(['', 'https://example.com/author/x', '12.06.2025', 'mail@example.com', 'By', 'Written by', 'Author:', 'Contributors'])('%s is no byline', (raw) => {
    expect(cleanAuthor(raw)).toBeNull();
  });
  test.each([
    ['Anna Muster', true],
    ['Manoj Jain and Jagpreet Chhatwal', true],
    ['andrew.keaveney', false],
    ['kffnirmitap', false],
    ['Jesse has worked as a sommelier. He is available to have a drink next week.', false],
  ])('looksLikeName(%s) = %s', (s, ok) => {
    expect(looksLikeName(s)).toBe(ok);
  });
});

describe('headline', () => {
  test.each([
    ['Zuckerbergs Milliarden-Wette | BörsenNEWS.de', 'BörsenNEWS.de', 'Zuckerbergs Milliarden-Wette'],
    ['Quarterly results beat estimates - Example News', null, 'Quarterly results beat estimates'],
    ['No separator here', null, 'No separator here'],
  ])('stripSiteName(%s)', (title, site, expected) => {
    expect(stripSiteName(title, site)).toBe(expected);
  });

  test('decodes doubly escaped entities', () => {
    expect(decodeEntities('Full &#038; Part &amp; &#x27;Time&#8217;')).toBe("Full & Part & 'Time’");
  });

  describe.each(PARSERS)('%s', (_dom, parse) => {
    const h1 = (html: string) => [parse(`<html><body>${html}</body></html>`).querySelector('h1')!];
    test.each([
      ['visible h1 confirmed by og:title', '<h1>Rates stay on hold</h1>', 'Rates stay on hold | Site', 'Rates stay on hold'],
      ['h1 with a trailing date: the machine title ends it', '<h1>Beginner Checklist for Hikers January 1, 2025</h1>', 'Beginner Checklist for Hikers', 'Beginner Checklist for Hikers'],
      ['h1 in capitals: the machine title gives the case', '<h1>BEST DRIP COFFEE MAKER 2026</h1>', 'Best Drip Coffee Maker 2026', 'Best Drip Coffee Maker 2026'],
      ['h1 in capitals with a filler word more: the machine title gives the case', '<h1>BEST DRIP COFFEE MAKER IN 2026: BUYING TIPS</h1>', 'Best Drip Coffee Maker 2026: Buying Tips | Example News', 'Best Drip Coffee Maker 2026: Buying Tips'],
      ['logo h1 equal to the site name is ignored', '<h1>Example News</h1>', 'Real headline of the day - Example News', 'Real headline of the day'],
    ])('%s', (_name, html, meta, expected) => {
      const els = h1(html);
      expect(pickHeadline({ h1: els, allH1: els, itemprop: [], jsonLd: null, meta, title: null, siteName: 'Example News' })).toBe(expected);
    });
    // The only <h1> of the page sits in a hero banner away from the body: not in `h1` (near the root), only in `allH1`.
    test.each([
      ['a hero h1 away from the root beats a reworded SEO title', '<h1>Top 10 trends to watch this year</h1>', 'Trends For 2026 - Example News', 'Top 10 trends to watch this year'],
      ['a logo h1 linking home does not', '<h1><a href="/">Engora Data Blog Home</a></h1>', 'Small adventures with small models - Example News', 'Small adventures with small models'],
      ['a domain-name h1 does not', '<h1>davidbau.example.com</h1>', 'Vibe Coding - Example News', 'Vibe Coding'],
    ])('%s', (_name, html, meta, expected) => {
      expect(pickHeadline({ h1: [], allH1: h1(html), itemprop: [], jsonLd: null, meta, title: null, siteName: 'Example News' })).toBe(expected);
    });
  });

  test('a JSON-LD headline cut short gives way to the whole meta title', () => {
    const whole = 'Fix It Friday: We Help 4 Readers Find Solutions (Including One Universal Trick)';
    expect(pickHeadline({ h1: [], allH1: [], itemprop: [], jsonLd: 'Fix It Friday: We Help 4 Readers Find Solutions (Including', meta: `${whole} - Example News`, title: null, siteName: 'Example News' })).toBe(whole);
    expect(pickHeadline({ h1: [], allH1: [], itemprop: [], jsonLd: 'Rates stay on hold', meta: 'Central bank keeps rates - Example News', title: null, siteName: 'Example News' })).toBe('Rates stay on hold');
  });
});

describe.each(PARSERS)('the headline is metadata, not body text (%s)', (_dom, parse) => {
  const body = Array.from({ length: 4 }, (_, i) => `<p>Die Firma meldete im Quartal ${i + 1} einen Umsatz über den Erwartungen und hob die Prognose an.</p>`).join('');
  test.each([
    ['the <h1> stating the headline', '<h1>Firma hebt Prognose an</h1>', false],
    ['a subheading', '<h2>Prognose erhöht</h2>', true],
  ])('%s inside the root', (_name, heading, inText) => {
    const doc = parse(`<!doctype html><html><head><title>Firma hebt Prognose an</title></head><body><article>${heading}${body}</article></body></html>`);
    const a = detectArticle(doc, { url: null, profile: null });
    const text = heading.replace(/<[^>]+>/g, '');
    expect(a.meta.headline).toBe('Firma hebt Prognose an');
    expect(a.text.includes(text)).toBe(inText);
    expect(a.text).toContain('Quartal 4');
  });
});
