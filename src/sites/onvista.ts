import type { SiteProfile } from './types';

// onvista.de: ad slots with an "advice" label; the label is obfuscated (reversed "gnubreW", zero-width chars,
// or drawn through CSS content), which the generic label normaliser handles; issuer product boxes.
// Our own selectors, written from notes/ads.md and the sites' public markup; no filter-list rule is copied.
export const onvista = {
  id: 'onvista',
  name: 'onvista.de',
  match: ['onvista.de'],
  lang: 'de',
  hide: [
    { selector: "[class*='ov-ad-slot']", kind: 'ad', why: "ad slot (with or without its advice label)" },
    { selector: "[class*='ad-container'], [id^='ov-ad']", kind: 'ad', why: "ad container" },
    { selector: "[class*='derivative-teaser'], [class*='issuer-teaser']", kind: 'leverage', why: "issuer product teaser" },
  ],
} satisfies SiteProfile;
