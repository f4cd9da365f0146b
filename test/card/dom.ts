// Both DOMs the core must work in: linkedom (the CLI) and happy-dom (the test environment's own DOMParser).
import { parseDocument } from '../../src/cli/html';

export function bothDoms(html: string): Array<[string, Document]> {
  const full = /<html[\s>]/i.test(html) ? html : `<!doctype html><html><head></head><body>${html}</body></html>`;
  return [
    ['linkedom', parseDocument(full)],
    ['happy-dom', new DOMParser().parseFromString(full, 'text/html')],
  ];
}
