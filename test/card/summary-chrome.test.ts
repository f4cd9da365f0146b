// Page chrome the article detector may keep inside its root must not reach the summary: teaser lists, boxes
// printed twice, captions, author bios, self-introductions, calls to action, linked titles, text before the H1.
import { describe, expect, test } from 'vitest';
import { splitSentences } from '../../src/core/card/sentences';
import { judgeSentences, summarise } from '../../src/core/card/summary';
import { judgeLines, normaliseForMatch, headingKey } from '../../src/core/card/summary-lines';
import { pageSignals } from '../../src/core/card/page-signals';
import { bothDoms } from './dom';

const prose = [
  'Der Autobauer hat im dritten Quartal deutlich mehr verdient als von Analysten erwartet worden war.',
  'Der Umsatz stieg um acht Prozent auf 41 Milliarden Euro, vor allem dank höherer Preise in China.',
  'Für das Gesamtjahr bestätigte der Vorstand die Prognose und kündigte ein Sparprogramm an.',
  'An der Börse legte die Aktie am Nachmittag um mehr als vier Prozent zu und führte den Dax an.',
];

const summaryOf = (text: string, opts: Parameters<typeof summarise>[1] = { headline: null }) => summarise(splitSentences(text, 'de'), opts);
const reasonOf = (text: string, sentence: string, opts: Parameters<typeof judgeSentences>[1] = { headline: null }) =>
{
  const judged = judgeSentences(splitSentences(text, 'de'), opts).find((j) => j.s.text === sentence);
  return judged ? judged.reason : 'not a sentence of the text';
};

describe('sentences that never enter the summary', () => {
  test.each([
    ['Ich bin Max Muster, Rechtsanwalt und Fachanwalt für Steuerrecht in der Stadt Köln.', 'self-intro'],
    ["Hey, I'm Kev, coffee nerd, home barista and the guy behind this popular channel.", 'self-intro'],
    ['Lesen Sie weiter, um mehr über die Pläne des Konzerns für das kommende Jahr zu erfahren.', 'call-to-action'],
    ['Keep reading to discover the top investment tips that can guide you through 2025.', 'call-to-action'],
    ['JUMP TO THE LIST ⤵ The moving process in this city can make for an adventure every time.', 'ui-glyphs'],
    ['Aufstellung: Müller, Meier, Schulz, Schmidt, Becker, Wagner, Hofmann, Koch und Richter.', 'list-or-date'],
    ['Wir verwenden Cookies, um Ihnen die bestmögliche Erfahrung auf unserer Website zu bieten.', 'boilerplate'],
  ])('%j: %s', (sentence, reason) => {
    // A reason may be judged on the sentence or on its whole line ("line:boilerplate").
    expect(reasonOf([...prose.slice(0, 2), sentence, ...prose.slice(2)].join('\n'), sentence)).toMatch(new RegExp(`^(?:line:)?${reason}$`));
  });

  test.each([
    ["I'm new to investing and wonder which index fund fits a long horizon best of all.", 'a statement, not an introduction'],
    ['Ich bin gefragt worden, ob das Vorgehen der Bank gegen geltendes Recht verstößt oder nicht.', 'lower-case after "Ich bin"'],
    ['Die Bank nannte Kunden in Deutschland, Frankreich, Italien und Spanien als Wachstumstreiber.', 'a short enumeration'],
  ])('%j stays a candidate (%s)', (sentence) => {
    expect(reasonOf([sentence, ...prose].join('\n'), sentence)).toBeNull();
  });

  test('an ellipsis closing a paragraph may be the site cutting it: that sentence goes, the one before stays', () => {
    const text = [...prose.slice(0, 2), 'Der Vorstand sprach von einem starken Quartal. Nachdem die Zahlen bekannt wurden, stieg die Aktie...'].join('\n');
    expect(reasonOf(text, 'Nachdem die Zahlen bekannt wurden, stieg die Aktie...')).toBe('ellipsis-end');
    expect(reasonOf(text, 'Der Vorstand sprach von einem starken Quartal.')).toBeNull();
  });
});

describe('lines that never enter the summary', () => {
  test('a list of teasers (title, then an excerpt cut with an ellipsis) goes whole', () => {
    const teasers = [
      'Neue Regeln für Pendler',
      'Die Stadt will die Parkgebühren deutlich erhöhen. Nachdem der Rat lange diskutiert hatte...',
      'Kita-Gebühren steigen',
      'Eltern müssen ab Sommer mehr bezahlen. Die Verwaltung begründet das mit höheren Kosten...',
    ];
    const summary = summaryOf([...teasers, ...prose].join('\n'));
    expect(summary.join(' ')).not.toMatch(/Parkgebühren|Eltern/);
    expect(summary).toHaveLength(3);
  });

  test('a box printed twice goes in both copies; a standfirst printed twice keeps its first copy', () => {
    const box = [
      'Der Verband vertritt rund 400 Mitgliedsunternehmen aus der gesamten Branche in Deutschland.',
      'Er wurde 1950 gegründet und hat seinen Sitz in Frankfurt am Main, mit Büros in Berlin.',
      'Präsident ist seit 2021 ein früherer Vorstand eines großen Versicherungskonzerns aus München.',
    ];
    const verdict = judgeLines([...box, ...prose, ...box], { headline: null, author: null });
    for (const i of [0, 1, 2, 7, 8, 9]) expect(verdict.skip.get(i)).toMatch(/^duplicate/);
    const standfirst = judgeLines([prose[0], ...prose], { headline: null, author: null });
    expect(standfirst.skip.has(0)).toBe(false);
    expect(standfirst.skip.get(1)).toBe('duplicate');
  });

  test.each([
    ['Die Aktie fiel nach der Hauptversammlung auf den tiefsten Stand seit Jahren. Foto: dpa', 'caption'],
    ['Son tres los periodos de vacaciones durante el año escolar. Imagen: Andina', 'caption'],
  ])('%j is a %s', (line, reason) => {
    expect(judgeLines([prose[0], line], { headline: null, author: null }).skip.get(1)).toBe(reason);
  });

  test('the author bio opening with the byline name goes; a story naming someone else stays', () => {
    const lines = ['Jane Doe covers markets and central banks for the paper since 2015 from London.', prose[0]];
    expect(judgeLines(lines, { headline: null, author: 'Jane Doe' }).skip.get(0)).toBe('author-bio');
    expect(judgeLines(lines, { headline: null, author: 'John Roe' }).skip.has(0)).toBe(false);
  });

  test('text before the H1 inside the root is chrome, unless most of the text comes before it', () => {
    const headline = 'Autobauer verdient mehr als erwartet';
    const chrome = 'Sind Sie mit Ihrer Geldanlage zufrieden und möchten Sie mehr aus Ihrem Vermögen machen?';
    const text = [chrome, headline, ...prose].join('\n');
    const opts = { headline, links: { all: new Set<string>(), outside: new Set<string>(), headings: new Set([headingKey(headline)]) } };
    expect(reasonOf(text, chrome, opts)).toBe('before-headline');
    expect(summaryOf(text, opts)).not.toContain(chrome);
    // The same heading late in the text (a box after the story) does not cut the story away.
    const late = [...prose, headline, prose[0].replace('dritten', 'vierten')].join('\n');
    expect(reasonOf(late, prose[1], opts)).toBeNull();
    // An H1 elsewhere on the page (not in the root) gives no anchor.
    expect(reasonOf(text, chrome, { ...opts, links: { ...opts.links, headings: new Set<string>() } })).toBeNull();
  });
});

describe('link texts of the page', () => {
  const html = `
    <aside><a href="/other">Neue Regeln für Pendler in der Stadt</a></aside>
    <article><h1>Autobauer verdient mehr</h1>
      <p>${prose[0]}</p>
      <p><a href="/teaser">Kita-Gebühren steigen ab Sommer stark</a> Die Stadt will die Gebühren deutlich erhöhen, sagte der Kämmerer.</p>
      <p><a href="#abschnitt">Zum Abschnitt über die Prognose springen</a></p>
    </article>`;
  test.each(bothDoms(html))('%s: texts inside and outside the root, H1 keys, no in-page anchors', (_name, doc) => {
    const root = doc.querySelector('article');
    const signals = pageSignals(doc, root, []);
    expect(signals.outside.has(normaliseForMatch('Neue Regeln für Pendler in der Stadt'))).toBe(true);
    expect(signals.outside.has(normaliseForMatch('Kita-Gebühren steigen ab Sommer stark'))).toBe(false);
    expect(signals.all.has(normaliseForMatch('Kita-Gebühren steigen ab Sommer stark'))).toBe(true);
    expect(signals.all.has(normaliseForMatch('Zum Abschnitt über die Prognose springen'))).toBe(false);
    expect(signals.headings.has(headingKey('Autobauer verdient mehr'))).toBe(true);
  });

  test('a linked title glued to its excerpt is left out; a sentence equal to a rail link is left out', () => {
    const glued = 'Kita-Gebühren steigen ab Sommer stark Die Stadt will die Gebühren deutlich erhöhen, sagte der Kämmerer.';
    const rail = 'Neue Regeln für Pendler in der Stadt sorgen bei vielen Bürgern und Pendlern für großen Ärger.';
    const links = { all: new Set([normaliseForMatch('Kita-Gebühren steigen ab Sommer stark'), normaliseForMatch(rail)]), outside: new Set([normaliseForMatch(rail)]) };
    const text = [prose[0], glued, rail, ...prose.slice(1)].join('\n');
    expect(reasonOf(text, glued, { headline: null, links })).toBe('link-title-glued');
    expect(reasonOf(text, rail, { headline: null, links })).toBe('link-outside');
    expect(summaryOf(text, { headline: null, links })).toHaveLength(3);
  });
});
