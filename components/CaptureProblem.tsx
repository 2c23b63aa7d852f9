import { t } from '@/lib/i18n';
import type { TabState } from '@/lib/messaging/tabState';
import { CaptureHealth } from './CaptureHealth';

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
  const showsPerson = state.kind === 'profile' || state.kind === 'record';
  return (
    <section aria-labelledby="problem-heading">
      <h1 id="problem-heading">{t('captureFailedTitle')}</h1>
      <p>{t(kindMessage)}</p>
      {state.problem && <p className="muted small">{t('captureFailedReason', state.problem)}</p>}
      {showsPerson && <CaptureHealth fields={state.fields} diagnostics={state.diagnostics} />}
    </section>
  );
}
