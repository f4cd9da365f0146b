// Related-link boxes, author boxes and share/sign-up prompts inside the article, labelled in many languages.
import { describe, expect, test } from 'vitest';
import { detectArticle } from '../../src/core/article';
import { FURNITURE_TEXT } from '../../src/core/article/patterns';
import { PARSERS, page, paragraphs } from './helpers';

const LABELS = [
  'Das könnte Sie auch interessieren', 'Schon gelesen?', 'Weitere Beiträge', 'Verwandte Artikel', 'Über den Autor',
  'Temas relacionados', 'Vous aimerez aussi', 'Leggi anche', 'Czytaj też', 'Lees ook', 'Leia também', 'Related topics',
  'Möchten Sie den Artikel teilen?', 'Zum Newsletter anmelden', 'Never miss a story', 'Síguenos en Telegram',
  'Kontakt:', 'Pressekontakt', 'Anzeige, enthält Affiliate Links',
  'Gefällt dir unser Magazin?', 'Unterstützen Sie unsere Arbeit', 'Jede kleine Spende hilft', 'Support our journalism',
  'Das Thema könnte dich auch interessieren:',
];

describe.each(PARSERS)('%s', (_dom, parse) => {
  test.each(LABELS)('a box labelled "%s" is left out', (label) => {
    const box = `<div class="box"><h3>${label}</h3><ul><li><a href="/a">Ganz anderer Beitrag über Zinsen</a></li><li><a href="/b">Noch ein anderer Beitrag</a></li></ul></div>`;
    const a = detectArticle(parse(page(`<article><h1>Titel</h1>${paragraphs(6)}${box}</article>`)), { url: null, profile: null });
    expect(a.text).toContain('meldete im Quartal 6');
    expect(a.text).not.toContain(label);
    expect(a.text).not.toContain('Ganz anderer Beitrag');
  });
});

describe.each(PARSERS)('%s: boxes of recent posts with blurbs', (_dom, parse) => {
  test.each(['Recent Posts', 'Recent Blogs', 'Neueste Beiträge'])('a box labelled "%s" goes with its blurbs', (label) => {
    const box = `<div class="box"><h3>${label}</h3><p>Ein ganz anderer Beitrag darüber, wie Sparer mit steigenden Zinsen umgehen sollten.</p></div>`;
    const a = detectArticle(parse(page(`<article><h1>Titel</h1>${paragraphs(6)}${box}</article>`)), { url: null, profile: null });
    expect(a.text).toContain('meldete im Quartal 6');
    expect(a.text).not.toContain('Sparer mit steigenden Zinsen');
  });
});

test.each(['Über uns', 'Weitere Informationen zur Studie finden sich im Anhang des Berichts.', 'Kontaktlinsen sind beliebt', 'Unterstützen Sie Unternehmen beim Wandel?', 'Support for the plan grew'])('"%s" is article text', (s) => {
  expect(FURNITURE_TEXT.test(s)).toBe(false);
});

describe.each(PARSERS)('%s: metadata lines inside the root', (_dom, parse) => {
  test.each([
    ['a dateline in <time>', '<time datetime="2020-04-03">03.04.2020</time>', '03.04.2020'],
    ['a source note', '<p><em>Quelle: Landesregierung</em></p>', 'Landesregierung'],
    ['a Polish source label', '<div class="sources">Źródło: PAP</div>', 'PAP'],
    ['a post-meta line', '<div class="entry-meta">Posted in Allgemein by admin</div>', 'Allgemein'],
    ['an image legend', '<div class="legend">Der Hirschkäfer im Kastanienwald, Foto: Muster</div>', 'Hirschkäfer'],
    ['an image description', '<p class="imagedescription">AFP / Max Muster</p>', 'AFP'],
    ['an "entry__meta" line', '<div class="entry__meta"><span class="entry__date">Ultima modifica 12.06.2025</span></div>', 'Ultima modifica'],
    ['a next-story teaser', '<div class="nextstory"><h2><a href="/n">Die nächste Geschichte über etwas ganz anderes</a></h2></div>', 'nächste Geschichte'],
    ['a teaser card grid', '<ul class="item-list"><li class="teaser-item"><p>Schauspielerin aus zwei Welten erzählt von ihrer Arbeit</p></li></ul>', 'Schauspielerin'],
    ['a "cite as" box', '<div class="citate">Zitiervorschlag: Muster, Titel, VerfBlog, 2025</div>', 'Zitiervorschlag'],
    ['a box the site leaves out of print', '<div id="contact" class="no-print"><p>Bei Fragen und Anregungen wenden Sie sich an die Redaktion.</p></div>', 'Bei Fragen'],
    ['a community notice', '<div class="column community-notice"><p>Dieser Beitrag gibt die Meinung des Autors wieder, nicht die der Redaktion.</p></div>', 'Meinung des Autors'],
    ['a pop-up', '<div class="rty-pop-up"><h4>Eine Frage an unsere Leserinnen und Leser</h4></div>', 'Eine Frage an'],
    ['an affiliate disclosure', '<section class="editorial-disclosure"><p>This post contains references to products from our partners.</p></section>', 'references to products'],
  ])('%s is left out', (_name, html, gone) => {
    const a = detectArticle(parse(page(`<article><h1>Titel</h1>${html}${paragraphs(6)}</article>`)), { url: null, profile: null });
    expect(a.text).toContain('meldete im Quartal 6');
    expect(a.text).not.toContain(gone);
  });
  test('a date inside a sentence stays', () => {
    const html = `<article>${paragraphs(4)}<p>Die Hauptversammlung findet am <time datetime="2025-06-12">12. Juni 2025</time> in Frankfurt statt, wie das Unternehmen am Montag mitteilte.</p></article>`;
    expect(detectArticle(parse(page(html)), { url: null, profile: null }).text).toContain('am 12. Juni 2025 in Frankfurt');
  });
});

describe.each(PARSERS)('%s: a grid of teaser cards after the story', (_dom, parse) => {
  const card = (i: number) => `<div class="card"><h3><a href="/s${i}">Ein anderer Beitrag Nummer ${i}</a></h3><p>Kurz erzählt, worum es in dem anderen Beitrag mit der Nummer ${i} geht, damit man klickt.</p></div>`;
  test.each([
    ['a long grid after the story goes', 12, 12, false],
    ['two cards after a short story stay (a recipe\'s steps, an info box)', 2, 3, true],
  ])('%s', (_name, n, story, kept) => {
    const grid = Array.from({ length: n }, (_, i) => card(i + 1)).join('');
    const html = `<article><h1>Titel</h1>${paragraphs(story)}${grid}</article>`;
    const a = detectArticle(parse(page(html)), { url: null, profile: null });
    expect(a.text).toContain(`meldete im Quartal ${story}`);
    expect(a.text.includes('worum es in dem anderen Beitrag mit der Nummer 1 geht')).toBe(kept);
  });

  test('a listicle made of cards keeps them', () => {
    const items = Array.from({ length: 8 }, (_, i) => card(i + 1)).join('');
    const a = detectArticle(parse(page(`<article><h1>Die besten Beiträge</h1><p>Eine Auswahl der Redaktion für dieses Wochenende.</p>${items}</article>`)), { url: null, profile: null });
    expect(a.text).toContain('mit der Nummer 8 geht');
  });
});
