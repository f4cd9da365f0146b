// Screenshots: every run writes them to e2e-output/; with --update-docs (or UPDATE_SCREENSHOTS=1) the README's
// three are copied to docs/screenshots/ as well.
import { copyFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { DOCS_SHOTS, OUT } from './env.mjs';

/** README screenshot name -> the e2e-output file it comes from (Chromium, light mode). */
export const DOC_SHOTS = {
  'page-hidden-highlighted.png': 'chrome-page-hidden-highlighted.png',
  'page-revealed.png': 'chrome-page-revealed.png',
  'popup.png': 'chrome-popup.png',
};

export function wantDocs() {
  return process.argv.includes('--update-docs') || process.env.UPDATE_SCREENSHOTS === '1';
}

export async function copyDocShots(log = console.log) {
  await mkdir(DOCS_SHOTS, { recursive: true });
  for (const [doc, out] of Object.entries(DOC_SHOTS)) {
    await copyFile(join(OUT, out), join(DOCS_SHOTS, doc));
    log(`docs/screenshots/${doc} <- e2e-output/${out}`);
  }
}
