// All tunables of the article detector in one table, so a change to a weight is a one-line diff that
// `npm run eval:article` can judge. Patterns are matched against `class` + `id` (+ role/itemprop) of elements.

/** Class/id words of containers that usually hold the article body. */
export const POSITIVE_HINT =
  /article|artikel|\bbody\b|content|entry|\bmain\b|\bpost\b|post-?body|story|\btext\b|beitrag|blog|prose|richtext|rich-text|news-?detail/i;

/** Class/id words of boilerplate: a container matching this (and not POSITIVE_STRONG) is left out of the text. */
export const BOILERPLATE_HINT = new RegExp(
  [
    'comment', 'kommentar', 'disqus', 'respond', 'share', 'sharing', 'social', 'sociable', 'teilen', 'related',
    'verwandt', 'recommend', 'empfehl', 'newsletter', 'subscribe', 'signup', 'abo-?box', 'paywall', 'promo',
    'sponsor', 'advert', 'anzeige', 'werbung', 'banner', 'breadcrumb', 'pagination', 'pager', 'sidebar',
    'widget', 'footer', 'masthead', 'navbar', 'nav-', '-nav', '\\bnav\\b', 'menu', 'skip-?link', 'tags?-?list',
    '\\btags\\b', 'taglist', 'meta-?data', 'author-?bio', 'author-?box', 'about-?the-?author', 'byline', 'dateline',
    'toolbar', 'outbrain', 'taboola', 'plista', 'teaser-?list', 'more-?articles', 'read-?more',
    'readmore', 'lesen-?sie', 'mehr-?zum', 'popular', 'trending', 'most-?read', 'meistgelesen', 'cookie',
    'consent', 'modal', 'popup', 'overlay', 'rating', 'vote', 'caption', 'credit', 'copyright', 'bildnachweis',
    'infobox-?ad', 'ad-?slot', 'adslot', 'ad-?container', 'ad-?wrapper', 'ad-?unit', 'ad-?box', '\\bads?\\b',
    'google-?ad', 'dfp', 'gpt-?ad', 'visually-?hidden', 'sr-only', 'screen-?reader',
    'jump-?link', 'disclaimer', 'legal', 'impressum', 'haftung', 'rechtlich', 'toc\\b', 'post-?nav', 'prev-?next', 'next-?prev', 'author-?info', 'wp-?block-?buttons',
  ].join('|'),
  'i',
);

/** Words that override a boilerplate hint ("article-content-share" stays boilerplate, "entry-content" stays). */
export const POSITIVE_STRONG = /article-?body|articlebody|entry-?content|post-?content|story-?body|artikel-?text|article-?text|main-?content|post-?body|articleBody/i;

/** Tags that are never article text, whatever their content. */
export const BOILERPLATE_TAGS = new Set(['NAV', 'ASIDE', 'FOOTER', 'FORM', 'DIALOG', 'MENU']);

/** Tags whose own text counts as a paragraph of the article. */
export const PARAGRAPH_TAGS = new Set(['P', 'PRE', 'BLOCKQUOTE', 'TD', 'DD', 'LI', 'DIV', 'SECTION', 'ARTICLE', 'SPAN']);

/** Headings kept in the text when they sit inside the root. */
export const HEADING_TAGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);

/** Short blocks starting like this are "read also" / related-link teasers, in German and English. */
export const TEASER_TEXT =
  /^(lesen sie (auch|mehr|hier)|mehr zum thema|mehr dazu|auch interessant|das könnte sie (auch )?interessieren|weitere artikel|weiterlesen|zum thema|siehe auch|empfohlen|read (more|also|next)|related( articles| stories| posts)?:?$|see also|recommended|more from|you (may|might) also like|more stories|advertisement$|anzeige$|werbung$|share this|teilen:?$)/i;

export const TUNING = {
  /** Paragraph text shorter than this (chars) adds nothing to a container's score. */
  minParagraphChars: 25,
  /** A paragraph whose own link density exceeds this is navigation, not content. */
  maxParagraphLinkDensity: 0.4,
  /** Weight of non-content text against content text when choosing the root (good - badWeight * bad). */
  badWeight: 0.55,
  /** Multiplier for semantic roots (<article>, itemprop=articleBody, <main>) and positive class names. */
  semanticBonus: 1.15,
  positiveHintBonus: 1.08,
  /** Inside the root, a container above this link density (with little own text) is excluded. */
  excludeLinkDensity: 0.55,
  /** Cap for the pre-order walk inside the root. */
  maxElements: 200_000,
} as const;

/** Own text of a block starting like this is a legal notice or copyright line, never article text. */
export const LEGAL_TEXT =
  /^(?:(?:disclaimer|haftungsausschluss|risikohinweis|rechtliche[rn]? hinweis|wichtiger hinweis|hinweis gem(?:ä|ae)ß|interessenkonflikt|copyright|all rights reserved|alle rechte vorbehalten)\b|©|\(c\))/i;
