import { t } from '@/lib/i18n';
import type { ManualLead } from '@/lib/leads/manualLead';
import type { TabState } from '@/lib/messaging/tabState';
import { CaptureHealth, type OverrideActions } from './CaptureHealth';
import { ManualLeadForm } from './ManualLeadForm';

const KIND_MESSAGES = {
  authwall: 'kind_authwall',
  'not-found': 'kind_not_found',
  blocked: 'kind_blocked',
  unsupported: 'kind_unsupported',
} as const;

interface Props {
  state: TabState;
  repair?: OverrideActions;
  onManualSave?: (lead: ManualLead) => Promise<void>;
}

/**
 * A page that created no lead: what it was and why. A person's page that could not be read
 * shows what was found, lets the user repair a field's selector, and offers manual entry.
 */
export function CaptureProblem({ state, repair, onManualSave }: Props) {
  const kindMessage =
    state.kind in KIND_MESSAGES ? KIND_MESSAGES[state.kind as keyof typeof KIND_MESSAGES] : 'kind_other';
  const showsPerson = state.kind === 'profile' || state.kind === 'record';
  return (
    <section aria-labelledby="problem-heading">
      <h1 id="problem-heading">{t('captureFailedTitle')}</h1>
      <p>{t(kindMessage)}</p>
      {state.problem && <p className="muted small">{t('captureFailedReason', state.problem)}</p>}
      {showsPerson && <CaptureHealth fields={state.fields} diagnostics={state.diagnostics} repair={repair} open />}
      {showsPerson && onManualSave && <ManualLeadForm prefill={state.fields} onSave={onManualSave} />}
    </section>
  );
}
