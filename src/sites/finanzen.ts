import type { SiteProfile } from './types';

// finanzen.net (.ch, .at): issuer widgets on quote pages carry an "advertising hint" button; issuer teasers and
// Long/Short buttons link through the g.finanzen.net redirector whose slug names the issuer; partner images.
// "News von Emittenten" is editorial-looking issuer news the reader may want: kept (ELG once hid it by mistake).
// Our own selectors, written from notes/ads.md and the sites' public markup; no filter-list rule is copied.
export const finanzen = {
  id: 'finanzen',
  name: 'finanzen.net',
  match: ['finanzen.net', 'finanzen.ch', 'finanzen.at'],
  lang: 'de',
  hide: [
    { selector: "a[href*='g.finanzen.net/']", kind: 'leverage', why: "link through the issuer/broker redirector" },
    { selector: "[class*='snapshot__trading']", kind: 'leverage', why: "trading box of an issuer on the quote snapshot", text: "werbung|anzeige|hebel|knock" },
    { selector: "[id*='banner-fallback'], [id*='issuer-banner']", kind: 'leverage', why: "issuer banner fallback" },
    { selector: "a:has(img[alt^='Passende Produkte'])", kind: 'leverage', why: "\"Passende Produkte von <issuer>\" teaser image" },
    { selector: "a:has(img[src*='/images/b_partner/']), a:has(img[src*='/images/b_realtime/'])", kind: 'ad', why: "partner banner images" },
    { selector: "a[href*='Werbehinweis']", kind: 'leverage', why: "link to the issuer's advertising notice" },
    { selector: "[class*='page-content__item']:has(.button-advertising-hint)", kind: 'leverage', why: "content box marked with the advertising-hint button" },
  ],
  keep: ["[id*='EmittentenNews']", "[class*='emittenten-news']"],
} satisfies SiteProfile;
