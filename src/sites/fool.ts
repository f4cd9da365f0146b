import type { SiteProfile } from './types';

// fool.com: service "pitch" boxes (Stock Advisor promotions) inside and after articles, and ad slots.
// Our own selectors, written from notes/ads.md and the sites' public markup; no filter-list rule is copied.
export const fool = {
  id: 'fool',
  name: 'The Motley Fool',
  match: ['fool.com'],
  lang: 'en',
  hide: [
    { selector: "[class*='article-pitch'], [class*='pitch-container']", kind: 'promo', why: "subscription pitch" },
    { selector: "[class*='ad-container'], [id^='div-gpt']", kind: 'ad', why: "ad slot" },
  ],
} satisfies SiteProfile;
