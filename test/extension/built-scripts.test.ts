// The built extension (npm test builds it before the unit tests; skipped when there is no build): the one script in
// the manifest is the small early script, the content script carries no recogniser indexes, the entity engine is a
// file of its own, the background names both files it injects, and no file is left web-accessible for pages to probe.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { describe, expect, test } from 'vitest';

const SNAPSHOT_MARK = '"v":2,"shapes"';

describe.each(['chrome', 'firefox'])('dist/%s', (browser) => {
  const dir = `dist/${browser}`;
  test.skipIf(!existsSync(`${dir}/manifest.json`))('early script small, content script small, engine separate, nothing web-accessible', () => {
    const manifest = JSON.parse(readFileSync(`${dir}/manifest.json`, 'utf8'));
    expect(manifest.web_accessible_resources).toBeUndefined();
    expect(manifest.content_scripts.map((c: { js: string[] }) => c.js)).toEqual([['src/content/early.iife.js']]);
    expect(manifest.content_scripts[0].run_at).toBe('document_start');
    // The early script is a few lines, without the browser polyfill: none of the hiding (its attribute name is a string
    // literal the minifier keeps).
    expect(statSync(`${dir}/src/content/early.iife.js`).size).toBeLessThan(8_000);
    expect(readFileSync(`${dir}/src/content/early.iife.js`, 'utf8')).not.toContain('data-finlens-hide');

    const content = readFileSync(`${dir}/src/content/content.iife.js`, 'utf8');
    expect(content).not.toContain(SNAPSHOT_MARK);
    expect(statSync(`${dir}/src/content/content.iife.js`).size).toBeLessThan(150_000);

    const engine = readFileSync(`${dir}/src/content/engine.iife.js`, 'utf8');
    expect(engine).toContain(SNAPSHOT_MARK);
    // No ESM copy of the engine left behind in assets/, and the background names the file it injects.
    expect(readdirSync(`${dir}/assets`).filter((f) => /^(engine|content)\.iife/.test(f))).toEqual([]);
    const background = readdirSync(`${dir}/assets`).map((f) => readFileSync(`${dir}/assets/${f}`, 'utf8'));
    expect(background.some((js) => js.includes('src/content/engine.iife.js'))).toBe(true);
    expect(background.some((js) => js.includes('src/content/content.iife.js'))).toBe(true);
  });
});
