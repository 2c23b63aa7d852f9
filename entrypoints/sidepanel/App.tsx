import { CaptureHealth, type OverrideActions } from '@/components/CaptureHealth';
import { CaptureProblem } from '@/components/CaptureProblem';
import { CompanyView } from '@/components/CompanyView';
import { EmptyState } from '@/components/EmptyState';
import { useActiveTabState } from '@/lib/hooks/useActiveTabState';
import { useLead, useLeadsByIds, useRecentLeads } from '@/lib/hooks/useLeads';
import { useOverrides } from '@/lib/hooks/useOverrides';
import { t } from '@/lib/i18n';
import { sendToBackground } from '@/lib/messaging/send';
import { RECAPTURE } from '@/lib/messaging/tabCommands';
import { LeadPanel } from './LeadPanel';

const openDashboard = () => browser.tabs.create({ url: browser.runtime.getURL('/dashboard.html') });

/** The side panel: the lead on the active tab, or what to do when there is none. */
export function App() {
  return (
    <>
      <CurrentTab />
      <footer className="panel-footer">
        <button type="button" className="link-button" onClick={openDashboard}>
          {t('openDashboard')}
        </button>
      </footer>
    </>
  );
}

function CurrentTab() {
  const active = useActiveTabState();
  const state = active.status === 'ready' ? active.state : null;
  const lead = useLead(state?.leadId ?? null);
  const recent = useRecentLeads(5);
  const companyLeads = useLeadsByIds(state?.updatedLeadIds ?? []);
  const overrides = useOverrides();
  const tabId = active.status === 'ready' ? active.tabId : null;
  const repair: OverrideActions | undefined =
    state && overrides && tabId !== null
      ? {
          site: state.site,
          overrides,
          onSave: async (override) => {
            await sendToBackground({ type: 'save-selector-override', override });
            await browser.tabs.sendMessage(tabId, RECAPTURE).catch(() => {});
          },
          onRemove: async (field) => {
            await sendToBackground({ type: 'remove-selector-override', site: state.site, field });
            await browser.tabs.sendMessage(tabId, RECAPTURE).catch(() => {});
          },
        }
      : undefined;

  if (active.status === 'loading' || lead === undefined) return <p className="muted">{t('loading')}</p>;
  if (lead) {
    return (
      <>
        <LeadPanel lead={lead} />
        {state && <CaptureHealth fields={state.fields} diagnostics={state.diagnostics} repair={repair} />}
      </>
    );
  }
  if (state?.kind === 'company' && state.problem === null) {
    return <CompanyView fields={state.fields} leads={companyLeads ?? []} />;
  }
  if (state) {
    return (
      <CaptureProblem
        state={state}
        repair={repair}
        onManualSave={async (fields) => {
          await sendToBackground({ type: 'save-manual-lead', url: state.url, fields });
        }}
      />
    );
  }
  return <EmptyState recent={recent ?? []} />;
}
