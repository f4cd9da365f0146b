import type { SiteProfile } from './types';

// finance.yahoo.com: LREC/leaderboard slots, native ad stream items and sponsored links.
// Our own selectors, written from notes/ads.md and the sites' public markup; no filter-list rule is copied.
export const yahooFinance = {
  id: 'yahoo-finance',
  name: 'Yahoo Finance',
  match: ['finance.yahoo.com'],
  lang: 'en',
  hide: [
    { selector: "[id*='LREC'], [id*='defaultLDRB'], [class*='gemini-ad'], [class*='caas-da']", kind: 'ad', why: "display ad slot" },
    { selector: "li:has([class*='sponsored']), [data-test-locator*='sponsor']", kind: 'ad', why: "sponsored stream item" },
  ],
} satisfies SiteProfile;
