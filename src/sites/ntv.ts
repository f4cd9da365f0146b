import type { SiteProfile } from './types';

// n-tv.de: ad spaces and sponsored teasers; video ads are inserted by scripts (not ours to fight).
// Our own selectors, written from notes/ads.md and the sites' public markup; no filter-list rule is copied.
export const ntv = {
  id: 'ntv',
  name: 'n-tv.de',
  match: ['n-tv.de'],
  lang: 'de',
  hide: [
    { selector: "[class*='ad-space'], [class*='adspace'], [id^='adslot']", kind: 'ad', why: "ad space" },
    { selector: "[class*='teaser--sponsored'], [class*='sponsored-teaser']", kind: 'ad', why: "sponsored teaser" },
  ],
} satisfies SiteProfile;
