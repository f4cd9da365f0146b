// Turns mention offsets into highlights. The page's DOM is left alone where the CSS Custom Highlight API
// exists (Chrome 105+, Firefox 140+): ranges are painted, no node is added, so page scripts and text stay intact.
// Elsewhere each mention is wrapped in an inline <finlens-mention> element.
import type { Entity, Mention } from '../core/types';
import { domPositionAt, type TextIndex } from '../core/text';

export interface PlacedMention {
  mention: Mention;
  range: Range;
}

export interface HighlightOptions {
  types: { company: boolean; person: boolean; organization: boolean };
  watched: ReadonlySet<string>;
}

const NAMES = ['finlens-company', 'finlens-person', 'finlens-organization', 'finlens-watched', 'finlens-flash'];

export function highlightApiAvailable(): boolean {
  try {
    return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
  } catch {
    return false;
  }
}

/** Ranges for every mention; a mention whose offsets don't map (page changed) is skipped. */
export function placeMentions(doc: Document, index: TextIndex, mentions: readonly Mention[]): PlacedMention[] {
  const placed: PlacedMention[] = [];
  for (const mention of mentions) {
    const start = domPositionAt(index, mention.start);
    const end = domPositionAt(index, mention.end, true);
    if (!start || !end) continue;
    try {
      const range = doc.createRange();
      range.setStart(start.node, start.offset);
      range.setEnd(end.node, end.offset);
      if (range.toString().replace(/\s+/g, ' ').trim() !== mention.text.replace(/\s+/g, ' ').trim()) continue;
      placed.push({ mention, range });
    } catch {
      /* a node went away between analysis and placement */
    }
  }
  return placed;
}

/** Paints the placed mentions; returns a function that removes them again. */
export function paintHighlights(doc: Document, placed: readonly PlacedMention[], opts: HighlightOptions): () => void {
  const visible = placed.filter(({ mention }) => opts.types[mention.type]);
  if (highlightApiAvailable()) {
    const groups = new Map<string, Range[]>();
    for (const { mention, range } of visible) {
      const name = opts.watched.has(mention.entityId) ? 'finlens-watched' : `finlens-${mention.type}`;
      groups.set(name, [...(groups.get(name) ?? []), range]);
    }
    for (const [name, ranges] of groups) CSS.highlights.set(name, new Highlight(...ranges));
    return () => NAMES.forEach((n) => CSS.highlights.delete(n));
  }
  return wrapMentions(doc, visible, opts);
}

function wrapMentions(doc: Document, placed: readonly PlacedMention[], opts: HighlightOptions): () => void {
  const wrappers: Element[] = [];
  // Back to front, so earlier ranges stay valid while later text nodes are split.
  for (const { mention, range } of [...placed].reverse()) {
    if (range.startContainer !== range.endContainer) continue; // spans markup: leave it rather than break it
    const el = doc.createElement('finlens-mention');
    el.setAttribute('data-type', mention.type);
    el.setAttribute('data-id', mention.entityId);
    if (opts.watched.has(mention.entityId)) el.setAttribute('data-watched', '');
    try {
      range.surroundContents(el);
      wrappers.push(el);
    } catch {
      /* partially selected node */
    }
  }
  return () => {
    for (const el of wrappers) {
      const parent = el.parentNode;
      if (!parent) continue;
      while (el.firstChild) parent.insertBefore(el.firstChild, el);
      parent.removeChild(el);
      parent.normalize?.();
    }
  };
}

/** Scrolls to a range and flashes it for a moment. */
export function flashRange(doc: Document, range: Range): void {
  const target = range.startContainer.parentElement;
  target?.scrollIntoView({ behavior: 'smooth', block: 'center' });
  if (!highlightApiAvailable()) {
    target?.animate?.([{ backgroundColor: 'rgba(250,204,21,.8)' }, { backgroundColor: 'transparent' }], 1500);
    return;
  }
  CSS.highlights.set('finlens-flash', new Highlight(range));
  setTimeout(() => CSS.highlights.delete('finlens-flash'), 1500);
  void doc;
}

export function entityById(entities: readonly Entity[]): Map<string, Entity> {
  return new Map(entities.map((e) => [e.id, e]));
}
