import type { SiteProfile } from './types';

// reuters.com: responsive ad slots (leaderboard, MPU) and their wrappers.
// Our own selectors, written from notes/ads.md and the sites' public markup; no filter-list rule is copied.
export const reuters = {
  id: 'reuters',
  name: 'Reuters',
  match: ['reuters.com'],
  lang: 'en',
  hide: [
    { selector: "[data-testid*='AdSlot'], [data-testid*='ad-slot'], [class*='ad-slot']", kind: 'ad', why: "responsive ad slot" },
    { selector: "[id^='ad_'], [id^='ad-']", kind: 'ad', why: "numbered ad slot" },
  ],
} satisfies SiteProfile;
