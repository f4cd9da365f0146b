// Writes plain text and HTML to the clipboard together. Works in extension pages, the offscreen document
// (Chrome) and the Firefox event page: a `copy` event handler fills both types, execCommand fires it.
// navigator.clipboard needs a focused document, which the offscreen and background pages never are.

export async function writeClipboard(doc: Document, text: string, html?: string): Promise<boolean> {
  if (copyViaEvent(doc, text, html)) return true;
  const nav = doc.defaultView?.navigator;
  try {
    if (html && nav?.clipboard?.write && typeof ClipboardItem === 'function') {
      await nav.clipboard.write([
        new ClipboardItem({
          'text/plain': new Blob([text], { type: 'text/plain' }),
          'text/html': new Blob([html], { type: 'text/html' }),
        }),
      ]);
      return true;
    }
    await nav?.clipboard?.writeText(text);
    return Boolean(nav?.clipboard);
  } catch {
    return false;
  }
}

function copyViaEvent(doc: Document, text: string, html?: string): boolean {
  let filled = false;
  const onCopy = (event: ClipboardEvent) => {
    if (!event.clipboardData) return;
    event.clipboardData.setData('text/plain', text);
    if (html) event.clipboardData.setData('text/html', html);
    event.preventDefault();
    filled = true;
  };
  doc.addEventListener('copy', onCopy, true);
  // execCommand('copy') needs a selection in some browsers before it fires `copy`.
  const scratch = doc.createElement('textarea');
  scratch.value = text;
  scratch.setAttribute('readonly', '');
  scratch.style.cssText = 'position:fixed;top:-1000px;opacity:0';
  (doc.body ?? doc.documentElement).append(scratch);
  scratch.select();
  try {
    const ok = doc.execCommand('copy');
    return ok && filled;
  } catch {
    return false;
  } finally {
    doc.removeEventListener('copy', onCopy, true);
    scratch.remove();
  }
}
