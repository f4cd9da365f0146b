import type { SiteProfile } from './types';

// deraktionaer.de: leverage product boxes next to articles and ad slots; no list rules exist for the site, so
// this profile is our own reading of the page layout.
// Our own selectors, written from notes/ads.md and the sites' public markup; no filter-list rule is copied.
export const deraktionaer = {
  id: 'deraktionaer',
  name: 'DER AKTIONÄR',
  match: ['deraktionaer.de'],
  lang: 'de',
  hide: [
    { selector: "[class*='leverage-box'], [class*='hebel-box']", kind: 'leverage', why: "leverage product box" },
    { selector: "[class*='ad-slot'], [id^='ad-slot']", kind: 'ad', why: "ad slot" },
  ],
} satisfies SiteProfile;
