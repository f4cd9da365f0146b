import type { SiteProfile } from './types';

// ariva.de: red issuer buttons that carry a small "Anzeige" span, Smartbroker+ deep links, the certificate
// product line under quotes.
// Our own selectors, written from notes/ads.md and the sites' public markup; no filter-list rule is copied.
export const ariva = {
  id: 'ariva',
  name: 'ariva.de',
  match: ['ariva.de'],
  lang: 'de',
  hide: [
    { selector: "a:has(span.anzeige)", kind: 'leverage', why: "issuer button labelled \"Anzeige\"" },
    { selector: "a[href*='smartbrokerplus.de']", kind: 'promo', why: "Smartbroker+ deep link" },
    { selector: "[id^='wpProduktzeile']", kind: 'leverage', why: "certificate / leverage product line" },
    { selector: "[id^='ariva_ad'], [class*='werbung']", kind: 'ad', why: "ad container" },
  ],
} satisfies SiteProfile;
