// The core stays pure: no browser API, no window/document globals, no Node modules. This guard reads the
// sources, so a forbidden import fails here before it can break the CLI or the content script.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

const FORBIDDEN: [string, RegExp][] = [
  ['browser extension API', /\b(browser|chrome)\.(runtime|storage|tabs|scripting|action|i18n)\b/],
  ['webextension-polyfill', /from ['"]webextension-polyfill['"]/],
  ['node modules', /from ['"](node:|fs|path|os|child_process)['"/]/],
  ['window global', /\bwindow\./],
  ['global document', /(^|[^.\w])document\.(querySelector|body|documentElement|createElement|getElementById)/],
  ['global location', /(^|[^.\w])location\.(href|hostname)/],
  ['instanceof DOM class', /instanceof\s+(HTML\w*Element|Element|Node|Text)\b/],
  ['preact', /from ['"]preact/],
];

describe.each(['src/core', 'src/sites', 'src/data'])('%s is pure', (dir) => {
  const files = sources(dir);
  test('has sources', () => expect(files.length).toBeGreaterThan(0));
  test.each(FORBIDDEN)('no %s', (_name, pattern) => {
    const offenders = files.filter((f) => pattern.test(readFileSync(f, 'utf8')));
    expect(offenders).toEqual([]);
  });
});

test('the content script does not pull in preact', () => {
  const files = sources('src/content');
  expect(files.filter((f) => /from ['"]preact/.test(readFileSync(f, 'utf8')))).toEqual([]);
});
