// The words and tokens the generic hider looks for. Our own vocabulary (see ../shared/notes/ads.md §4); no
// filter-list rule is copied here. Everything is matched on lower-cased, NFC text.

/** Label words that mark a block as paid content, compared after `normalizeLabel` (no spaces, lower case). */
export const LABEL_WORDS = new Set([
  'anzeige', 'anzeigen', 'werbung', 'werbehinweis', 'werbehinweise', 'sponsored', 'gesponsert', 'advertisement',
  'advertisements', 'promoted', 'sponsoredcontent', 'paidcontent', 'paidpost', 'partnerangebot', 'publicité',
  'pubblicità', 'sponsoredby', 'anzeigevon', 'ad', 'ads',
]);

/** Classes/ids that name a label element (small text), so the labelled box around it is the ad. */
export const LABEL_TOKENS = new Set([
  'adlabel', 'anzeige', 'werbung', 'werbehinweis', 'werbelabel', 'issuerpromotionhint', 'advertisinghint',
  'generaladtag', 'offerteflag', 'anzeigetext', 'lynxanzeige', 'sponsoredlabel', 'adnotice', 'admarker', 'adbadge',
]);

/** id/class tokens (after splitting on separators and camelCase) that name an ad container by themselves. */
export const AD_TOKENS = new Set([
  'ad', 'ads', 'adv', 'advert', 'adverts', 'advertisement', 'advertisements', 'advertising', 'advertorial', 'anzeige',
  'anzeigen', 'werbung', 'werbe', 'werbeflaeche', 'werbebanner', 'sponsor', 'sponsored', 'sponsoring', 'sponsors',
  'billboard', 'skyscraper', 'mrec', 'leaderboard', 'superbanner', 'halfpage',
  'outbrain', 'taboola', 'plista', 'nativendo', 'yoc', 'gpt', 'dfp', 'adsense', 'adsbygoogle',
  'adslot', 'adunit', 'adbox', 'adspace', 'adzone', 'adcontainer', 'adwrapper', 'adwrap', 'adholder', 'adframe',
  'adblock', 'adtech', 'adserver', 'adplace', 'adplacement', 'adposition', 'adtext', 'textad', 'adlabel',
  'admarker', 'sponsoredcontent', 'smartbroker', 'knockout', 'knockouts', 'hebel', 'leverage',
  'leverageproducts', 'derivativecockpit', 'pubslot', 'adnz', 'criteo', 'teads', 'ligatus', 'adition', 'stroeer',
  'googleads', 'adhesion', 'werbehinweis', 'spons', 'tdarec', 'samcodeunit', 'ajdg', 'revcontent', 'zergnet',
  'trendmd', 'odb', 'publicidade', 'publicidad', 'pubblicita', 'publicite', 'publicité', 'reklame', 'reklama', 'mainos',
  'iqadtile', 'appnexus', 'adtag', 'adsbox', 'adbanner', 'adverts', 'adchoices', 'nexus',
]);

/** Compound tokens that name ads: "werbebox", "advertisment1", "topad2", "contentad", "sidebarads", "adslot3". */
export const AD_TOKEN_SHAPE =
  /^(?:werb(?:e|ung|en)\w*|anzeigen?\w+|advert\w*|sponsor\w*|googlead\w*|iqad\w*|(?:top|bottom|side|sidebar|header|footer|content|inline|article|post|mobile|desktop|home|left|right|middle|mid|inread|incontent|sticky|native|text|footer)(?:ad|ads|advert|banner)\d*|ad(?:slot|unit|box|zone|space|wrap\w*|container|holder|frame|place\w*|position|banner|sense|block|tag|label|marker|wrapper|area|div|spot)\d*|banner(?:wrapper|wrap|container|slot|box|ad|ads)\d*|ads?\d+)$/;

/** Tokens that name ads on some sites and page furniture (cookie banners, hero images) on others. */
export const WEAK_AD_TOKENS = new Set(['banner', 'sky', 'wallpaper', 'commercial', 'interstitial', 'mediumrectangle']);

/** Tokens on the same element that mean "not an ad" (ad-hoc news, ad-free, tag pages about ads, uploads). */
export const AD_TOKEN_VETO = new Set([
  // "has-ads" / "contains-ads" name a container that holds ad slots (and article text), not the ad itself.
  'hoc', 'free', 'no', 'none', 'has', 'contains', 'blocker', 'detect', 'detection', 'blocked', 'category', 'taxonomy', 'menu', 'cookie', 'consent',
]);
/** Extra vetoes for the weak tokens. */
export const WEAK_TOKEN_VETO = new Set([
  'cookie', 'consent', 'privacy', 'hero', 'logo', 'site', 'page', 'header', 'head', 'nav', 'menu', 'form', 'search',
  'image', 'img', 'text', 'title', 'slider', 'carousel', 'newsletter', 'app', 'subscribe', 'abo', 'notification',
]);

/** Kinds for leverage tokens, so a token hit on an issuer widget is reported as `leverage`. */
export const LEVERAGE_TOKENS = new Set(['knockout', 'knockouts', 'hebel', 'leverage', 'leverageproducts', 'derivativecockpit']);
export const PROMO_TOKENS = new Set(['smartbroker']);

/** Hosts whose iframes/scripts serve ads or sponsored-content widgets. */
export const AD_HOSTS = [
  'doubleclick.net', 'googlesyndication.com', 'googleadservices.com', 'adnxs.com', 'criteo', 'yieldlab.net',
  'adition.com', 'adform.net', 'smartadserver.com', 'outbrain.com', 'taboola.com', 'teads.tv', 'amazon-adsystem.com',
  'adup-tech.com', 'nativendo', 'plista.com', 'ligatus.com', 'stroeerdigital', 'adscale.de', 'adspirit',
  'financeads.net', 'awin1.com', 'zanox', 'adalliance',
];

/** Links that go through an ad redirector or an affiliate network. */
export const REDIRECT_HREF = /(?:^https?:\/\/g\.finanzen\.net\/|smartbroker(?:plus)?\.de\/?.*utm_|bnpp\.lk\/|financeads\.net\/tc\.php|paid\.outbrain\.com|ad\.doubleclick\.net|adclick\.g\.doubleclick\.net|googleadservices\.com\/pagead|lbbw-markets\.de\/.*pk_campaign=|awin1\.com\/cread|partners\.webmasterplan|\/r\/(?:ubs|hsbc|vontobel|bnp|sg|socgen|citi|morgan-?stanley|unicredit|onemarkets|goldman|dzbank|smartbroker|bitpanda|etoro|plus500|lynx|scalable|trade-?republic|flatex|comdirect|consors)\b)/i;

/** Issuer slugs that make a redirect a leverage product link rather than a plain ad. */
export const ISSUER_SLUG = /(?:vontobel|hsbc|ubs|bnp|socgen|societe|sg-|morgan-?stanley|citi|unicredit|onemarkets|goldman|dzbank|dz-bank|leonteq|x-markets)/i;
export const BROKER_SLUG = /(?:smartbroker|bitpanda|etoro|plus500|lynx|scalable|trade-?republic|flatex|comdirect|consors|justtrade)/i;
