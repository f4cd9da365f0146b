// `npm run package`: one store zip per browser from dist/, into artifacts/.
import { readdir, readFile, writeFile, mkdir, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { zipSync } from 'fflate';

const pkg = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8'));
const root = new URL('..', import.meta.url).pathname;

async function filesUnder(dir) {
  const out = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await filesUnder(path)));
    else out.push(path);
  }
  return out;
}

await mkdir(join(root, 'artifacts'), { recursive: true });
for (const browser of ['chrome', 'firefox']) {
  const dir = join(root, 'dist', browser);
  if (!(await stat(dir).catch(() => null))) {
    console.error(`dist/${browser} is missing: run npm run build first`);
    process.exit(1);
  }
  const entries = {};
  // Fixed timestamps make the zip reproducible: same sources, same bytes.
  for (const file of (await filesUnder(dir)).sort()) entries[relative(dir, file)] = [await readFile(file), { mtime: new Date('2025-01-01T00:00:00Z') }];
  const zip = zipSync(entries, { level: 9 });
  const out = join(root, 'artifacts', `finlens-${browser}-${pkg.version}.zip`);
  await writeFile(out, zip);
  console.log(`${relative(root, out)}  ${(zip.length / 1024).toFixed(1)} KB, ${Object.keys(entries).length} files`);
}
