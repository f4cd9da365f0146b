// `finlens annotate`: writes the analysis into the page's own HTML, so any HTML tool can check it.
// This mutates the CLI's private copy of the document, after the (pure) analysis is done.
import type { PageAnalysis } from '../core/types';
import { buildTextIndex, domPositionAt } from '../core/text';

export function annotate(doc: Document, a: PageAnalysis): string {
  a.article.root?.setAttribute('data-finlens-article', '');
  for (const h of a.hidden) {
    h.el.setAttribute('data-finlens-hide', h.kind);
    h.el.setAttribute('data-finlens-reason', h.reason);
  }
  if (a.article.root) wrapMentions(doc, a);
  return '<!DOCTYPE html>\n' + doc.documentElement.outerHTML;
}

function wrapMentions(doc: Document, a: PageAnalysis): void {
  const index = buildTextIndex(a.article.root!, new Set(a.article.excluded));
  if (index.text !== a.article.text) return;
  // Pieces of each mention, one per text node it spans, wrapped back to front so earlier offsets stay valid.
  const pieces: { node: Text; seg: number; start: number; end: number; type: string; id: string }[] = [];
  for (const m of a.mentions) {
    for (const [i, seg] of index.segments.entries()) {
      if (seg.end <= m.start || seg.start >= m.end) continue;
      const from = domPositionAt(index, Math.max(m.start, seg.start));
      const to = domPositionAt(index, Math.min(m.end, seg.end), true);
      if (from && to && from.node === seg.node && to.node === seg.node) {
        pieces.push({ node: seg.node, seg: i, start: from.offset, end: to.offset, type: m.type, id: m.entityId });
      }
    }
  }
  pieces.sort((x, y) => x.seg - y.seg || y.start - x.start);
  const headOf = new Map<Text, Text>();
  for (const p of pieces) {
    const node = headOf.get(p.node) ?? p.node;
    const data = node.data;
    if (p.end > data.length || p.start >= p.end) continue;
    const wrapper = doc.createElement('finlens-mention');
    wrapper.setAttribute('data-type', p.type);
    wrapper.setAttribute('data-id', p.id);
    wrapper.textContent = data.slice(p.start, p.end);
    const before = doc.createTextNode(data.slice(0, p.start));
    const after = doc.createTextNode(data.slice(p.end));
    const parent = node.parentNode!;
    parent.insertBefore(before, node);
    parent.insertBefore(wrapper, node);
    parent.insertBefore(after, node);
    parent.removeChild(node);
    headOf.set(p.node, before);
  }
}
