import type { Article, HiddenBlock } from '../types';
import type { SiteProfile } from '../../sites';

export interface HideContext {
  article: Article;
  profile: SiteProfile | null;
  /** Reader's own rules, `domain##selector` lines. */
  userRules: string;
  url: string | null;
}

// STUB (foundation): replaced by the real hider (issue 4).
export function findHiddenBlocks(doc: Document, ctx: HideContext): HiddenBlock[] {
  void ctx;
  return [...doc.querySelectorAll('.werbung, ins.adsbygoogle')].map((el) => ({ el, kind: 'ad' as const, reason: 'stub' }));
}
