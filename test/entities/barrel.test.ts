// The company barrel (src/data/companies/index.ts) must list every JSON file of the folder, or the extension and
// the CLI would silently miss part of the gazetteer.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';

const dir = path.resolve(__dirname, '../../src/data/companies');

export function expectedBarrel(files: string[]): string {
  const ident = (f: string): string => 'f_' + f.replace(/\.json$/, '').replace(/[^A-Za-z0-9]/g, '_');
  return [
    '// Barrel of the company gazetteer files in this folder, so that vite (extension) and tsx (CLI, scripts) bundle the',
    '// same data without import.meta.glob. Keep in sync: test/entities/barrel.test.ts fails, printing the expected',
    '// content of this file, when a JSON file here is not listed.',
    "import type { CompanyEntry } from '../schema';",
    ...files.map((f) => `import ${ident(f)} from './${f}';`),
    '',
    `export const companyFiles: CompanyEntry[][] = [${files.map(ident).join(', ')}] as CompanyEntry[][];`,
    '',
  ].join('\n');
}

describe('company barrel', () => {
  test('lists every JSON file in src/data/companies', () => {
    const files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
    const barrel = readFileSync(path.join(dir, 'index.ts'), 'utf8');
    const missing = files.filter((f) => !barrel.includes(`'./${f}'`));
    expect(missing, `update src/data/companies/index.ts to:\n${expectedBarrel(files)}`).toEqual([]);
  });
});
