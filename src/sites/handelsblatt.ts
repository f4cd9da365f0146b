import type { SiteProfile } from './types';

// handelsblatt.com: ad slots as custom elements and wrappers; generic list hiding is off for this site because
// it broke pages, so our guard matters here.
// Our own selectors, written from notes/ads.md and the sites' public markup; no filter-list rule is copied.
export const handelsblatt = {
  id: 'handelsblatt',
  name: 'Handelsblatt',
  match: ['handelsblatt.com'],
  lang: 'de',
  hide: [
    { selector: "app-ad-slot, [class*='ad-slot'], [class*='adslot']", kind: 'ad', why: "ad slot" },
    { selector: "[class*='ad-wrapper'], [class*='ad-container']", kind: 'ad', why: "ad wrapper" },
  ],
} satisfies SiteProfile;
