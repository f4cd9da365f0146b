import { useState } from 'preact/hooks';
import type { SummaryCard } from '../core/types';
import { payloadFor } from '../shared/copy-formats';
import { writeClipboard } from '../shared/clipboard';
import type { CopyFormat } from '../shared/settings';
import { t, uiLanguage } from '../shared/i18n';

const FORMATS: { format: CopyFormat; label: string }[] = [
  { format: 'markdown', label: 'copyMarkdown' },
  { format: 'text', label: 'copyText' },
  { format: 'html', label: 'copyRich' },
  { format: 'json', label: 'copyJson' },
];

/** Copy buttons with a short confirmation that screen readers announce. */
export function CopyBar({ card }: { card: SummaryCard }) {
  const [done, setDone] = useState<string | null>(null);
  const copy = async (format: CopyFormat) => {
    const { text, html } = payloadFor(card, format, uiLanguage());
    const ok = await writeClipboard(document, text, html);
    setDone(ok ? t('copied') : t('copyFailed'));
    setTimeout(() => setDone(null), 2000);
  };
  return (
    <section class="copy" aria-label={t('copyTitle')}>
      {FORMATS.map(({ format, label }) => (
        <button type="button" key={format} data-testid={`copy-${format}`} onClick={() => void copy(format)}>
          {t(label)}
        </button>
      ))}
      <span class="confirm" role="status" data-testid="copy-status">{done}</span>
    </section>
  );
}
