import { type FormEvent, useState } from 'react';
import { t } from '@/lib/i18n';

export type Outcome = 'won' | 'lost' | 'disqualified' | 'nurture';
export interface OutcomeChoice {
  outcome: Outcome;
  reason?: string;
  revisitAt?: number;
}

const OUTCOMES: Outcome[] = ['won', 'lost', 'disqualified', 'nurture'];
const NEEDS_REASON = new Set<Outcome>(['lost', 'disqualified']);

/** How the lead ended: won at once; lost and disqualified with a reason; nurture with a revisit date. */
export function OutcomeButtons({ onRecord }: { onRecord: (choice: OutcomeChoice) => Promise<void> }) {
  const [open, setOpen] = useState<Outcome | null>(null);
  const [reason, setReason] = useState('');
  const [revisit, setRevisit] = useState('');
  const [error, setError] = useState<string | null>(null);

  const record = async (choice: OutcomeChoice) => {
    try {
      await onRecord(choice);
      setOpen(null);
      setReason('');
      setRevisit('');
      setError(null);
    } catch (e) {
      setError(t('outcomeFailed', e instanceof Error ? e.message : String(e)));
    }
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!open) return;
    void record({
      outcome: open,
      reason: reason.trim() || undefined,
      revisitAt: open === 'nurture' && revisit ? Date.parse(`${revisit}T09:00:00`) : undefined,
    });
  };
  const incomplete = open !== null && ((NEEDS_REASON.has(open) && !reason.trim()) || (open === 'nurture' && !revisit));

  return (
    <section aria-labelledby="outcome-heading" className="card">
      <h2 id="outcome-heading">{t('outcomeHeading')}</h2>
      <div className="row wrap">
        {OUTCOMES.map((o) => (
          <button
            key={o}
            type="button"
            aria-pressed={open === o}
            onClick={() => (o === 'won' ? void record({ outcome: 'won' }) : setOpen(o))}
          >
            {t(`outcome_${o}`)}
          </button>
        ))}
      </div>
      {open && (
        <form className="outcome-form" onSubmit={submit}>
          <label>
            {t('outcomeReason')}
            <input
              value={reason}
              onChange={(e) => setReason(e.target.value)}
              maxLength={500}
              required={NEEDS_REASON.has(open)}
            />
          </label>
          {open === 'nurture' && (
            <label>
              {t('outcomeRevisit')}
              <input type="date" value={revisit} onChange={(e) => setRevisit(e.target.value)} required />
            </label>
          )}
          <div className="row">
            <button type="submit" disabled={incomplete}>
              {t('outcomeSave', t(`outcome_${open}`))}
            </button>
            <button type="button" onClick={() => setOpen(null)}>
              {t('outcomeCancel')}
            </button>
          </div>
        </form>
      )}
      {error && <p role="alert">{error}</p>}
    </section>
  );
}
