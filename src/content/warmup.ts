// Warm-up runs of the core on small made-up input, each in a task of its own before the real run. The browser
// compiles a function the first time it is called; on a cold page that compile is part of the first real call and
// lands in one long task. Running the same code once on a few sentences first moves that cost into a short task.
// Pure: the made-up document is never attached to the page. (The recogniser needs none: it runs in slices.)
import { detectArticle } from '../core/article';

const SAMPLE_DE =
  'Die Deutsche Bank AG (ISIN DE0005140008, WKN 514000) und die Allianz legten zu. Vorstandschef Christian Sewing sagte, ' +
  'die Bank sei gut aufgestellt. Sewing verwies auf das Startup DeepSeek und die EZB.';
const SAMPLE_EN =
  'Apple Inc. (NASDAQ: AAPL) and Microsoft rose on Monday, CEO Tim Cook said. Cook added that the Federal Reserve ' +
  'and Goldman Sachs expected more; Jack Rae of Google DeepMind disagreed.';

let articleWarm = false;

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
