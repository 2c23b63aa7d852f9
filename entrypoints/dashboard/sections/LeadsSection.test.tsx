import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getDatabase } from '@/lib/db/database';
import { seedLeads } from '@/test/unit/leadsTableSeed';
import LeadsSection from './LeadsSection';

// jsdom lays nothing out: give the table's scroll box the height of 50 rows, so every MQL is rendered.
const jsdomClientHeight = Object.getOwnPropertyDescriptor(Element.prototype, 'clientHeight');
beforeAll(async () => {
  Object.defineProperty(Element.prototype, 'clientHeight', {
    configurable: true,
    get(this: Element) {
      return this.classList.contains('leads-table-scroll') ? 2000 : 0;
    },
  });
  await import('@/components/LeadPanel');
});
afterAll(() => {
  if (jsdomClientHeight) Object.defineProperty(Element.prototype, 'clientHeight', jsdomClientHeight);
});

const MQLS = 38; // leads 1, 9, 17, ... 297 of the seed

beforeEach(async () => {
  fakeBrowser.reset();
  const db = getDatabase();
  await Promise.all(db.tables.map((table) => table.clear()));
  const { leads, activities } = seedLeads(300);
  await db.leads.bulkAdd(leads);
  await db.activities.bulkAdd([
    ...activities,
    { id: 'a-old', leadId: 'lead-0001', type: 'webinar-attendance', at: 1_000, source: 'hubspot', dedupeKey: 'x1' },
    { id: 'a-new', leadId: 'lead-0001', type: 'pricing-page-visit', at: 9_000, source: 'linkedin', dedupeKey: 'x2' },
  ]);
  history.replaceState(null, '', '#leads?stage=mql');
});

async function setHash(hash: string) {
  await act(async () => {
    location.hash = hash;
    await new Promise((resolve) => addEventListener('hashchange', resolve, { once: true }));
  });
}

describe('LeadsSection', () => {
  it('shows the filter from the link, sorts into the link, and changes the stage of all matching leads', async () => {
    const user = userEvent.setup();
    render(<LeadsSection />);
    expect(await screen.findByText(`${MQLS} leads match the filters`)).toBeVisible();
    expect(screen.getByRole('combobox', { name: 'Stage' })).toHaveValue('mql');
    expect(screen.getByRole('table', { name: 'Leads' })).toHaveAttribute('aria-rowcount', String(MQLS + 1));

    await user.click(screen.getByRole('button', { name: /Created/ }));
    expect(location.hash).toBe('#leads?sort=created&stage=mql');

    await user.click(screen.getByRole('checkbox', { name: `Select all ${MQLS} matching leads` }));
    const bulk = screen.getByRole('region', { name: 'Bulk actions' });
    expect(bulk).toHaveTextContent(`${MQLS} selected`);
    await user.selectOptions(within(bulk).getByRole('combobox', { name: 'Change stage to' }), 'Nurture');
    await user.type(within(bulk).getByRole('textbox', { name: 'Reason' }), 'Budget next year');
    await user.click(within(bulk).getByRole('button', { name: 'Change stage' }));
    expect(await within(bulk).findByText(`Stage changed on ${MQLS} leads.`)).toBeVisible();

    const nurtured = await getDatabase().leads.where('stage').equals('nurture').toArray();
    expect(nurtured.filter((l) => l.stageHistory.at(-1)?.reason === 'Budget next year')).toHaveLength(MQLS);
    expect(await screen.findByText('No leads match these filters.', {}, { timeout: 5_000 })).toBeVisible();
  });

  it('searches, and a new filter starts a new selection', async () => {
    const user = userEvent.setup();
    render(<LeadsSection />);
    await screen.findByText(`${MQLS} leads match the filters`);
    await user.click(await screen.findByRole('checkbox', { name: 'Select Jan de Vries' }));
    expect(screen.getByRole('region', { name: 'Bulk actions' })).toHaveTextContent('1 selected');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Stage' }), 'Any');
    await user.type(screen.getByRole('searchbox'), 'tulpveld');
    expect(await screen.findByText('1 leads match the filters', {}, { timeout: 5_000 })).toBeVisible();
    expect(await screen.findByRole('link', { name: 'Jan de Vries' })).toHaveAttribute(
      'href',
      '#leads?q=tulpveld&lead=lead-0001',
    );
    expect(screen.queryByRole('region', { name: 'Bulk actions' })).not.toBeInTheDocument();
  });

  it('opens a lead from its row with its timeline, newest first, and goes back to the filtered table', async () => {
    const user = userEvent.setup();
    render(<LeadsSection />);
    await screen.findByText(`${MQLS} leads match the filters`);
    const hashChanged = new Promise((resolve) => addEventListener('hashchange', resolve, { once: true }));
    await user.click(
      (await screen.findByText('Jan de Vries')).closest('tr')?.querySelector('td:nth-of-type(3)') as Element,
    );
    await act(() => hashChanged);
    expect(location.hash).toBe('#leads?stage=mql&lead=lead-0001');

    expect(await screen.findByRole('heading', { name: 'Jan de Vries' })).toBeVisible();
    const timeline = screen.getByRole('region', { name: 'Activity timeline' });
    const types = within(timeline)
      .getAllByRole('row')
      .slice(1)
      .map((row) => within(row).getAllByRole('cell')[1]?.textContent);
    expect(types).toEqual(['pricing page visit', 'webinar attendance']);
    expect(screen.getByRole('link', { name: /Back to the leads/ })).toHaveAttribute('href', '#leads?stage=mql');

    await setHash('#leads?stage=mql');
    expect(await screen.findByText(`${MQLS} leads match the filters`)).toBeVisible();
    await waitFor(() => expect(screen.queryByRole('region', { name: 'Activity timeline' })).not.toBeInTheDocument());
  });

  it('says so when the linked lead no longer exists', async () => {
    history.replaceState(null, '', '#leads?lead=gone');
    render(<LeadsSection />);
    expect(await screen.findByRole('alert')).toHaveTextContent('This lead no longer exists.');
  });
});
