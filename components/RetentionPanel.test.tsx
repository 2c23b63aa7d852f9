import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { storedLead } from '@/test/unit/leadFixtures';
import { RetentionPanel, type RetentionSettings } from './RetentionPanel';

const counts = { leads: 2, activities: 5, answers: 1, captures: 3, outcomes: 0, notes: 1 };

function setup(
  settings: RetentionSettings,
  candidates = [storedLead({ id: 'a' }), storedLead({ id: 'b', name: 'Jan de Vries' })],
) {
  const saved: RetentionSettings[] = [];
  const erased: (readonly string[])[] = [];
  render(
    <RetentionPanel
      settings={settings}
      onSave={async (s) => void saved.push(s)}
      candidates={candidates}
      onErase={async (ids) => {
        erased.push(ids);
        return counts;
      }}
    />,
  );
  return { saved, erased };
}

describe('RetentionPanel', () => {
  it('is off by default and turns on with a period and automatic deletion', async () => {
    const user = userEvent.setup();
    const { saved } = setup({ months: null, auto: false });
    expect(screen.getByText('Off: LeadLens keeps every lead until you delete it.')).toBeVisible();
    const months = screen.getByRole('spinbutton', { name: 'Months without any update or activity' });
    expect(months).toBeDisabled();
    await user.click(screen.getByRole('checkbox', { name: /nobody has touched/ }));
    await user.clear(months);
    await user.type(months, '18');
    await user.click(screen.getByRole('checkbox', { name: /automatically every day/ }));
    await user.click(screen.getByRole('button', { name: 'Save retention settings' }));
    expect(saved).toEqual([{ months: 18, auto: true }]);
    expect(screen.getByRole('status')).toHaveTextContent('Saved.');
  });

  it.each(['0', '2.5', '241'])('refuses %s months', async (value) => {
    const user = userEvent.setup();
    setup({ months: 12, auto: false });
    const months = screen.getByRole('spinbutton');
    await user.clear(months);
    await user.type(months, value);
    expect(months).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('button', { name: 'Save retention settings' })).toBeDisabled();
  });

  it('turning it off saves no period and no automatic deletion', async () => {
    const user = userEvent.setup();
    const { saved } = setup({ months: 12, auto: true });
    await user.click(screen.getByRole('checkbox', { name: /nobody has touched/ }));
    await user.click(screen.getByRole('button', { name: 'Save retention settings' }));
    expect(saved).toEqual([{ months: null, auto: false }]);
  });

  it('lists the leads past the period and deletes them only after a confirmation', async () => {
    const user = userEvent.setup();
    const { erased } = setup({ months: 12, auto: false });
    expect(screen.getByRole('heading', { name: 'Leads untouched for 12 months: 2' })).toBeVisible();
    const list = screen.getByRole('list');
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((li) => li.textContent?.split(' · ')[0]),
    ).toEqual(['Ana Popescu', 'Jan de Vries']);
    await user.click(screen.getByRole('button', { name: 'Delete these 2 leads' }));
    const dialog = screen.getByRole('alertdialog');
    expect(dialog).toHaveTextContent('Delete 2 leads and everything about them? This cannot be undone.');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(erased).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Delete these 2 leads' }));
    await user.click(screen.getByRole('button', { name: 'Yes, delete them' }));
    expect(erased).toEqual([['a', 'b']]);
    const status = await screen.findByRole('status');
    expect(status).toHaveTextContent('Leads: 2');
    expect(status).toHaveTextContent('Activities: 5');
  });

  it('says when nothing is past the period', () => {
    setup({ months: 6, auto: true }, []);
    expect(screen.getByText('No lead has been untouched that long.')).toBeVisible();
    expect(screen.queryByRole('button', { name: /Delete these/ })).toBeNull();
  });

  it('warns that automatic deletion will take the listed leads', () => {
    setup({ months: 6, auto: true });
    expect(screen.getByText(/Automatic deletion is on/)).toBeVisible();
  });
});
