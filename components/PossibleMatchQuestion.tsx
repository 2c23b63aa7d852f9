import { useState } from 'react';
import type { LeadRecord } from '@/lib/db/records';
import { t } from '@/lib/i18n';
import type { MatchReason } from '@/lib/leads/fuzzyMatch';

const REASON_TEXT = {
  'same-name': 'matchReason_same_name',
  'middle-name': 'matchReason_middle_name',
  initial: 'matchReason_initial',
} as const satisfies Record<MatchReason, string>;

interface Props {
  other: LeadRecord;
  reason: MatchReason;
  onMerge: () => Promise<void>;
  onDismiss: () => Promise<void>;
}

/** "Possibly the same person as Jan de Vries at Acme (same name and company)?" with Merge / Not the same. */
export function PossibleMatchQuestion({ other, reason, onMerge, onDismiss }: Props) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const name = other.name ?? other.email ?? '?';
  const run = (action: () => Promise<void>) => async () => {
    setBusy(true);
    setError(null);
    try {
      await action();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
      setBusy(false);
    }
  };
  return (
    <section className="possible-match" aria-label={t('matchGroup', name)}>
      <p>{t('matchQuestion', name, other.company ?? '', t(REASON_TEXT[reason]))}</p>
      <div className="possible-match-actions">
        <button type="button" disabled={busy} aria-label={t('matchMergeLabel', name)} onClick={run(onMerge)}>
          {t('matchMerge')}
        </button>
        <button type="button" disabled={busy} aria-label={t('matchDismissLabel', name)} onClick={run(onDismiss)}>
          {t('matchDismiss')}
        </button>
      </div>
      {error && <p role="alert">{t('identityFailed', error)}</p>}
    </section>
  );
}
