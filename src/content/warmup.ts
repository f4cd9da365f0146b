// Warm-up runs of the core on small made-up input, each in a task of its own before the real run. The browser
// compiles a function the first time it is called; on a cold page that compile is part of the first real call and
// lands in one long task. Running the same code once on a few sentences first moves that cost into a short task.
// Pure: the made-up document is never attached to the page, and the recogniser only caches its indexes.
import { detectArticle } from '../core/article';
import { recognise } from '../core/entities';

const SAMPLE_DE =
  'Die Deutsche Bank AG (ISIN DE0005140008, WKN 514000) und die Allianz legten zu. Vorstandschef Christian Sewing sagte, ' +
  'die Bank sei gut aufgestellt. Sewing verwies auf das Startup DeepSeek und die EZB.';
const SAMPLE_EN =
  'Apple Inc. (NASDAQ: AAPL) and Microsoft rose on Monday, CEO Tim Cook said. Cook added that the Federal Reserve ' +
  'and Goldman Sachs expected more; Jack Rae of Google DeepMind disagreed.';

let articleWarm = false;
const recogniserWarm = new Set<string>();

/** The article detector on a small made-up page (a few paragraphs in an <article>). Once per page. */
export function warmArticle(doc: Document): void {
  if (articleWarm) return;
  articleWarm = true;
  const made = doc.implementation.createHTMLDocument('FinLens');
  const article = made.createElement('article');
  const h1 = made.createElement('h1');
  h1.textContent = 'Warm-up';
  article.append(h1);
  for (const text of [SAMPLE_DE, SAMPLE_EN, SAMPLE_DE]) {
    const p = made.createElement('p');
    p.textContent = text;
    article.append(p);
  }
  made.body.append(article);
  detectArticle(made, { url: null, profile: null });
}

/** The recogniser on a few sentences of one language (loads the indexes if not loaded yet). Once per page and language. */
export function warmRecogniser(lang: 'de' | 'en'): void {
  if (recogniserWarm.has(lang)) return;
  recogniserWarm.add(lang);
  recognise(lang === 'de' ? SAMPLE_DE : SAMPLE_EN, { lang, watchlist: [] });
}
