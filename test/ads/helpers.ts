// Shared by the ads and site tests: run the full pipeline on a fixture and read back what was hidden.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseDocument } from '../../src/cli/html';
import { analyze } from '../../src/core/analyze';
import type { HiddenBlock, PageAnalysis } from '../../src/core/types';

export const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures');

export function runFixture(relPath: string, url: string | null, userRules = ''): { doc: Document; result: PageAnalysis } {
  const doc = parseDocument(readFileSync(join(FIXTURES, relPath), 'utf8'));
  const result = analyze(doc, { url, userRules, stages: { entities: false, card: false } });
  return { doc, result };
}

const flat = (s: string) => s.replace(/[\s\u00a0\u200b-\u200d\u2060]+/g, ' ').trim();

/** Text of a hidden block as the reader would have seen it (whitespace collapsed). */
export const blockText = (b: HiddenBlock): string => flat(b.el.textContent ?? '');

/** The hidden block that holds `phrase`, if any. */
export const blockHolding = (hidden: HiddenBlock[], phrase: string): HiddenBlock | undefined =>
  hidden.find((b) => blockText(b).includes(flat(phrase)));

/** True when `el` is a hidden block or inside one. */
export function isHidden(hidden: HiddenBlock[], el: Element): boolean {
  const set = new Set(hidden.map((b) => b.el));
  for (let p: Element | null = el; p; p = p.parentElement) if (set.has(p)) return true;
  return false;
}
