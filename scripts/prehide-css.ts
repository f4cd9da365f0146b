// `npm run prehide`: writes src/content/prehide.css from the site profiles (see src/sites/prehide.ts).
import { writeFileSync } from 'node:fs';
import { PROFILES } from '../src/sites';
import { prehideCss } from '../src/sites/prehide';

const file = new URL('../src/content/prehide.css', import.meta.url);
writeFileSync(file, prehideCss(PROFILES));
console.log(`wrote ${file.pathname}`);
