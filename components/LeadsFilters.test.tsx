import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { LeadsFilter } from '@/lib/db/leadsTable';
import { LeadsFilters, SEARCH_DEBOUNCE_MS } from './LeadsFilters';

const options = { sources: ['hubspot', 'linkedin'], countries: ['NL', 'SE'], tags: ['vip', 'webinar'] };

function setup(initial: LeadsFilter = {}) {
  const changes: LeadsFilter[] = [];
  const view = render(<LeadsFilters filter={initial} options={options} onChange={(f) => changes.push(f)} />);
  const rerender = (filter: LeadsFilter) =>
    view.rerender(<LeadsFilters filter={filter} options={options} onChange={(f) => changes.push(f)} />);
  return { changes, rerender };
}

describe('LeadsFilters', () => {
  it('searches once the typing pauses, not on every key', async () => {
    const user = userEvent.setup();
    const { changes } = setup({ stages: ['mql'] });
    await user.type(screen.getByRole('searchbox', { name: /Search name, company/ }), 'jan de');
    expect(changes).toEqual([]);
    await act(() => new Promise((resolve) => setTimeout(resolve, SEARCH_DEBOUNCE_MS + 50)));
    expect(changes).toEqual([{ stages: ['mql'], search: 'jan de' }]);
  });

  it.each<[string, string, LeadsFilter]>([
    ['Stage', 'MQL', { stages: ['mql'] }],
    ['Grade', 'B', { grades: ['B'] }],
    ['Source', 'hubspot', { sources: ['hubspot'] }],
    ['Country', 'SE', { countries: ['SE'] }],
    ['Tag', 'vip', { tags: ['vip'] }],
  ])('the %s menu filters by the value chosen', async (menu, option, expected) => {
    const user = userEvent.setup();
    const { changes } = setup({ overdue: true });
    await user.selectOptions(screen.getByRole('combobox', { name: menu }), option);
    expect(changes).toEqual([{ overdue: true, ...expected }]);
  });

  it('"Any" removes a menu’s filter, the SLA box adds and removes its own, Clear removes all', async () => {
    const user = userEvent.setup();
    const { changes } = setup({ stages: ['sql'], overdue: true, search: 'acme' });
    expect(screen.getByRole('combobox', { name: 'Stage' })).toHaveValue('sql');
    expect(screen.getByRole('searchbox')).toHaveValue('acme');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Stage' }), 'Any');
    await user.click(screen.getByRole('checkbox', { name: /past the speed-to-lead SLA/ }));
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(changes).toEqual([{ overdue: true, search: 'acme' }, { stages: ['sql'], search: 'acme' }, {}]);
    expect(screen.getByRole('searchbox')).toHaveValue('');
  });

  it('shows a search that came from outside (Back, a pasted link)', () => {
    const { rerender } = setup();
    rerender({ search: 'vries' });
    expect(screen.getByRole('searchbox')).toHaveValue('vries');
  });
});
