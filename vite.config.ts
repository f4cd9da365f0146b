/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin, type PluginOption } from 'vite';
import preact from '@preact/preset-vite';
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import baseManifest from './manifest.json' with { type: 'json' };
import { execFileSync } from 'node:child_process';

type Browser = 'chrome' | 'firefox';

/** One manifest.json on disk; the per-browser differences live here and nowhere else. */
export function manifestFor(browser: Browser): ManifestV3Export {
  const m = structuredClone(baseManifest) as Record<string, any>;
  if (browser === 'chrome') {
    // Chrome ignores gecko settings, but the store package stays clean without them.
    delete m.browser_specific_settings;
    m.background = { service_worker: m.background.service_worker, type: 'module' };
  } else {
    // Firefox MV3 runs an event page (background.scripts); crxjs 3.0.0 reads scripts[0] with browser:'firefox'.
    m.background = { scripts: m.background.scripts, type: 'module' };
    // Firefox has no offscreen documents: its event page has a DOM and writes the clipboard itself.
    m.permissions = m.permissions.filter((p: string) => p !== 'offscreen');
  }
  return m as ManifestV3Export;
}

/**
 * The recogniser's indexes compiled at build time: each accessor hydrates its string instead of building from the
 * raw lists, so those lists and builders drop out of the content script. Tests and the CLI keep building them.
 * The same builders run in a child process, so this config imports no project sources.
 */
function snapshotDefines(): Record<string, string> {
  const root = fileURLToPath(new URL('.', import.meta.url));
  const out = execFileSync(process.execPath, ['bin/run-ts.mjs', 'scripts/entity-snapshots.ts'], { cwd: root, maxBuffer: 64 << 20 });
  // Constant name (src/core/entities/snapshot-build.ts SNAPSHOT_DEFINES) -> serialised index, as a string literal.
  const snapshots = JSON.parse(out.toString('utf8')) as Record<string, string>;
  return Object.fromEntries(Object.entries(snapshots).map(([constant, json]) => [constant, JSON.stringify(json)]));
}

/**
 * The content script and the entity engine (src/content/content.iife.ts, engine.iife.ts) are injected by the
 * background with scripting.executeScript (see src/background/inject.ts), which needs no web_accessible_resources.
 * crxjs lists every `?script` import there anyway, for all http(s) pages, which would let any site detect the
 * extension by fetching the file; and it leaves an unused ESM copy of each script in assets/. Both go.
 */
function injectedScriptsOnlyForExecuteScript(): Plugin & { renderCrxManifest: (m: CrxManifest) => CrxManifest } {
  const INJECTED = ['src/content/content.iife.js', 'src/content/engine.iife.js'];
  return {
    name: 'finlens:injected-scripts',
    enforce: 'post',
    // crxjs's own hook, called with the final manifest (after its web_accessible_resources plugin).
    renderCrxManifest(manifest) {
      const war = (manifest.web_accessible_resources ?? [])
        .map((entry) => ({ ...entry, resources: entry.resources.filter((r) => !INJECTED.includes(r)) }))
        .filter((entry) => entry.resources.length > 0);
      if (war.length) manifest.web_accessible_resources = war;
      else delete manifest.web_accessible_resources;
      return manifest;
    },
    generateBundle(_options, bundle) {
      for (const [fileName, output] of Object.entries(bundle)) {
        if (output.type === 'chunk' && /^assets\/(content|engine)\.iife\.ts-[\w-]+\.js$/.test(fileName)) delete bundle[fileName];
      }
    },
  };
}
type CrxManifest = { web_accessible_resources?: { resources: string[]; matches?: string[] }[] };

export default defineConfig(({ mode }) => {
  const browser: Browser = mode === 'firefox' ? 'firefox' : 'chrome';
  const plugins: PluginOption[] = [preact()];
  // crx stays out of vitest (mode 'test').
  if (mode !== 'test') plugins.push(crx({ manifest: manifestFor(browser), browser }), injectedScriptsOnlyForExecuteScript());
  return {
    plugins,
    define: {
      __BROWSER__: JSON.stringify(browser),
      // The version the early script, the content script and the engine agree on (see src/content/engine-slot.ts). Not a timestamp: builds stay
      // reproducible (the Firefox add-on review rebuilds from source and compares).
      __FINLENS_BUILD__: JSON.stringify(baseManifest.version),
      ...(mode === 'test' ? {} : snapshotDefines()),
    },
    build: {
      outDir: `dist/${browser}`,
      emptyOutDir: true,
      rollupOptions: { input: { offscreen: 'src/offscreen/index.html' } },
    },
    test: {
      include: ['test/**/*.test.{ts,tsx}'],
      environment: 'happy-dom',
      alias: {
        // The real polyfill throws outside an extension: every test gets an in-memory fake instead.
        'webextension-polyfill': fileURLToPath(new URL('./test/mocks/webextension-polyfill.ts', import.meta.url)),
      },
      setupFiles: ['test/setup.ts'],
      testTimeout: 20000,
    },
  };
});
