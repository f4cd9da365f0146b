// The hover card: name, type, identifiers, role, mention count and "next mention". It lives in a closed
// shadow root so the page's CSS can't reach it and ours can't leak; all page-derived text goes in as text.
import type { Entity } from '../core/types';
import type { PlacedMention } from './highlight';
import { flashRange } from './highlight';

const CARD_CSS = `
:host { all: initial; }
.card { position: fixed; z-index: 2147483647; max-width: 300px; padding: 10px 12px; border-radius: 8px;
  font: 13px/1.4 system-ui, sans-serif; background: #fff; color: #111827; border: 1px solid #d1d5db;
  box-shadow: 0 6px 24px rgba(0,0,0,.18); }
@media (prefers-color-scheme: dark) { .card { background: #1f2937; color: #f9fafb; border-color: #4b5563; } }
.name { font-weight: 600; font-size: 14px; }
.type { font-size: 11px; text-transform: uppercase; letter-spacing: .04em; opacity: .7; }
.ids { font-family: ui-monospace, monospace; font-size: 12px; margin-top: 4px; }
.role { margin-top: 4px; }
button { margin-top: 8px; font: inherit; padding: 2px 8px; border-radius: 6px; border: 1px solid currentColor;
  background: transparent; color: inherit; cursor: pointer; }
`;

export interface HoverCardDeps {
  doc: Document;
  placed: () => readonly PlacedMention[];
  entities: () => ReadonlyMap<string, Entity>;
  /** The page language, asked when a card opens (knowing it needs the article stage). */
  lang: () => string;
  signal: AbortSignal;
}

const LABELS = {
  de: { company: 'Unternehmen', person: 'Person', organization: 'Organisation', mentions: 'Erwähnungen', next: 'Nächste Erwähnung' },
  en: { company: 'Company', person: 'Person', organization: 'Organisation', mentions: 'mentions', next: 'Next mention' },
};

export function installHoverCard(deps: HoverCardDeps): void {
  const { doc, signal } = deps;
  const labelsNow = () => (deps.lang().startsWith('de') ? LABELS.de : LABELS.en);
  let host: HTMLElement | null = null;
  let card: HTMLElement | null = null;
  let frame = 0;
  let lastEvent: MouseEvent | null = null;
  let hideTimer: ReturnType<typeof setTimeout> | undefined;
  let shownId: string | null = null;

  const ensureCard = (): HTMLElement => {
    if (card && host?.isConnected) return card;
    host = doc.createElement('finlens-hovercard');
    const shadow = host.attachShadow({ mode: 'closed' });
    const style = doc.createElement('style');
    style.textContent = CARD_CSS;
    card = doc.createElement('div');
    card.className = 'card';
    card.setAttribute('role', 'tooltip');
    card.hidden = true;
    card.addEventListener('mouseenter', () => clearTimeout(hideTimer));
    card.addEventListener('mouseleave', scheduleHide);
    shadow.append(style, card);
    doc.documentElement.append(host);
    return card;
  };

  const hide = () => {
    if (card) card.hidden = true;
    shownId = null;
  };
  function scheduleHide() {
    clearTimeout(hideTimer);
    hideTimer = setTimeout(hide, 250);
  }

  const show = (entity: Entity, x: number, y: number) => {
    clearTimeout(hideTimer);
    if (shownId === entity.id && card && !card.hidden) return;
    const el = ensureCard();
    const labels = labelsNow();
    el.replaceChildren();
    const line = (cls: string, text: string) => {
      const div = doc.createElement('div');
      div.className = cls;
      div.textContent = text;
      el.append(div);
    };
    line('type', labels[entity.type]);
    line('name', entity.name);
    const ids = [entity.ticker, entity.isin && `ISIN ${entity.isin}`, entity.wkn && `WKN ${entity.wkn}`].filter(Boolean);
    if (ids.length) line('ids', ids.join(' · '));
    if (entity.role || entity.affiliation) line('role', [entity.role, entity.affiliation].filter(Boolean).join(', '));
    line('count', `${entity.mentions} ${labels.mentions}`);
    const next = doc.createElement('button');
    next.type = 'button';
    next.textContent = labels.next;
    next.addEventListener('click', () => jumpToNext(entity.id));
    el.append(next);
    el.style.left = `${Math.min(x + 12, (doc.defaultView?.innerWidth ?? 800) - 320)}px`;
    el.style.top = `${y + 16}px`;
    el.hidden = false;
    shownId = entity.id;
  };

  let cursor = new Map<string, number>();
  const jumpToNext = (entityId: string) => {
    const ranges = deps.placed().filter((p) => p.mention.entityId === entityId);
    if (!ranges.length) return;
    const i = ((cursor.get(entityId) ?? 0) + 1) % ranges.length;
    cursor.set(entityId, i);
    flashRange(doc, ranges[i].range);
  };

  const hitTest = () => {
    frame = 0;
    const e = lastEvent;
    if (!e) return;
    const pos = caretAt(doc, e.clientX, e.clientY);
    if (!pos) return scheduleHide();
    const hit = deps.placed().find(({ range }) => rangeContains(range, pos.node, pos.offset));
    const entity = hit && deps.entities().get(hit.mention.entityId);
    if (entity) show(entity, e.clientX, e.clientY);
    else if (shownId) scheduleHide();
  };

  doc.addEventListener(
    'mousemove',
    (e) => {
      lastEvent = e;
      if (!frame) frame = requestAnimationFrame(hitTest);
    },
    { passive: true, signal },
  );
  signal.addEventListener('abort', () => {
    host?.remove();
    cursor = new Map();
  });
}

function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  const d = doc as Document & {
    caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
    caretRangeFromPoint?: (x: number, y: number) => Range | null;
  };
  if (d.caretPositionFromPoint) {
    const p = d.caretPositionFromPoint(x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : null;
  }
  const r = d.caretRangeFromPoint?.(x, y);
  return r ? { node: r.startContainer, offset: r.startOffset } : null;
}

function rangeContains(range: Range, node: Node, offset: number): boolean {
  try {
    return range.comparePoint(node, offset) === 0;
  } catch {
    return false;
  }
}

export { jumpTo };
function jumpTo(doc: Document, placed: readonly PlacedMention[], entityId: string): boolean {
  const hit = placed.find((p) => p.mention.entityId === entityId);
  if (!hit) return false;
  flashRange(doc, hit.range);
  return true;
}
