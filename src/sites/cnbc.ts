import type { SiteProfile } from './types';

// cnbc.com: inline ad slots between paragraphs and sponsored content modules.
// Our own selectors, written from notes/ads.md and the sites' public markup; no filter-list rule is copied.
export const cnbc = {
  id: 'cnbc',
  name: 'CNBC',
  match: ['cnbc.com'],
  lang: 'en',
  hide: [
    { selector: "[class*='InlineAd'], [class*='BoxInline-ad'], [class*='TopBanner']", kind: 'ad', why: "inline / top ad slot" },
    { selector: "[class*='SponsoredContent'], [class*='sponsored']", kind: 'ad', why: "sponsored module" },
  ],
} satisfies SiteProfile;
