import { t } from '@/lib/i18n';
import type { TabState } from '@/lib/messaging/tabState';

const KIND_MESSAGES = {
  authwall: 'kind_authwall',
  'not-found': 'kind_not_found',
  blocked: 'kind_blocked',
  unsupported: 'kind_unsupported',
} as const;

/** A page that created no lead: what it was, why, and which fields were or were not found. */
export function CaptureProblem({ state }: { state: TabState }) {
  const kindMessage =
    state.kind in KIND_MESSAGES ? KIND_MESSAGES[state.kind as keyof typeof KIND_MESSAGES] : 'kind_other';
  return (
    <section className="card" aria-labelledby="problem-heading">
      <h1 id="problem-heading">{t('captureFailedTitle')}</h1>
      <p>{t(kindMessage)}</p>
      {state.problem && <p className="muted small">{t('captureFailedReason', state.problem)}</p>}
      {state.diagnostics.length > 0 && (
        <details>
          <summary>{t('diagnosticsHeading')}</summary>
          <ul className="diagnostics">
            {state.diagnostics.map((d) => (
              <li key={`${d.field}-${d.strategy}`}>
                {d.strategy === 'not-found'
                  ? t('diagnosticsMissing', d.field)
                  : t('diagnosticsFound', d.field, d.strategy)}
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
