import { describe, expect, test } from 'vitest';
import { splitSentences, endsLikeSentence } from '../../src/core/card/sentences';
import { isBoilerplateLine, summarise } from '../../src/core/card/summary';

const article = [
  'Top-Forscher wechseln zu Meta',
  '12.06.2025, 10:10 Uhr Jetzt kommentieren: 0',
  'Werbung',
  'Handeln Sie Aktien bei SMARTBROKER+ für 0 Euro!* Profitieren Sie von kostenloser Depotführung und günstigen Konditionen.',
  'Meta lockt Elite-Forscher mit Mega-Gehältern',
  'Meta Platforms geht in die Offensive: CEO Mark Zuckerberg formiert ein neues Team. Dafür greift der Konzern tief in die Tasche.',
  'Zudem steht ein Milliarden-Investment in das Startup Scale AI kurz bevor, dessen CEO Alexandr Wang zu Meta wechseln soll.',
  'Der Deal würde Scale AI mit 28 Milliarden Dollar bewerten, heißt es in Kreisen von Investoren.',
  'Disclaimer: Die hier angebotenen Beiträge dienen ausschließlich der Information und stellen keine Kaufempfehlung dar.',
  'Teilen Sie diesen Artikel auf Facebook, X und LinkedIn mit Ihren Freunden und Kollegen.',
  'Der Erwerb von Wertpapieren birgt Risiken, die zum Totalverlust des eingesetzten Kapitals führen können.',
  'Bn-Redaktion/ts',
  'Doch Meta muss beweisen, dass es technologisch wieder die Spitze erreicht, sagen Beobachter des Konzerns.',
].join('\n');

describe('summarise', () => {
  const sentences = splitSentences(article, 'de');
  const summary = summarise(sentences, { headline: 'Zuckerbergs Milliarden-Wette' });

  test('gives three sentences in article order', () => {
    expect(summary).toHaveLength(3);
    const positions = summary.map((s) => article.indexOf(s));
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  test('keeps the lede (first prose sentence)', () => {
    expect(summary[0]).toBe('Meta Platforms geht in die Offensive: CEO Mark Zuckerberg formiert ein neues Team.');
  });

  test('never a cut sentence: each ends like a sentence and appears whole in the text', () => {
    for (const s of summary) {
      expect(endsLikeSentence(s)).toBe(true);
      expect(article).toContain(s);
      expect(s).toMatch(/^\p{Lu}/u);
    }
  });

  test.each(['Handeln Sie', 'Disclaimer', 'Teilen Sie', 'Totalverlust', 'Bn-Redaktion', 'Jetzt kommentieren', 'Werbung'])(
    'never boilerplate: no %j',
    (snippet) => {
      expect(summary.join(' ')).not.toContain(snippet);
    },
  );

  test('headline words and figures pull a sentence up', () => {
    const withFigure = summarise(sentences, {
      headline: 'Scale AI wird mit 28 Milliarden Dollar bewertet',
      figureStarts: [article.indexOf('28 Milliarden')],
    });
    expect(withFigure).toContain('Der Deal würde Scale AI mit 28 Milliarden Dollar bewerten, heißt es in Kreisen von Investoren.');
  });

  test('a page of boilerplate only gives no summary', () => {
    const junk = 'Werbung\nJetzt Newsletter abonnieren und nichts mehr verpassen, jeden Tag neu!\n© 2025 Example GmbH. Alle Rechte vorbehalten.';
    expect(summarise(splitSentences(junk, 'de'), { headline: null })).toEqual([]);
  });

  test('short articles give fewer sentences, never padding', () => {
    const short = 'Die Aktie von Meta stieg am Freitag an der Nasdaq deutlich um mehrere Prozent.';
    expect(summarise(splitSentences(short, 'de'), { headline: null })).toEqual([short]);
  });
});

describe('isBoilerplateLine', () => {
  test.each([
    ['Zuckerbergs KI-Offensive: Milliarden für Superintelligenz und Top-Talente', true, 'heading (no sentence end)'],
    ['Bn-Redaktion/ts', true, 'byline'],
    ['Von Max Mustermann', true, 'byline'],
    ['*Ab 500 EUR Ordervolumen über gettex. Zzgl. marktüblicher Spreads und Zuwendungen.', true, 'ad footnote'],
    ['Lesen Sie auch: Warum die Aktie von Nvidia weiter steigen könnte und was Analysten sagen.', true, 'related link'],
    ['Melden Sie sich an für unseren kostenlosen Newsletter und erhalten Sie täglich News.', true, 'newsletter'],
    ['Mehr Informationen finden Sie unter https://example.com/info für alle Leser dieser Seite.', true, 'link'],
    ['Meta verdient sein Geld vor allem mit Werbung auf Instagram und Facebook, sagte der Analyst.', false, 'prose about advertising'],
    ['Meta Platforms geht in die Offensive: CEO Mark Zuckerberg formiert ein neues Team.', false, 'prose'],
    ['Shares of Apple rose 3% on Tuesday after the company beat estimates.', false, 'English prose'],
    ['Von der Leyen forderte am Dienstag mehr Geld für die Verteidigung Europas.', false, 'prose starting like a byline'],
    ['By the end of the year analysts expect the stock to recover its losses.', false, 'prose starting with "By"'],
    ['This post contains references to products from one or more of our advertisers.', true, 'affiliate disclosure'],
    ['Jane Doe is a personal finance writer who has covered credit cards for a decade.', true, 'author bio'],
    ['Bitte teilen Sie uns Ihre Erfahrungen mit, wenn Sie das Produkt probiert haben.', true, 'reader prompt'],
  ])('%j -> %s (%s)', (line, expected) => {
    expect(isBoilerplateLine(line)).toBe(expected);
  });
});
