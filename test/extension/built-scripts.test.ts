// The built extension (npm test builds it before the unit tests; skipped when there is no build): the script that
// runs at document_idle carries no recogniser indexes, the entity engine is a file of its own, and no file is left
// web-accessible for pages to probe.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { describe, expect, test } from 'vitest';

const SNAPSHOT_MARK = '"v":2,"shapes"';

describe.each(['chrome', 'firefox'])('dist/%s', (browser) => {
  const dir = `dist/${browser}`;
  test.skipIf(!existsSync(`${dir}/manifest.json`))('content script small, engine separate, nothing web-accessible', () => {
    const manifest = JSON.parse(readFileSync(`${dir}/manifest.json`, 'utf8'));
    expect(manifest.web_accessible_resources).toBeUndefined();
    expect(manifest.content_scripts.map((c: { js: string[] }) => c.js)).toEqual([['src/content/content.iife.js']]);

    const content = readFileSync(`${dir}/src/content/content.iife.js`, 'utf8');
    expect(content).not.toContain(SNAPSHOT_MARK);
    expect(statSync(`${dir}/src/content/content.iife.js`).size).toBeLessThan(150_000);

    const engine = readFileSync(`${dir}/src/content/engine.iife.js`, 'utf8');
    expect(engine).toContain(SNAPSHOT_MARK);
    // No ESM copy of the engine left behind in assets/, and the background names the file it injects.
    expect(readdirSync(`${dir}/assets`).filter((f) => f.startsWith('engine'))).toEqual([]);
    const background = readdirSync(`${dir}/assets`).map((f) => readFileSync(`${dir}/assets/${f}`, 'utf8'));
    expect(background.some((js) => js.includes('src/content/engine.iife.js'))).toBe(true);
  });
});
