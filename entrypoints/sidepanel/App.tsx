import { lazy, Suspense, useEffect, useState } from 'react';
import type { OverrideActions } from '@/components/CaptureHealth';
import { type CaptureOutcome, CapturePageButton } from '@/components/CapturePageButton';
import { EmptyState } from '@/components/EmptyState';
import { NO_PAGE_ACCESS } from '@/lib/capturePage';
import { useActiveTabState } from '@/lib/hooks/useActiveTabState';
import { useFollowUpsDue, useHotLeads, useLead, useLeadsByIds, useRecentLeads } from '@/lib/hooks/useLeads';
import { useOverrides } from '@/lib/hooks/useOverrides';
import { t } from '@/lib/i18n';
import type { Message, Reply } from '@/lib/messaging/protocol';
import { sendToBackground } from '@/lib/messaging/send';
import { RECAPTURE } from '@/lib/messaging/tabCommands';
import type { TabState } from '@/lib/messaging/tabState';

// Off a lead page the panel needs only the lists: the lead view (scoring, qualification, call) and
// the capture views load on demand, so the panel paints before that code is even parsed.
const loadLeadPanel = () => import('@/components/LeadPanel');
const LeadPanel = lazy(() => loadLeadPanel().then((m) => ({ default: m.LeadPanel })));

/**
 * Once the panel has painted and is idle, loads the lead view's code, so the first capture after
 * opening the panel shows its lead without fetching and compiling it then.
 */
function usePreloadedLeadView(): void {
  useEffect(() => {
    const load = () => void loadLeadPanel().catch(() => {}); // React.lazy retries and reports
    if (typeof requestIdleCallback !== 'function') return;
    const idle = requestIdleCallback(load, { timeout: 2_000 });
    return () => cancelIdleCallback(idle);
  }, []);
}
const CaptureHealth = lazy(() => import('@/components/CaptureHealth').then((m) => ({ default: m.CaptureHealth })));
const CaptureProblem = lazy(() => import('@/components/CaptureProblem').then((m) => ({ default: m.CaptureProblem })));
const CompanyView = lazy(() => import('@/components/CompanyView').then((m) => ({ default: m.CompanyView })));

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
  usePreloadedLeadView();
  const loading = <p className="muted">{t('loading')}</p>;
  return (
    <>
      <Suspense fallback={loading}>
        {picked ? <PickedLead leadId={picked} onBack={() => pick(null)} /> : <CurrentTab onPick={pick} />}
      </Suspense>
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

/**
 * Search, hot list, follow-ups and recent leads. Their live queries exist only while they are on
 * screen: a capture writing a lead must not re-run the lists behind a lead view.
 */
function LeadLists({ onPick }: { onPick: (leadId: string) => void }) {
  const [now] = useState(() => new Date());
  const hot = useHotLeads(10);
  const followUps = useFollowUpsDue(now);
  const recent = useRecentLeads(5);
  return <EmptyState recent={recent ?? []} hot={hot ?? []} followUps={followUps ?? []} onPick={onPick} />;
}

function CompanyLeads({ state }: { state: TabState }) {
  const leads = useLeadsByIds(state.updatedLeadIds);
  return <CompanyView fields={state.fields} leads={leads ?? []} />;
}

function CurrentTab({ onPick }: { onPick: (leadId: string) => void }) {
  const active = useActiveTabState();
  const state = active.status === 'ready' ? active.state : null;
  const lead = useLead(state?.leadId ?? null);
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
    return <CompanyLeads state={state} />;
  }
  // Any page without a lead: read a person from it on request (same position in both views, so
  // its message survives the switch to the capture problem it may cause).
  const capturePage = tabId !== null && <CapturePageButton onCapture={() => captureTab(tabId)} />;
  if (state) {
    return (
      <>
        {capturePage}
        <CaptureProblem
          state={state}
          repair={repair}
          onManualSave={async (fields) => {
            await sendToBackground({ type: 'save-manual-lead', url: state.url, fields });
          }}
        />
      </>
    );
  }
  return (
    <>
      {capturePage}
      <LeadLists onPick={onPick} />
    </>
  );
}

/** "Capture this page" for a tab, through the background (which holds the activeTab grant). */
async function captureTab(tabId: number): Promise<CaptureOutcome> {
  const message: Message = { type: 'capture-tab', tabId };
  const reply = (await browser.runtime.sendMessage(message)) as Reply | undefined;
  if (reply?.ok) return reply.leadId ? 'lead' : 'no-person';
  if (reply?.error === NO_PAGE_ACCESS) return 'no-access';
  throw new Error(reply?.error ?? 'no reply from the background');
}
