// Parses HTML in both DOMs the core must behave the same in: linkedom (CLI) and happy-dom (test env / browser-like).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseDocument } from '../../src/cli/html';

export type Parser = (html: string) => Document;

export const PARSERS: Array<[string, Parser]> = [
  ['linkedom', (html) => parseDocument(html)],
  ['happy-dom', (html) => new DOMParser().parseFromString(html, 'text/html')],
];

// vitest runs from the repository root; import.meta.url is not a file URL under happy-dom.
export const fixture = (name: string): string => readFileSync(path.join(process.cwd(), 'test/fixtures', name), 'utf8');

export const page = (body: string, head = ''): string =>
  `<!doctype html><html lang="de"><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;

/** Article-like filler paragraphs (invented text) so that a test page has a clear body. */
export const paragraphs = (n: number, topic = 'Die Firma'): string =>
  Array.from({ length: n }, (_, i) => `<p>${topic} meldete im Quartal ${i + 1} einen Umsatz, der über den Erwartungen lag, und hob die Prognose für das laufende Jahr an, wie der Vorstand mitteilte.</p>`).join('');
