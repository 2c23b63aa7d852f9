import { useState } from 'react';
import { CaptureHealth, type OverrideActions } from '@/components/CaptureHealth';
import { CaptureProblem } from '@/components/CaptureProblem';
import { CompanyView } from '@/components/CompanyView';
import { EmptyState } from '@/components/EmptyState';
import { useActiveTabState } from '@/lib/hooks/useActiveTabState';
import { useFollowUpsDue, useHotLeads, useLead, useLeadsByIds, useRecentLeads } from '@/lib/hooks/useLeads';
import { useOverrides } from '@/lib/hooks/useOverrides';
import { t } from '@/lib/i18n';
import { sendToBackground } from '@/lib/messaging/send';
import { RECAPTURE } from '@/lib/messaging/tabCommands';
import { LeadPanel } from './LeadPanel';

const openDashboard = () => browser.tabs.create({ url: browser.runtime.getURL('/dashboard.html') });

/** The lead picked from search or a list, kept in the URL so a reload keeps it. */
function usePickedLead(): [string | null, (leadId: string | null) => void] {
  const [picked, setPicked] = useState(() => new URL(location.href).searchParams.get('lead'));
  const pick = (leadId: string | null) => {
    const url = new URL(location.href);
    if (leadId) url.searchParams.set('lead', leadId);
    else url.searchParams.delete('lead');
    history.replaceState(null, '', url);
    setPicked(leadId);
  };
  return [picked, pick];
}

/** The side panel: a lead picked from search, else the lead on the active tab, else what to do. */
export function App() {
  const [picked, pick] = usePickedLead();
  return (
    <>
      {picked ? <PickedLead leadId={picked} onBack={() => pick(null)} /> : <CurrentTab onPick={pick} />}
      <footer className="panel-footer">
        <button type="button" className="link-button" onClick={openDashboard}>
          {t('openDashboard')}
        </button>
      </footer>
    </>
  );
}

function PickedLead({ leadId, onBack }: { leadId: string; onBack: () => void }) {
  const lead = useLead(leadId);
  return (
    <>
      <button type="button" className="link-button" onClick={onBack}>
        ← {t('backToTab')}
      </button>
      {lead === undefined && <p className="muted">{t('loading')}</p>}
      {lead === null && <p role="alert">{t('leadGone')}</p>}
      {lead && <LeadPanel lead={lead} />}
    </>
  );
}

function CurrentTab({ onPick }: { onPick: (leadId: string) => void }) {
  const [now] = useState(() => new Date());
  const hot = useHotLeads(10);
  const followUps = useFollowUpsDue(now);
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
  return <EmptyState recent={recent ?? []} hot={hot ?? []} followUps={followUps ?? []} onPick={onPick} />;
}
