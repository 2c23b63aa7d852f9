import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getDatabase } from '@/lib/db/database';
import type { LeadRecord } from '@/lib/db/records';
import { answerReportRequest } from '@/lib/db/reportData';
import { setSetting } from '@/lib/db/settings';
import { setLanguage } from '@/lib/i18n';
import { MessageSchema } from '@/lib/messaging/protocol';
import type { FromReportsWorker, ToReportsWorker } from '@/lib/reports/workerProtocol';
import { storedLead } from '@/test/unit/leadFixtures';
import ReportsSection from './ReportsSection';

const DAY = 86_400_000;
const H = 3_600_000;
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** A lead captured `daysAgo` that went on through the given stages an hour apart. */
function lead(id: string, source: string, daysAgo: number, stages: LeadRecord['stage'][]): LeadRecord {
  const start = Date.now() - daysAgo * DAY;
  return storedLead({
    id,
    identityKeys: [`manual:${id}`],
    sources: [source],
    stage: stages.at(-1) ?? 'lead',
    createdAt: start,
    stageHistory: stages.map((to, i) => ({
      at: start + i * H,
      from: i === 0 ? null : (stages[i - 1] ?? null),
      to,
      cause: 'score',
    })),
  });
}

/** jsdom has no Web Worker: this one answers in-process, as reports.worker.ts does. */
class InProcessReportsWorker {
  onmessage: ((event: { data: FromReportsWorker }) => void) | null = null;
  onerror = null;
  private stopped = false;
  postMessage(request: ToReportsWorker) {
    void answerReportRequest(getDatabase(), request, new Date(), (data) => {
      if (!this.stopped) this.onmessage?.({ data });
    });
  }
  terminate() {
    this.stopped = true;
  }
}

const tableRows = (name: string) =>
  [...screen.getByRole('table', { name }).querySelectorAll('tbody tr')].map((row) =>
    [...row.querySelectorAll('th, td')].map((cell) => cell.textContent),
  );

describe('ReportsSection', () => {
  beforeEach(async () => {
    setLanguage('en');
    fakeBrowser.reset();
    vi.stubGlobal('Worker', InProcessReportsWorker);
    const db = getDatabase();
    await Promise.all([db.leads.clear(), db.activities.clear(), db.settings.clear()]);
    await db.leads.bulkAdd([
      ...['a', 'b', 'c', 'd'].map((id) => lead(id, 'linkedin', 10, ['lead'])),
      lead('e', 'linkedin', 10, ['lead', 'mql']),
      lead('f', 'linkedin', 20, ['lead', 'mql']),
      lead('g', 'hubspot', 30, ['lead', 'mql', 'sql']),
      lead('old', 'hubspot', 200, ['lead', 'mql']),
    ]);
    await db.activities.add({
      id: 'call-e',
      leadId: 'e',
      type: 'call',
      at: Date.now() - 10 * DAY + 3 * H, // two hours after e became MQL
      source: 'manual',
      dedupeKey: 'manual:call-e',
    });
    // The background stores the setting; here the message is checked against the protocol and stored.
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async (message: unknown) => {
      const parsed = MessageSchema.parse(message);
      if (parsed.type === 'set-setting' && parsed.key === 'source-spend')
        await setSetting(db, parsed.key, parsed.value);
      return { ok: true };
    });
  });
  afterEach(() => {
    setLanguage(null);
    vi.unstubAllGlobals();
  });

  it('reports the last 90 days: funnel, sources, speed to lead and scores', async () => {
    render(<ReportsSection />);
    const from = isoDay(Date.now() - 89 * DAY);
    const to = isoDay(Date.now());
    const caption = `Funnel from ${from} to ${to}`;
    expect(await screen.findByRole('table', { name: caption })).toBeInTheDocument();
    expect(tableRows(caption)).toEqual([
      ['Lead', '7', '–', '100%'],
      ['MQL', '3', '42.9%', '42.9%'],
      ['SQL', '1', '33.3%', '14.3%'],
      ['Opportunity', '0', '0%', '0%'],
      ['Customer', '0', '–', '0%'],
    ]);
    expect(tableRows(`Funnel by source, ${from} to ${to}`)).toEqual([
      ['LinkedIn', '6', '2', '0', '0', '0', '33.3%', '0%'],
      ['HubSpot', '1', '1', '1', '0', '0', '100%', '100%'],
    ]);
    // g is an SQL now (no SLA clock), f waits untouched past the SLA, e was called after 2 hours.
    expect(screen.getByText('2 MQLs: 1 touched (0 after the SLA), 1 overdue, 0 still within the SLA.')).toBeVisible();
    expect(screen.getByText('Median time to first touch').nextElementSibling).toHaveTextContent('2 hr');
    expect(screen.getByText('Current scores of the 7 leads created in the period.')).toBeVisible();
    expect(screen.getByRole('table', { name: 'Total: leads per score range' })).toBeInTheDocument();
    expect(
      screen.getByText('No spend falls in this period yet: enter it below to see the cost per lead, MQL and SQL.'),
    ).toBeVisible();
  });

  it('shows the cost per MQL once a spend is entered', async () => {
    const user = userEvent.setup();
    render(<ReportsSection />);
    await screen.findByRole('table', { name: /^Funnel from/ });
    const form = within(screen.getByRole('region', { name: 'Spend per source' }));
    await user.type(form.getByLabelText('Source'), 'linkedin');
    await user.type(form.getByLabelText('From'), isoDay(Date.now() - 89 * DAY));
    await user.type(form.getByLabelText('To'), isoDay(Date.now()));
    await user.type(form.getByLabelText('Amount'), '900');
    await user.click(form.getByRole('button', { name: 'Add spend' }));
    const costs = await screen.findByRole('table', { name: /^Cost per source/ });
    const row = within(costs).getByRole('row', { name: /LinkedIn/ });
    expect([...row.querySelectorAll('th, td')].map((c) => c.textContent)).toEqual([
      'LinkedIn',
      '€900.00',
      '6',
      '€150.00',
      '2',
      '€450.00',
      '0',
      '–',
    ]);
  });

  it('reads the reports again for another period, and refuses one that ends before it starts', async () => {
    const user = userEvent.setup();
    render(<ReportsSection />);
    await screen.findByRole('table', { name: /^Funnel from/ });
    const fromInput = screen.getByLabelText('From', { selector: '.report-period input' });
    await user.clear(fromInput);
    await user.type(fromInput, isoDay(Date.now() - 365 * DAY));
    expect(await screen.findByText('Current scores of the 8 leads created in the period.')).toBeVisible();

    await user.clear(fromInput);
    await user.type(fromInput, isoDay(Date.now() + 5 * DAY));
    expect(screen.getByRole('alert')).toHaveTextContent('Pick a start date and an end date on or after it.');
    expect(screen.queryByRole('table', { name: /^Funnel from/ })).not.toBeInTheDocument();
  });
});
