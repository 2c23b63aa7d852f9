import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { type ComponentProps, useState } from 'react';
import type { LeadRecord } from '@/lib/db/records';
import { storedLead } from '@/test/unit/leadFixtures';
import { LeadsTable } from './LeadsTable';

const now = new Date(Date.UTC(2026, 10, 25, 12));
const leads: LeadRecord[] = Array.from({ length: 1000 }, (_, i) =>
  storedLead({
    id: `l${i}`,
    name: `Person ${i}`,
    lastActivityAt: i === 0 ? now.getTime() - 3 * 86_400_000 : undefined,
    sources: i === 0 ? ['linkedin', 'hubspot'] : ['import'],
  }),
);

// jsdom lays nothing out: give the scroll box a height so the virtualizer shows about 10 rows.
const jsdomClientHeight = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'clientHeight');
beforeAll(() => {
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', {
    configurable: true,
    get(this: HTMLElement) {
      return this.classList.contains('leads-table-scroll') ? 400 : 0;
    },
  });
});
afterAll(() => {
  if (jsdomClientHeight) Object.defineProperty(HTMLElement.prototype, 'clientHeight', jsdomClientHeight);
});

type Props = ComponentProps<typeof LeadsTable>;

function Harness({
  calls,
  shown,
  overrides,
}: {
  calls: string[];
  shown: [number, number][];
  overrides: Partial<Props>;
}) {
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  return (
    <LeadsTable
      queryKey="q"
      total={leads.length}
      rowAt={(i) => leads[i]}
      onRowsShown={(first, last) => shown.push([first, last])}
      sort="score"
      direction="desc"
      onSort={(sort, direction) => calls.push(`sort ${sort} ${direction}`)}
      selected={selected}
      onToggle={(id) => {
        calls.push(`toggle ${id}`);
        setSelected((s) => new Set(s.has(id) ? [...s].filter((x) => x !== id) : [...s, id]));
      }}
      onToggleAll={() => calls.push('toggle all')}
      onOpen={(id) => calls.push(`open ${id}`)}
      leadHref={(id) => `#leads?lead=${id}`}
      now={now}
      {...overrides}
    />
  );
}

function setup(overrides: Partial<Props> = {}) {
  const calls: string[] = [];
  const shown: [number, number][] = [];
  render(<Harness calls={calls} shown={shown} overrides={overrides} />);
  return { calls, shown };
}

const bodyRows = () =>
  within(screen.getByRole('table'))
    .getAllByRole('row')
    .filter((row) => row.hasAttribute('data-index'));

describe('LeadsTable', () => {
  it('renders only the rows in view, numbered for assistive technology', () => {
    const { shown } = setup();
    const table = screen.getByRole('table', { name: 'Leads' });
    expect(table).toHaveAttribute('aria-rowcount', '1001');
    const rows = bodyRows();
    expect(rows.length).toBeGreaterThan(5);
    expect(rows.length).toBeLessThan(40);
    expect(rows[0]).toHaveAttribute('aria-rowindex', '2');
    expect(shown.at(-1)).toEqual([0, rows.length - 1]);
    expect(screen.queryByText('Person 500')).not.toBeInTheDocument();
  });

  it('shows a lead’s cells: name linking to the lead, stage badge, grade, score, dates, sources', () => {
    setup();
    const row = bodyRows()[0] as HTMLElement;
    expect(within(row).getByRole('link', { name: 'Person 0' })).toHaveAttribute('href', '#leads?lead=l0');
    expect(within(row).getByRole('status', { name: /MQL/ })).toBeInTheDocument();
    expect(row).toHaveTextContent('A2');
    expect(row).toHaveTextContent('105');
    expect(row).toHaveTextContent('3 days ago');
    expect(row).toHaveTextContent('linkedin, hubspot');
    expect(bodyRows()[1]).toHaveTextContent('never');
  });

  it('marks the sorted column and sorts by a header: same column flips, another starts at its natural order', async () => {
    const user = userEvent.setup();
    const { calls } = setup();
    expect(screen.getByRole('columnheader', { name: /Score/ })).toHaveAttribute('aria-sort', 'descending');
    expect(screen.getByRole('columnheader', { name: /Created/ })).toHaveAttribute('aria-sort', 'none');
    expect(screen.getByRole('columnheader', { name: 'Name' })).not.toHaveAttribute('aria-sort');
    await user.click(screen.getByRole('button', { name: /Score/ }));
    await user.click(screen.getByRole('button', { name: /Created/ }));
    await user.click(screen.getByRole('button', { name: /Stage/ }));
    expect(calls).toEqual(['sort score asc', 'sort created desc', 'sort stage asc']);
  });

  it('opens a lead by a click on its row, but not by ticking its box', async () => {
    const user = userEvent.setup();
    const { calls } = setup();
    await user.click(within(bodyRows()[2] as HTMLElement).getByText('Director vânzări'));
    await user.click(screen.getByRole('checkbox', { name: 'Select Person 3' }));
    expect(calls).toEqual(['open l2', 'toggle l3']);
    expect(screen.getByRole('checkbox', { name: 'Select Person 3' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Select all 1,000 matching leads' })).toHaveProperty(
      'indeterminate',
      true,
    );
  });

  it('selects all matching leads from the header box', async () => {
    const user = userEvent.setup();
    const { calls } = setup();
    await user.click(screen.getByRole('checkbox', { name: 'Select all 1,000 matching leads' }));
    expect(calls).toEqual(['toggle all']);
  });

  it('is keyboard usable: arrows move between rows, Enter opens, Space selects', async () => {
    const user = userEvent.setup();
    const { calls } = setup();
    const first = bodyRows()[0] as HTMLElement;
    expect(first).toHaveAttribute('tabindex', '0');
    expect(bodyRows()[1]).toHaveAttribute('tabindex', '-1');
    first.focus();
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(document.activeElement).toHaveAttribute('data-index', '2');
    await user.keyboard('{ArrowUp}');
    expect(document.activeElement).toHaveAttribute('data-index', '1');
    await user.keyboard('{Enter}');
    await user.keyboard(' ');
    expect(calls).toEqual(['open l1', 'toggle l1']);
    await user.keyboard('{Home}');
    expect(document.activeElement).toHaveAttribute('data-index', '0');
  });

  it('shows a row still loading as such', () => {
    setup({ rowAt: (i) => (i === 0 ? undefined : leads[i]) });
    expect(bodyRows()[0]).toHaveTextContent('Loading…');
    expect(bodyRows()[0]).toHaveAttribute('aria-busy', 'true');
  });
});
