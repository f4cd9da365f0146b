// All tunables of the article detector in one table, so a change to a weight is a one-line diff that
// `npm run eval:article` can judge. Patterns are matched against `class` + `id` (+ role/itemprop) of elements.

/** Class/id words of containers that usually hold the article body. */
export const POSITIVE_HINT =
  /article|artikel|\bbody\b|content|entry|\bmain\b|\bpost\b|post-?body|story|\btext\b|beitrag|blog|prose|richtext|rich-text|news-?detail/i;

/** Class/id words of boilerplate: a container matching this (and not POSITIVE_STRONG) is left out of the text.
 *  Words must start a class token ("post-share", "sharedaddy"), so "contextmenu" is not a menu. */
export const BOILERPLATE_HINT = new RegExp(
  '(?:^|[^a-z0-9])(?:' +
    [
      'comment', 'kommentar', 'disqus', 'respond', 'share', 'sharing', 'social', 'sociable', 'teilen', 'related',
      'verwandt', 'recommend', 'empfehl', 'newsletter', 'subscribe', 'signup', 'abo-?box', 'paywall', 'promo',
      'sponsor', 'advert', 'anzeige', 'werbung', 'banner', 'breadcrumb', 'pagination', 'pager', 'sidebar',
      'footer', 'masthead', 'nav', 'menu', 'skip-?link', 'tags?-?list', 'tags(?![a-z])', 'taglist',
      'meta-?data', 'author-?bio', 'author-?box', 'about-?the-?author', 'byline', 'dateline', 'toolbar', 'outbrain',
      'taboola', 'plista', 'teaser-?list', 'more-?articles', 'read-?more', 'readmore', 'lesen-?sie', 'mehr-?zum',
      'popular', 'trending', 'most-?read', 'meistgelesen', 'cookie', 'consent', 'modal', 'pop-?up', 'overlay',
      'rating', 'vote', 'caption', 'credit', 'copyright', 'bildnachweis', 'ad-?slot', 'adslot', 'ad-?container',
      'ad-?wrapper', 'ad-?unit', 'ad-?box', 'ads?(?![a-z])', 'google-?ad', 'dfp', 'gpt-?ad', 'visually-?hidden',
      'sr-only', 'screen-?reader', 'jump-?link', 'disclaimer', 'legal', 'impressum', 'haftung', 'rechtlich',
      'toc(?![a-z])', 'post-?nav', 'prev-?next', 'next-?prev', 'author-?info', 'wp-?block-?buttons',
      'authors?(?![a-z])', 'autor(?:en)?(?![a-z])',
      'cta(?![a-z])', '(?:entry|post|article|content|news)[-_]*(?:meta|date)', 'postmetadata', 'entry-?utility', 'meta-?info',
      'bildunter', 'legend(?![a-z])', 'dida(?![a-z])', 'license-?area', 'image-?(?:desc|subtitle|source)', 'imagedescription',
      'bildtext', 'bildbeschreibung', 'media-?credit', 'disclosure', 'privacy', 'third-?party', 'embed-?preview',
      'next-?(?:story|post|article)', 'prev(?:ious)?-?(?:story|post|article)', 'alert(?![a-z])', 'in-?text-?links',
      'savoir-?plus', 'citat(?:e|ion)', 'cite-?as', '(?:post|blog|home)[-_]*(?:tile[-_]*)?teaser',
      'teaser[-_]*(?:box|tile|item|card|grid|row|list|wrap)', 'nav-?links',
      // Left out of the printed page by the site itself: share bars, contact boxes, notices.
      'no-?print', 'hidden-print', 'd-print-none', 'print-?hidden', 'notice(?![a-z])',
    ].join('|') +
    ')',
  'i',
);

/** "widget" names sidebar boxes, product and sign-up boxes, but page builders also call every content box
 *  "<builder>-widget(-container)", the article's text boxes included: a weak boilerplate word, overruled by
 *  enough prose inside (TUNING.minWidgetProse). */
export const WEAK_BOILERPLATE_HINT = /(?:^|[^a-z0-9])widget/i;

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
  /^(lesen sie (auch|mehr|hier)|weitere informationen|neueste artikel|lust auf mehr|popular( posts| articles| stories)?$|latest( posts| articles| news| stories)?$|recent( posts| articles| blogs?| stories| news)?$|neueste (beiträge|posts|nachrichten)$|related|more (posts|articles|stories|news)|beliebte (artikel|beiträge)|aktuelle (artikel|beiträge|news)$|meistgelesen|top (stories|news)$|mehr zum thema|mehr dazu|auch interessant|das könnte sie (auch )?interessieren|weitere artikel|weiterlesen|zum thema|siehe auch|empfohlen|read (more|also|next)|related( articles| stories| posts)?:?$|see also|recommended|more from|you (may|might) also like|more stories|advertisement$|anzeige$|werbung$|share this|teilen:?$)/i;

/** Labels of related-link boxes, author boxes, share prompts and sign-up boxes in the languages the corpus pages
 *  come in (German, English, French, Spanish, Italian, Polish, Dutch, Portuguese). Matched at the start of
 *  a short block; open-ended phrases only where no sentence starts that way, the rest must be the whole label. */
export const FURNITURE_TEXT = new RegExp(
  '^(?:' +
    [
      // related links
      'das könnte (?:dich|sie|euch)\\b', 'kontakt\\s*:?\\s*$', 'contact\\s*:?\\s*$', 'ansprechpartner(?:in)?\\b',
      'pressekontakt', 'anzeige\\s*[,:|-]', 'werbung\\s*[,:|-]', 'enthält affiliate', 'affiliate[- ]links?\\b', 'advertorial', 'schon gelesen\\??$', 'mehr interessantes', 'top[- ]themen',
      'weitere (?:beiträge|artikel|themen|nachrichten|meldungen|news|tourentipps|stories|geschichten|infos)\\b',
      'mehr (?:kolumnen|artikel|news|nachrichten|beiträge|geschichten)\\b', 'zum weiterlesen', 'verwandte (?:beiträge|artikel|themen)',
      'ähnliche (?:beiträge|artikel|themen)', 'entdecke weitere', 'passend (?:dazu|zum thema)', 'aus dem ressort',
      'related (?:topics|content|reading|links|coverage)', 'you (?:may|might) (?:also )?(?:like|enjoy|be interested)', 'also read',
      'further reading', 'keep reading', 'more in\\b', 'trending now', 'editor\'?s picks',
      'temas relacionados', 'noticias relacionadas', 'te puede interesar', 'también te puede interesar', 'lee también', 'lea también',
      'vous aimerez aussi', 'à lire aussi', 'lire aussi', 'sur le même sujet', 'articles similaires', 'dans la même rubrique',
      'leggi anche', 'potrebbe interessarti', 'articoli correlati', 'czytaj (?:też|także|również)', 'zobacz (?:też|także|również)',
      'polecane', 'lees ook', 'gerelateerde artikelen', 'leia também', 'veja também', 'relacionad[oa]s',
      // author boxes, sources, tags
      'über (?:den autor|die autorin|die autoren)\\s*$', 'about the author', 'quellen?(?:angaben)?:?\\s*$',
      'schlagw(?:o|ö)rte?\\s*:?\\s*$', 'stichw(?:o|ö)rte?\\s*:?\\s*$', 'themen\\s*:?\\s*$', 'kategorien?:', 'weiterführende (?:informationen|links)',
      // share, follow, sign-up prompts
      '(?:diesen |den )?artikel (?:mit anderen )?teilen', 'möchten sie (?:den|diesen) artikel teilen', 'teilen sie (?:diesen|den) artikel',
      'share (?:this|on|via)\\b', 'follow us', 'folge(?:n sie)? uns', 'síguenos', 'siguenos', 'suivez-nous', 'seguici',
      'zum newsletter', 'newsletter (?:abonnieren|bestellen|anmelden)', 'jetzt (?:newsletter|abonnieren)', 'sign up for', 'subscribe to',
      // sign-up forms: the confirmation and error messages they carry hidden until sent
      'thanks? (?:you )?for (?:signing up|subscribing|your submission)',
      'thank you!? your submission', 'oops!? something went wrong', 'vielen dank für (?:ihre|deine) anmeldung',
      // support and donation appeals
      'gef(?:ä|ae)llt (?:dir|ihnen|euch) (?:unser|unsere|dieser|diese|der|das)\\b', 'unterst(?:ü|ue)tzen sie (?:uns|unsere|unseren|diese)\\b',
      'unterst(?:ü|ue)tze (?:uns|unsere|unseren)\\b', 'jede (?:kleine )?spende', 'support (?:us|our (?:work|journalism))\\b',
      'das thema k(?:ö|oe)nnte (?:dich|sie|euch)',
      'never miss', 'stay up[- ]to[- ]date', 'if you (?:enjoyed|liked) (?:reading )?this', 'dowiedz się więcej', 'drukuj\\s*$',
      'zurück (?:zur|zum|zu)\\b', 'back to (?:top|overview|list)',
    ].join('|') +
    ')',
  'i',
);

/** A block that is only metadata: a date line, a reading time, "Published ...". */
export const META_LINE =
  /^(?:\d+\s*min(?:ute)?s?\.?\s*(?:read|lesezeit|lesen)|lesezeit|reading time|ver(?:ö|oe)ffentlicht(?: am)?\b|erstellt am|letzte (?:ä|ae)nderung|zuletzt (?:aktualisiert|ge(?:ä|ae)ndert)|aktualisiert am|stand:|updated\b|last updated|published\b|posted on|posted in|filed under|kategorie:|categories:|schlagw(?:ö|oe)rter|tags:|aktualisiert\s*:|last modified|this entry was posted|der beitrag wurde am|aufrufe\s*:|views\s*:|publikacja\s*:|opublikowano|aktualizacja\s*:|ultima modifica|publicado\s*(?:el|:)|publié le|mis à jour|(?:quelle|quellen|źródło|source|fuente|fonte|credit|photo|foto|bild|image|fotos?)\s*:|alle angaben ohne gew(?:ä|ae)hr)/i;

/** Month names (English, German) as a date line starts with them: "January 13", "Sept. 4, 2024". Only real
 *  months: "Step 3", "Lauf 6", "Kapitel 2" are headings, not dates. */
const MONTH = '(?:jan(?:uary|uar)?|feb(?:ruary|ruar)?|mar(?:ch)?|m(?:ä|ae)rz|apr(?:il)?|ma[iy]|jun[ei]?|jul[iy]?|aug(?:ust)?|sept?(?:ember)?|o[ck]t(?:ober)?|nov(?:ember)?|de[cz](?:ember)?)';

/** Own text that is nothing but a date ("12.06.2025, 10:10 Uhr", "June 12, 2025", "January 13"). */
export const DATE_ONLY = new RegExp(
  '^(?:(?:mon|tue|wed|thu|fri|sat|sun|mo|di|mi|do|fr|sa|so)[a-z]*\\.?,?\\s*)?(?:\\d{1,2}\\.\\s?\\d{1,2}\\.\\s?\\d{2,4}|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}\\.?\\s+[a-zäé]+\\.?,?\\s+\\d{4}|' +
    MONTH + '\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s+\\d{4})?)(?:,?\\s*(?:um\\s*|at\\s*|-\\s*)?\\d{1,2}[:.]\\d{2}(?:\\s*(?:uhr|am|pm|h))?)?\\s*$',
  'i',
);

export const TUNING = {
  /** Paragraph text shorter than this (chars) adds nothing to a container's score. */
  minParagraphChars: 20,
  /** A paragraph whose own link density exceeds this is navigation, not content. */
  maxParagraphLinkDensity: 0.3,
  /** Weight of non-content text against content text when choosing the root (good - badWeight * bad). Below
   *  ~0.4 roots of ad-heavy div soup (test/fixtures variants) grow to take in the ads. */
  badWeight: 0.5,
  weighParagraphLinks: 0,
  /** Share of short table-cell text counted as non-content when choosing the root (1 = like navigation). */
  cellBadShare: 0.3,
  /** Multiplier for semantic roots (<article>, itemprop=articleBody, <main>) and positive class names. */
  semanticBonus: 1.15,
  positiveHintBonus: 1.08,
  /** Inside the root, a container above this link density (with little own text) is excluded. */
  excludeLinkDensity: 0.55,
  excludeParagraphLinkDensity: 0.85,
  /** A display:none block inside the root stays in the text only with this much paragraph text (accordions). */
  minHiddenContent: 150,
  /** 1 drops headings that are all link text; off: in listicles and guides they are the items' titles, and
   *  teaser headings go with their link-heavy or teaser-labelled boxes anyway. */
  excludeLinkedHeadings: 0,
  excludeCaptions: 1,
  excludeCards: 1,
  /** Levels the root may move up to take in a headline or lead paragraph beside it (0 turns this off). */
  maxExpandLevels: 2,
  expandForHeadline: 0,
  /** Paragraph characters a sibling needs to count as the article's lead. */
  minLeadChars: 80,
  /** A box labelled by a teaser heading is dropped whole while it holds less than this share of the paragraphs. */
  maxLabelledBoxShare: 0.25,
  /** Teaser cards are excluded only while all of them hold less than this share of the root's paragraphs. */
  maxCardShare: 0.2,
  /** Paragraph characters (little link text) that make a box named only "widget" content after all. */
  minWidgetProse: 500,
  /** A box with a call-to-action link and less text than this (and under half of it prose) is a promotion. */
  maxPromoChars: 600,
  /** A heading longer than this is text, not a box label. */
  maxLabelChars: 200,
  /** Cap for the pre-order walk inside the root. */
  maxElements: 200_000,
} as const;

/** Link text of a call to action: a button to buy, sign up, book or download, or a link ending in an arrow. */
export const CTA_TEXT =
  /^\s*(?:(?:get started|learn more|find out more|mehr erfahren|contact us|watch now|see (?:the )?(?:course|offer|deal|plans|pricing)|sign (?:me )?up|start (?:your |a )?free trial|try (?:it )?(?:for )?free|(?:request|book|schedule|get) (?:a |your )?(?:free )?(?:demo|quote|consultation)|download (?:now|the|our|your)|shop now|buy now|join (?:now|us|free)|register now|jetzt (?:anmelden|registrieren|kaufen|bestellen|testen|abonnieren|downloaden|herunterladen)|kostenlos (?:testen|registrieren|anmelden))\b|.*\S\s*[>→»›]\s*$)/i;

/** Own text of a block starting like this is a legal notice or copyright line, never article text. */
export const LEGAL_TEXT =
  /^(?:(?:disclaimer|haftungsausschluss|risikohinweis|rechtliche[rn]? hinweis|wichtiger hinweis|hinweis gem(?:ä|ae)ß|interessenkonflikt|copyright|all rights reserved|alle rechte vorbehalten)\b|©|\(c\))/i;
