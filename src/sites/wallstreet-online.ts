import type { SiteProfile } from './types';

// wallstreet-online.de: the derivative cockpit, popular leverage products, modules with an issuer promotion
// hint, and ad rows inside quote tables (a row whose cell carries an "Anzeige" marker).
// Our own selectors, written from notes/ads.md and the sites' public markup; no filter-list rule is copied.
export const wallstreetOnline = {
  id: 'wallstreet-online',
  name: 'wallstreet-online.de',
  match: ['wallstreet-online.de'],
  lang: 'de',
  hide: [
    { selector: "[id^='derivativecockpit']", kind: 'leverage', why: "derivative cockpit" },
    { selector: "[class*='popularleverageproducts']", kind: 'leverage', why: "popular leverage products" },
    { selector: ".module:has(.issuerPromotionHint)", kind: 'leverage', why: "module with an issuer promotion hint" },
    { selector: "tr:has(span[title='Anzeige'])", kind: 'ad', why: "ad row inside a quote table" },
  ],
} satisfies SiteProfile;
