// Runs the real-browser e2e tests one after the other (Chromium, then Firefox) and sums them up.
// A missing browser is SKIPPED locally and FAILS when CI=true, with the install command either way.
// Usage: node e2e/run.mjs [--update-docs] [--only=chrome|firefox|hostile]
//   --update-docs (or UPDATE_SCREENSHOTS=1): also copy the README screenshots to docs/screenshots/.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { EXIT_NO_BROWSER, ROOT } from './lib/env.mjs';
import { wantDocs } from './lib/shots.mjs';

const SUITES = [
  { name: 'chrome', script: 'e2e/chrome.e2e.mjs', dist: 'dist/chrome', install: 'sudo apt-get install chromium  (or set CHROME_PATH to Chrome for Testing)' },
  { name: 'firefox', script: 'e2e/firefox.e2e.mjs', dist: 'dist/firefox', install: 'sudo apt-get install firefox-esr  (or set FIREFOX)' },
  // Hostile pages (issue 7): a page fighting the hider, an SPA swapping its article, markup in page text.
  { name: 'hostile', script: 'e2e/hostile.e2e.mjs', dist: 'dist/chrome', install: 'sudo apt-get install chromium  (or set CHROME_PATH to Chrome for Testing)' },
];
const ci = process.env.CI === 'true' || process.env.CI === '1';
const only = process.argv.find((a) => a.startsWith('--only='))?.slice(7);

function run(cmd, args, env = {}) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd: ROOT, stdio: 'inherit', env: { ...process.env, ...env } });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

if (SUITES.some((s) => !existsSync(join(ROOT, s.dist, 'manifest.json')))) {
  console.log('e2e: dist/ is missing, building first (npm run build)');
  if ((await run('npm', ['run', 'build'])) !== 0) process.exit(1);
}

const results = [];
for (const suite of SUITES.filter((s) => !only || s.name === only)) {
  const t0 = Date.now();
  const code = await run(process.execPath, [suite.script], wantDocs() ? { UPDATE_SCREENSHOTS: '1' } : {});
  const seconds = ((Date.now() - t0) / 1000).toFixed(1);
  if (code === EXIT_NO_BROWSER) {
    results.push({ name: suite.name, status: ci ? 'FAIL' : 'SKIPPED', seconds, note: `browser not installed: ${suite.install}` });
  } else results.push({ name: suite.name, status: code === 0 ? 'PASS' : 'FAIL', seconds, note: code === 0 ? '' : `exit ${code}` });
}

console.log('\ne2e summary' + (ci ? ' (CI=true: a missing browser fails)' : ''));
for (const r of results) console.log(`  ${r.status.padEnd(7)} ${r.name.padEnd(8)} ${r.seconds.padStart(5)} s  ${r.note}`);
process.exit(results.some((r) => r.status === 'FAIL') ? 1 : 0);
