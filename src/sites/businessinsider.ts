import type { SiteProfile } from './types';

// businessinsider.com / .de: ad wrappers, in-post sticky ads and affiliate commerce modules.
// Our own selectors, written from notes/ads.md and the sites' public markup; no filter-list rule is copied.
export const businessinsider = {
  id: 'businessinsider',
  name: 'Business Insider',
  match: ['businessinsider.com', 'businessinsider.de'],
  lang: 'en',
  hide: [
    { selector: "[class*='ad-wrapper'], [class*='in-post-sticky'], [class*='subnav-ad']", kind: 'ad', why: "ad wrapper" },
    { selector: "[class*='affiliate'], [class*='commerce-module']", kind: 'promo', why: "affiliate commerce module" },
  ],
} satisfies SiteProfile;
