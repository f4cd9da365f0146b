// The generic signals one by one: label words (also obfuscated), id/class tokens (and what must not match),
// vocabulary counts, and robustness: odd documents never throw and the document is never changed.
import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from '../../src/cli/html';
import { analyze } from '../../src/core/analyze';
import { findHiddenBlocks } from '../../src/core/ads';
import { directSignal } from '../../src/core/ads/element-signals';
import { countText, normalizeLabel, brokerCount, disclaimerCount, issuerCount, strongCount } from '../../src/core/ads/text-signals';
import { LABEL_WORDS } from '../../src/core/ads/vocab';
import { FIXTURES } from './helpers';

const emptyArticle = { root: null, text: '', excluded: [], meta: {} as never, wordCount: 0, via: 'test' };
const hide = (html: string, url: string | null = null) => {
  const doc = parseDocument(html);
  return { doc, hidden: findHiddenBlocks(doc, { article: emptyArticle, profile: null, userRules: '', url }) };
};

describe('label words', () => {
  test.each(['Werbung', 'W e r b u n g', 'W\u200be\u200br\u200bb\u200bu\u200bn\u200bg', 'ANZEIGE:', 'Sponsored Content', '– Anzeige –', 'Advertisement', 'Promoted', 'Werbehinweis'])(
    '%s is a label',
    (text) => {
      const n = normalizeLabel(text);
      expect(LABEL_WORDS.has(n) || LABEL_WORDS.has([...n].reverse().join(''))).toBe(true);
    },
  );
  test.each(['Werbegeschäft', 'Anzeigepflicht', 'Werbung wirkt', 'Sponsoring-Vertrag'])('%s is not a label', (text) => {
    expect(LABEL_WORDS.has(normalizeLabel(text))).toBe(false);
  });
  test('"gnubreW" (reversed) hides its box', () => {
    const { hidden } = hide('<div><div class="x"><span>gnubreW</span><a href="/p"><img src="a.png"></a></div><p>Some other text that is long enough to be prose here.</p></div>');
    expect(hidden.map((b) => b.el.getAttribute('class'))).toEqual(['x']);
  });
});

describe('id/class tokens', () => {
  const doc = parseDocument('<div></div>');
  const signal = (attrs: string) => {
    const el = parseDocument(`<div ${attrs}></div>`).body.firstElementChild!;
    return directSignal(el, 'DIV', 0)?.reason ?? null;
  };
  void doc;
  test.each([
    ['class="ad"', 'token:ad'],
    ['class="article-ads"', 'token:ads'],
    ['id="adSlotTop"', 'token:ad'],
    ['class="werbebox"', 'token:werbebox'],
    ['class="topad2"', 'token:topad2'],
    ['class="eu-advertisment1"', 'token:advertisment1'],
    ['class="outbrain-widget"', 'token:outbrain'],
    ['class="teaser-ad"', 'token:ad'],
    ['id="div-gpt-ad-123"', 'slot:#div-gpt-ad-123'],
    ['data-ad-slot="1"', 'slot:[data-ad-slot]'],
    ['data-lbl="Anzeige"', 'label-attr:data-lbl'],
    ['class="td-block td-a-rec"', 'token:tdarec'],
    ['class="bannerwrapper"', 'token:bannerwrapper'],
  ])('%s -> %s', (attrs, reason) => expect(signal(attrs)).toBe(reason));
  test.each(['class="head"', 'class="shadow"', 'class="download"', 'class="gradient"', 'class="read-more"', 'class="ad-hoc-news"',
    'class="ad-free"', 'class="section--has-ads"', 'class="sidebar-contains-ads"', 'class="tag-ads"', 'class="category-werbung"', 'class="badge"', 'class="loader"', 'class="cookie-banner"', 'class="header"'])(
    '%s is no ad token',
    (attrs) => expect(signal(attrs)).toBeNull(),
  );
});

describe('menu entries and custom elements', () => {
  test('a menu link to the media kit stays, a short ad link goes', () => {
    const { doc, hidden } = hide('<ul><li class="menu-advertising"><a href="/werben">Advertising</a></li></ul><div><a class="dm_ad-link" href="https://shop.example/x">Jetzt kaufen</a></div>');
    expect(hidden).toHaveLength(1);
    expect(hidden[0]!.el.contains(doc.querySelector('.dm_ad-link'))).toBe(true);
    expect(hidden[0]!.el.contains(doc.querySelector('.menu-advertising'))).toBe(false);
  });
  test('a custom element named after ads is a slot', () => {
    const { hidden } = hide('<hl-adsense></hl-adsense><p>Text.</p>');
    expect(hidden.map((b) => b.el.tagName.toLowerCase())).toEqual(['hl-adsense']);
  });
});

describe('vocabulary counts', () => {
  test('issuer widget words', () => {
    const c = countText('Knock-out Long auf DAX, Hebel 12, Ask 1,23 – UBS')!;
    expect(strongCount(c.lev)).toBe(2);
    expect(issuerCount(c.org)).toBe(1);
  });
  test('small print', () => {
    const c = countText('Den Basisprospekt sowie die Endgültigen Bedingungen erhalten Sie hier: UQ38M1 UP78DN.')!;
    expect(disclaimerCount(c.lev)).toBe(2);
    expect(c.wkn).toBe(2);
  });
  test('broker promotion', () => {
    const c = countText('Jetzt bei Trade Republic ein Depot eröffnen – für 0 Euro pro Order')!;
    expect(brokerCount(c.org)).toBe(1);
    expect(c.cta).not.toBe(0);
  });
  test('plain news text counts nothing', () => expect(countText('Der Konzern meldete einen höheren Umsatz im zweiten Quartal.')).toBeNull());
  test('words inside other words do not count', () => expect(countText('Hebelwirkung? Nein: Schubser, Tasks und Bidets.')?.org ?? 0).toBe(0));
});

describe('leverage text inside an article is protected', () => {
  test('an article explaining knock-outs keeps its paragraphs', () => {
    const html = `<article><h1>Was ist ein Knock-out?</h1>
      <p>Ein Knock-out-Zertifikat von UBS oder Vontobel bildet den Basiswert mit Hebel ab; fällt der Kurs unter die Schwelle, verfällt es.</p>
      <p>Anleger sollten den Basisprospekt und die Endgültigen Bedingungen lesen, bevor sie Turbos oder Optionsscheine kaufen.</p></article>`;
    const doc = parseDocument(html);
    const { hidden } = { hidden: analyze(doc, { stages: { entities: false, card: false } }).hidden };
    expect(hidden).toEqual([]);
  });
});

describe('robustness', () => {
  test.each([
    ['no body', '<html><head><title>x</title></head></html>'],
    ['frameset', '<!doctype html><html><frameset><frame src="a.html"></frameset></html>'],
    ['deep nesting', '<div class="ad">'.repeat(10000) + 'x' + '</div>'.repeat(10000)],
    ['huge text', `<p>${'Werbung Knock-out Hebel UBS '.repeat(40000)}</p>`],
    ['garbage', '<<<>>><div class="<">&&&</'],
  ])('%s: no throw', (_, html) => {
    expect(() => hide(html)).not.toThrow();
    expect(Array.isArray(hide(html).hidden)).toBe(true);
  });

  test('never changes the document', () => {
    const html = readFileSync(join(FIXTURES, 'boersennews--zuckerberg.html'), 'utf8');
    const doc = parseDocument(html);
    const before = doc.documentElement.outerHTML;
    analyze(doc, { url: 'https://www.boersennews.de/x', userRules: '##.bn-side-box' });
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  test('linkedom and happy-dom hide the same blocks', () => {
    const html = readFileSync(join(FIXTURES, 'variants/zuckerberg--div-soup.html'), 'utf8');
    const summary = (doc: Document) =>
      analyze(doc, { stages: { entities: false, card: false } }).hidden.map((b) => `${b.kind}:${b.reason}:${b.el.className}`);
    const a = summary(parseDocument(html));
    expect(a.length).toBeGreaterThan(3);
    expect(summary(new DOMParser().parseFromString(html, 'text/html'))).toEqual(a);
  });
});

describe('labels drawn by CSS', () => {
  test.each([
    ['.pa::before{content:"Anzeige"}', 'pa'],
    ['.pa:after { color: red; content: \'W\\200B e r b u n g\' }', 'pa'],
    ['div.pa::before{content:"gnubreW"}', 'pa'],
  ])('%s labels the box', (css, cls) => {
    const { hidden } = hide(`<style>${css}</style><div class="${cls}"><a href="/x"><img src="a.png"></a></div><p>Other text that belongs to the page and not to the ad box here.</p>`);
    expect(hidden.map((b) => b.el.getAttribute('class'))).toEqual([cls]);
  });
  test('content that is not a label word hides nothing', () => {
    const { hidden } = hide('<style>.q::before{content:"Zitat"}</style><div class="q"><a href="/x"><img src="a.png"></a></div>');
    expect(hidden).toEqual([]);
  });
});

describe('the smallest block that holds the ad', () => {
  test('a Long/Short cell in a quote table: the cell, not its row', () => {
    const { doc, hidden } = hide(`<table><tr><td>DAX</td><td>18.012,50</td><td>+0,4 %</td>
      <td><a href="https://g.finanzen.net/vontobel-indikation-long">L</a></td></tr>
      <tr><td>MDAX</td><td>26.100,00</td><td>-0,1 %</td><td>–</td></tr></table>`);
    expect(hidden.map((b) => b.el.tagName)).toEqual(['TD']);
    expect(hidden[0]!.kind).toBe('leverage');
    expect(doc.querySelector('tr')!.textContent).toContain('18.012,50');
  });

  test('a leverage widget in a sidebar column: the widget, not the column', () => {
    const { hidden } = hide(`<aside class="col">
      <div class="w"><b>Knock-out Long</b> auf Siemens <span>Hebel 8</span> <span>Ask 1,12</span> <span>Emittent: HSBC</span></div>
      <div class="box"><h3>Termine</h3><p>Morgen legt der Konzern seine Zahlen für das dritte Quartal vor, am Freitag folgt die Hauptversammlung.</p></div>
    </aside>`);
    expect(hidden.map((b) => `${b.kind}:${b.el.getAttribute('class')}`)).toEqual(['leverage:w']);
  });

  test('an ad slot inside an article paragraph: the slot only', () => {
    const doc = parseDocument(`<article><h1>Titel</h1><p>Der erste Absatz des Artikels hat genug Wörter, um echter Text zu sein.
      <span id="div-gpt-ad-inline-1"></span> Und er geht nach dem Slot noch weiter mit mehr Text.</p></article>`);
    const hidden = analyze(doc, { stages: { entities: false, card: false } }).hidden;
    expect(hidden.map((b) => b.el.id)).toEqual(['div-gpt-ad-inline-1']);
  });
});

describe('slots named by their ad format', () => {
  test.each([
    ['<kas class="unitialized" kas-id="billboard"></kas>', 1],
    ['<div data-position="superbanner_2"></div>', 1],
    ['<div data-slot="sky"></div>', 1],
    ['<div data-id="12345"></div>', 0],
    ['<div data-position="top"></div>', 0],
  ])('%s', (html, n) => expect(hide(html + '<p>Text of the page.</p>').hidden).toHaveLength(n));
});

describe('data attributes and test ids', () => {
  test.each([
    ['<div data-sdg-ad="x"></div>', 1],
    ['<div data-ad-placeholder=""></div>', 1],
    ['<li data-is-sponsored="true"><a href="/p">Promo</a></li>', 1],
    ['<li data-is-sponsored="false"><a href="/p">Story</a></li>', 0],
    ['<div data-testid="prism-ad-wrapper"></div>', 1],
    ['<div data-adaptive="1" data-testid="headline"></div>', 0],
  ])('%s', (html, n) => expect(hide(html + '<p>Text of the page.</p>').hidden).toHaveLength(n));
});

test('a video embed that only configures its ads (data-ads) keeps its caption', () => {
  const { hidden } = hide('<figure data-ads="preroll"><video src="v.mp4"></video><figcaption>Wähler in South Carolina über die Kandidaten der Demokraten</figcaption></figure>');
  expect(hidden).toEqual([]);
});
