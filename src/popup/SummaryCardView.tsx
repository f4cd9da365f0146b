import type { SummaryCard } from '../core/types';
import type { PageState } from '../shared/messages';
import { t } from '../shared/i18n';

interface Props {
  card: SummaryCard;
  entities: PageState['entities'];
  onReveal(target: { entityId?: string; offset?: number }): void;
}

function formatDate(iso: string | null, lang: string): string | null {
  if (!iso) return null;
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  // Local page time without a zone stays as the page showed it; formatting it in the reader's zone would shift it.
  const hasTime = /T\d{2}:\d{2}/.test(iso);
  return new Intl.DateTimeFormat(lang, { dateStyle: 'medium', ...(hasTime ? { timeStyle: 'short' } : {}) }).format(d);
}

/** The card as the popup shows it; every name, figure and person jumps to its place in the page. */
export function SummaryCardView({ card, entities, onReveal }: Props) {
  const lang = card.lang ?? 'en';
  const people = card.people;
  const orgs = entities.filter((e) => e.type === 'organization');
  return (
    <article class="card" data-testid="summary-card" lang={lang}>
      {card.kicker && <p class="kicker">{card.kicker}</p>}
      <h1 data-testid="card-headline">{card.headline ?? t('untitled')}</h1>
      <p class="meta">
        {[card.source, formatDate(card.published, lang), card.author, t('readingTime', [String(card.readingMinutes)])]
          .filter(Boolean)
          .join(' · ')}
      </p>
      {card.instruments.length > 0 && (
        <section>
          <h2>{t('instruments')}</h2>
          <ul class="instruments" data-testid="card-instruments">
            {card.instruments.map((i) => (
              <li key={`${i.name}-${i.isin ?? i.ticker ?? ''}`}>
                <span class="name">{i.name}</span>{' '}
                {i.priceText && <span class="price">{i.priceText}{i.currency ? ` ${i.currency}` : ''}</span>}{' '}
                {i.changeText && <span class={`change ${(i.changePct ?? 0) < 0 ? 'down' : 'up'}`}>{i.changeText}</span>}{' '}
                {i.exchange && <span class="muted">{i.exchange}</span>}
                {i.note && <div class="note">{i.note}</div>}
              </li>
            ))}
          </ul>
        </section>
      )}
      {card.companies.length > 0 && (
        <section>
          <h2>{t('companies')}</h2>
          <ul class="chips" data-testid="card-companies">
            {card.companies.map((c) => (
              <li key={c.entityId}>
                <button type="button" class={c.watched ? 'chip watched' : 'chip'} onClick={() => onReveal({ entityId: c.entityId })}
                  title={[c.ticker, c.isin, c.wkn && `WKN ${c.wkn}`].filter(Boolean).join(' · ')}>
                  {c.name}{c.ticker ? <span class="ticker"> {c.ticker}</span> : null}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
      {people.length > 0 && (
        <section>
          <h2>{t('people')}</h2>
          <ul class="people" data-testid="card-people">
            {people.map((p) => (
              <li key={p.entityId}>
                <button type="button" class="link" onClick={() => onReveal({ entityId: p.entityId })}>{p.name}</button>
                {(p.role || p.affiliation) && <span class="muted"> — {[p.role, p.affiliation].filter(Boolean).join(', ')}</span>}
              </li>
            ))}
          </ul>
        </section>
      )}
      {orgs.length > 0 && (
        <section>
          <h2>{t('organizations')}</h2>
          <ul class="chips">
            {orgs.map((o) => (
              <li key={o.id}><button type="button" class="chip org" onClick={() => onReveal({ entityId: o.id })}>{o.name}</button></li>
            ))}
          </ul>
        </section>
      )}
      {card.figures.length > 0 && (
        <section>
          <h2>{t('figures')}</h2>
          <ul class="figures" data-testid="card-figures">
            {card.figures.map((f) => (
              <li key={`${f.start}-${f.text}`}>
                <button type="button" class="link" title={f.sentence} onClick={() => onReveal({ offset: f.start })}>{f.text}</button>
              </li>
            ))}
          </ul>
        </section>
      )}
      {card.summary.length > 0 && (
        <section>
          <h2>{t('summary')}</h2>
          <ul class="summary" data-testid="card-summary">
            {card.summary.map((s) => <li key={s}>{s}</li>)}
          </ul>
        </section>
      )}
    </article>
  );
}
