// The reader's own rules: line-by-line validation with a message per bad line, domain scoping, :has-text(),
// and the article guard applied to them like to every other rule.
import { describe, expect, test } from 'vitest';
import { parseDocument } from '../../src/cli/html';
import { analyze } from '../../src/core/analyze';
import { parseUserRules, matchRule, ruleApplies } from '../../src/core/ads/user-rules';

const probe = () => new DOMParser().parseFromString('<p></p>', 'text/html');

describe('parseUserRules', () => {
  test.each([
    ['##.banner', [], []],
    ['example.com##div.ad', ['example.com'], []],
    ['a.com, b.org ##aside', ['a.com', 'b.org'], []],
    ['~news.example.com##.promo', [], ['news.example.com']],
    ['##div.box:has(> img.sponsor)', [], []],
    ['##.mleft-10:has-text(Werbung) + .box', [], []],
    ['##div:has-text(/Anzeige|Werbung/i)', [], []],
  ])('accepts %s', (line, include, exclude) => {
    const { rules, errors } = parseUserRules(line, probe());
    expect(errors).toEqual([]);
    expect(rules).toHaveLength(1);
    expect(rules[0]!.include).toEqual(include);
    expect(rules[0]!.exclude).toEqual(exclude);
  });

  test.each([
    ['div.ad', /missing "##"/],
    ['example.com##', /empty selector/],
    ['##div[', /invalid CSS selector/],
    ['##div:has-text(/[/)', /invalid regular expression/],
    ['##div:has-text()', /needs a text/],
    ['exa mple.com##div', /invalid domain/],
    ['example.com#@#.ad', /not supported/],
    ['##:has(div:has-text(x))', /inside :has\(\) is not supported/],
  ])('rejects %s with a clear message', (line, message) => {
    const { rules, errors } = parseUserRules(line, probe());
    expect(rules).toEqual([]);
    expect(errors).toHaveLength(1);
    expect(errors[0]!.line).toBe(1);
    expect(errors[0]!.message).toMatch(message);
  });

  test('reports the right line numbers and skips comments and blank lines', () => {
    const text = ['! my rules', '##.ok', '', 'broken', 'x.com##.fine', '##p['].join('\n');
    const { rules, errors } = parseUserRules(text, probe());
    expect(rules.map((r) => r.line)).toEqual([2, 5]);
    expect(errors.map((e) => e.line)).toEqual([4, 6]);
  });

  test('never throws on odd input', () => {
    expect(() => parseUserRules('##'.repeat(5000) + '\n\u0000##)(', probe())).not.toThrow();
    expect(parseUserRules(undefined as unknown as string).rules).toEqual([]);
  });
});

describe('domain scoping', () => {
  const rule = (line: string) => parseUserRules(line).rules[0]!;
  test.each([
    ['example.com##.x', 'www.example.com', true],
    ['example.com##.x', 'example.org', false],
    ['example.com##.x', null, false],
    ['##.x', null, true],
    ['~example.com##.x', 'shop.example.com', false],
    ['~example.com##.x', 'other.net', true],
    ['finanzen.*##.x', 'www.finanzen.ch', true],
  ])('%s on %s -> %s', (line, host, applies) => expect(ruleApplies(rule(line), host)).toBe(applies));
});

const PAGE = `<!doctype html><html><body>
  <article><h1>Title</h1><p>First paragraph of the article, long enough to count as real article text here.</p>
    <div class="slot"></div><p>Second paragraph of the article with more words to read in peace.</p></article>
  <aside><div class="mleft-10">Werbung</div><div class="box" id="b1">Buy things</div><div class="box" id="b2">Editorial box</div>
    <div class="teaser" id="t1">Sponsored by a bank</div><div class="teaser" id="t2">Our podcast</div></aside>
</body></html>`;

describe('applied through analyze()', () => {
  const run = (rules: string, url = 'https://news.example.com/a') => {
    const doc = parseDocument(PAGE);
    return { doc, hidden: analyze(doc, { url, userRules: rules, stages: { entities: false, card: false } }).hidden };
  };
  const reasonOf = (hidden: ReturnType<typeof run>['hidden'], el: Element | null) => hidden.find((b) => b.el === el)?.reason;

  test('hides matches with kind ad and reason user-rule:<line>', () => {
    const { doc, hidden } = run('! comment\nexample.com##div.slot');
    const block = hidden.find((b) => b.el === doc.querySelector('div.slot'));
    expect(block).toMatchObject({ kind: 'ad', reason: 'user-rule:2' });
  });

  test('a rule for another site does nothing here', () => {
    const { doc, hidden } = run('other.org##div.slot');
    expect(reasonOf(hidden, doc.querySelector('div.slot'))).toBeUndefined();
  });

  test(':has-text() with a sibling combinator hides only the box after the label', () => {
    const { doc, hidden } = run('##.mleft-10:has-text(Werbung) + .box');
    expect(reasonOf(hidden, doc.getElementById('b1'))).toBe('user-rule:1');
    expect(reasonOf(hidden, doc.getElementById('b2'))).toBeUndefined();
  });

  test(':has-text(/regex/i) filters by text', () => {
    const { doc } = run('');
    const rule = parseUserRules('##.teaser:has-text(/sponsored/i)').rules[0]!;
    expect(matchRule(doc, rule).map((e) => e.id)).toEqual(['t1']);
  });

  test('the article guard holds against user rules too', () => {
    const { doc, hidden } = run('##article\n##body\n##html\n##article p\n##article h1');
    for (const sel of ['article', 'body', 'article p', 'article h1']) {
      for (const el of doc.querySelectorAll(sel)) expect(reasonOf(hidden, el), sel).toBeUndefined();
    }
  });
});
