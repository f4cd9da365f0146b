import type { SiteProfile } from './types';

// manager-magazin.de: the lists only carry allow-rules for this site; ad areas are marked with data attributes.
// Our own selectors, written from notes/ads.md and the sites' public markup; no filter-list rule is copied.
export const managerMagazin = {
  id: 'manager-magazin',
  name: 'manager magazin',
  match: ['manager-magazin.de'],
  lang: 'de',
  hide: [
    { selector: "[data-area='ad'], [data-area*='advertisement']", kind: 'ad', why: "ad area" },
    { selector: "[class*='ad-container']", kind: 'ad', why: "ad container" },
  ],
} satisfies SiteProfile;
