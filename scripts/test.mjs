// `npm test`: the whole check, in the order a failure is cheapest to read.
// build -> type check -> unit tests -> web-ext lint (Firefox package) -> real-browser e2e (Chromium, Firefox).
import { spawnSync } from 'node:child_process';

const steps = [
  ['build', 'npm', ['run', 'build', '--silent']],
  ['typecheck', 'npx', ['tsc', '--noEmit']],
  ['unit tests', 'npx', ['vitest', 'run']],
  ['web-ext lint', 'npx', ['web-ext', 'lint', '--source-dir', 'dist/firefox', '--no-input']],
  ['e2e (Chromium, Firefox)', 'node', ['e2e/run.mjs']],
];

const results = [];
for (const [name, cmd, args] of steps) {
  const t0 = Date.now();
  console.log(`\n=== ${name} ===`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: process.env });
  const ok = r.status === 0;
  results.push({ name, ok, s: ((Date.now() - t0) / 1000).toFixed(1) });
  // A failed build makes every later step meaningless.
  if (!ok && name === 'build') break;
}
console.log('\n=== summary ===');
for (const r of results) console.log(`${r.ok ? 'PASS' : 'FAIL'}  ${r.name} (${r.s} s)`);
process.exit(results.every((r) => r.ok) && results.length === steps.length ? 0 : 1);
