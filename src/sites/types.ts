import type { BlockKind } from '../core/types';

/** What we know about one supported site. Pure data: the core reads it, nothing here runs. */
export interface HideRule {
  /** CSS selector (the core's DOM must support it: no :has-text here, use `text` instead). */
  selector: string;
  kind: BlockKind;
  /** Why this block is hidden, shown in "show what was hidden" and in debug output. */
  why: string;
  /** Optional: only hide a match whose text matches this pattern (source of a RegExp, case-insensitive). */
  text?: string;
}

export interface SiteProfile {
  /** Stable id, also the fixture name: test/fixtures/sites/<id>.html */
  id: string;
  /** Display name used as the card's source when the page gives none. */
  name: string;
  /** Registrable domains; a host matches when it equals one or ends with "." + one. */
  match: string[];
  /** Default language of the site. */
  lang: 'de' | 'en';
  article?: {
    /** Selectors tried in order for the article body. */
    root?: string[];
    /** Selectors of boilerplate inside the body (share bars, related links, inline ads). */
    exclude?: string[];
    headline?: string[];
    kicker?: string[];
    author?: string[];
    date?: string[];
  };
  hide?: HideRule[];
  /** Selectors of blocks that are never hidden, nor anything containing them ("News von Emittenten"). */
  keep?: string[];
  /** Selectors of quote widgets ("Werte zum Artikel") whose rows are instruments. */
  quotes?: string[];
}
