import type { SiteProfile } from './types';

// finanznachrichten.de: banner and medium-rectangle slots with short ids (dban, dmr), the ad spacer, partner
// knock-out widgets filled by XHR after load, Smartbroker blocks, the issuers' small print, YOC slots and the
// trading venues' logo buttons.
// Our own selectors, written from notes/ads.md and the sites' public markup; no filter-list rule is copied.
export const finanznachrichten = {
  id: 'finanznachrichten',
  name: 'FinanzNachrichten.de',
  match: ['finanznachrichten.de'],
  lang: 'de',
  article: {
    root: ['#artikelText'],
  },
  hide: [
    { selector: "[id^='dban'], [id^='dmr'], #adspacer", kind: 'ad', why: "banner / rectangle slot" },
    { selector: "#partner-knockout, [id^='WAd_'], .lazy-widget[data-path*='/w/ad_']", kind: 'leverage', why: "partner knock-out widget (lazy)" },
    { selector: "[id^='yoc_']", kind: 'ad', why: "YOC slot" },
    { selector: "[class*='smartbroker'], [id^='smartbroker']", kind: 'promo', why: "Smartbroker block" },
    { selector: ".sb-disclaimer", kind: 'leverage', why: "issuer small print" },
    // The trading venues' logos in the footer open the partner's trading page on click (a script handler, no link).
    { selector: ".on-click--partner", kind: 'promo', why: "partner trading-venue logo buttons" },
  ],
  keep: ["#artikelText"],
} satisfies SiteProfile;
