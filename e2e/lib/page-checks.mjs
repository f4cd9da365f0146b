// Functions evaluated inside the fixture page (Playwright and Puppeteer both serialise them: they must be
// self-contained and take one argument). They only read the page; the tests decide what is right.

/** What FinLens did to the page: marks, what is visible, which highlights exist. `truth` = seed-truth.json. */
export function inspectPage(truth) {
  const norm = (s) => s.replace(/\s+/g, ' ').trim();
  const visible = (el) => (el.checkVisibility ? el.checkVisibility() : el.getClientRects().length > 0);
  const text = norm(document.body.innerText);
  // The deepest elements whose text contains `needle` (the block it sits in, not every ancestor).
  const holders = (needle) =>
    [...document.body.querySelectorAll('*')].filter(
      (el) => el.textContent.includes(needle) && ![...el.children].some((c) => c.textContent.includes(needle)),
    );
  const hide = truth.hide.map((h) => {
    const els = h.contains ? holders(h.contains) : [...document.querySelectorAll(h.selector)];
    return {
      what: h.what,
      found: els.length,
      visible: els.filter(visible).length,
      marked: els.map((el) => el.closest('[data-finlens-hide]')?.getAttribute('data-finlens-hide') ?? null),
    };
  });
  const highlights = {};
  let mode = 'none';
  if (typeof CSS !== 'undefined' && CSS.highlights && CSS.highlights.size) {
    mode = 'highlight-api';
    for (const [name, hl] of CSS.highlights) highlights[name.replace(/^finlens-/, '')] = [...hl].map((r) => norm(r.toString()));
  }
  const wrappers = document.querySelectorAll('finlens-mention');
  if (wrappers.length) {
    mode = mode === 'none' ? 'wrappers' : 'both';
    for (const el of wrappers) (highlights[el.dataset.type] ??= []).push(norm(el.textContent));
  }
  const article = document.querySelector('[data-finlens-article]');
  return {
    articleMarked: Boolean(article),
    articleTag: article ? `${article.tagName.toLowerCase()}.${article.className}` : null,
    articleHasHeadline: Boolean(article?.textContent.includes(truth.articleParagraphs[0].slice(0, 40))),
    hidingAttr: document.documentElement.getAttribute('data-finlens-hiding'),
    revealAttr: document.documentElement.hasAttribute('data-finlens-reveal'),
    marked: [...document.querySelectorAll('[data-finlens-hide]')].map((el) => ({
      kind: el.getAttribute('data-finlens-hide'),
      visible: visible(el),
      text: norm(el.textContent).slice(0, 60),
    })),
    hide,
    keepMissing: truth.keep.filter((k) => !text.includes(norm(k.contains))).map((k) => k.what),
    sentencesHidden: truth.articleSentences.filter((s) => !text.includes(norm(s))),
    sentenceCount: truth.articleSentences.length,
    highlightMode: mode,
    highlights,
  };
}

/**
 * Whether the page's text is what the server sent: the raw HTML fetched again, decoded with the page's charset,
 * parsed, and the body's text compared. Script, style, template and noscript are skipped (a DOMParser document
 * parses <noscript> as markup, a live one as text). Also counts links and forms, which must all still be there.
 */
export async function compareWithRawHtml() {
  const bytes = await (await fetch(location.href, { cache: 'no-store' })).arrayBuffer();
  let raw;
  try {
    raw = new TextDecoder(document.characterSet).decode(bytes);
  } catch {
    raw = new TextDecoder().decode(bytes);
  }
  const parsed = new DOMParser().parseFromString(raw, 'text/html');
  const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);
  const textOf = (root) => {
    if (!root) return '';
    let out = '';
    const walk = (node) => {
      for (let c = node.firstChild; c; c = c.nextSibling) {
        if (c.nodeType === 3) out += c.data;
        else if (c.nodeType === 1 && !SKIP.has(c.tagName.toUpperCase())) walk(c);
      }
    };
    walk(root);
    return out;
  };
  const count = (doc, sel) => (doc.body ? [...doc.body.querySelectorAll(sel)].filter((el) => !el.closest('noscript')).length : 0);
  const a = textOf(parsed.body);
  const b = textOf(document.body);
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return {
    same: a === b,
    rawLength: a.length,
    liveLength: b.length,
    firstDifference: a === b ? null : { at: i, raw: a.slice(i, i + 60), live: b.slice(i, i + 60) },
    linksRaw: count(parsed, 'a[href]'),
    linksLive: count(document, 'a[href]'),
    formsRaw: count(parsed, 'form'),
    formsLive: count(document, 'form'),
  };
}

/** Whether the named blocks are visible right now (by text they contain). */
export function blocksVisible(needles) {
  const visible = (el) => (el.checkVisibility ? el.checkVisibility() : el.getClientRects().length > 0);
  return needles.map((needle) => {
    const els = [...document.body.querySelectorAll('*')].filter(
      (el) => el.textContent.includes(needle) && ![...el.children].some((c) => c.textContent.includes(needle)),
    );
    return els.length > 0 && els.every(visible);
  });
}

/**
 * The body's text (script, style, template and noscript skipped) and its link and form counts: compared between
 * the page with the extension and the same page under a host where the extension does not run.
 */
export function pageText() {
  const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);
  let text = '';
  const walk = (node) => {
    for (let c = node.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) text += c.data;
      else if (c.nodeType === 1 && !SKIP.has(c.tagName.toUpperCase())) walk(c);
    }
  };
  if (document.body) walk(document.body);
  const count = (sel) => (document.body ? document.body.querySelectorAll(sel).length : 0);
  return { text, links: count('a[href]'), forms: count('form') };
}

/**
 * The pre-hide stylesheet (prehide.css) in the real browser: the first pass has handed over from it to the marks,
 * and it is loaded, parses (its :has() keep conditions included) and switches with its <html> attribute. A probe
 * element matching one of the site's rules (`probeId`) is checked with the attribute on and off, in one task.
 */
export function probePrehide(probeId) {
  const html = document.documentElement;
  const handedOver = !html.hasAttribute('data-finlens-prehide');
  const probe = document.createElement('div');
  probe.id = probeId;
  document.body.append(probe);
  html.setAttribute('data-finlens-prehide', `.${location.hostname}`);
  const hiddenWhenOn = getComputedStyle(probe).display === 'none';
  html.removeAttribute('data-finlens-prehide');
  const shownWhenOff = getComputedStyle(probe).display !== 'none';
  probe.remove();
  return { handedOver, hiddenWhenOn, shownWhenOff };
}
