import type { SiteProfile } from './types';

// BörsenNEWS.de: ad server slots ("pub_slot" wrappers), the site's own banner/promotion containers, Smartbroker+
// boxes (the site's broker partner) and issuer feeds in the sidebar. Our selectors, written from the markup
// described in notes/ads.md; the generic signals catch the labelled leverage widgets and their small print.
export const boersennews = {
  id: 'boersennews',
  name: 'BörsenNEWS.de',
  match: ['boersennews.de'],
  lang: 'de',
  article: {
    root: ['article .article-body', 'article'],
    headline: ['h1'],
  },
  hide: [
    { selector: '[class^="pub_slot"], [class*=" pub_slot"]', kind: 'ad', why: 'ad-server slot and its wrapper' },
    { selector: '[id^="bnBanner"], [id^="bnPromotional"]', kind: 'ad', why: 'site banner / promotion container' },
    { selector: '[class*="smartbroker"]', kind: 'promo', why: 'Smartbroker+ broker box or button' },
    { selector: '[id^="sgFeed"]', kind: 'leverage', why: 'issuer product feed' },
    { selector: '[id^="bnTicker"]', kind: 'ad', why: 'ticker strip that carries an ad notice', text: 'anzeige|werbung' },
    { selector: '[id^="nativendo"]', kind: 'ad', why: 'native-ad slot inside the article' },
  ],
  keep: ['.values-to-article', '#werteZumArtikel'],
  quotes: ['.values-to-article table', 'table.quote-table'],
} satisfies SiteProfile;
