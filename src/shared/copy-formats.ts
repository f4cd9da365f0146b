// The clipboard payload of a card for each copy format. Rich HTML always travels with a plain-text twin,
// so pasting into a plain editor still gives readable text.
import type { SummaryCard } from '../core/types';
import { cardToHtml, cardToJson, cardToMarkdown, cardToText } from '../core/card/format';
import type { CopyFormat } from './settings';

export interface ClipboardPayload {
  text: string;
  html?: string;
}

export function payloadFor(card: SummaryCard, format: CopyFormat, uiLang: string): ClipboardPayload {
  const lang = card.lang ?? uiLang;
  switch (format) {
    case 'markdown':
      return { text: cardToMarkdown(card, lang) };
    case 'html':
      return { text: cardToText(card, lang), html: cardToHtml(card, lang) };
    case 'json':
      return { text: cardToJson(card) };
    default:
      return { text: cardToText(card, lang) };
  }
}
