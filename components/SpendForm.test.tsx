import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { setLanguage } from '@/lib/i18n';
import type { SpendEntry } from '@/lib/reports/costPerMql';
import { SpendForm } from './SpendForm';

const entry: SpendEntry = { source: 'linkedin', from: '2026-11-01', to: '2026-11-30', amount: 1500, currency: 'EUR' };

function setup(entries: SpendEntry[] = [], onSave = vi.fn(async (_: SpendEntry[]) => {})) {
  render(<SpendForm entries={entries} sources={['linkedin', 'hubspot']} onSave={onSave} />);
  return { onSave, user: userEvent.setup() };
}

describe('SpendForm', () => {
  beforeEach(() => setLanguage('en'));
  afterEach(() => setLanguage(null));

  it('adds an entry to the list it was given', async () => {
    const { onSave, user } = setup([entry]);
    await user.type(screen.getByLabelText('Source'), 'HubSpot');
    await user.type(screen.getByLabelText('From'), '2026-11-01');
    await user.type(screen.getByLabelText('To'), '2026-11-15');
    await user.type(screen.getByLabelText('Amount'), '250.5');
    await user.click(screen.getByRole('button', { name: 'Add spend' }));
    expect(onSave).toHaveBeenCalledWith([
      entry,
      { source: 'hubspot', from: '2026-11-01', to: '2026-11-15', amount: 250.5, currency: 'EUR' },
    ]);
    expect(await screen.findByRole('status')).toHaveTextContent('Saved.');
    expect(screen.getByLabelText('Amount')).toHaveValue(null);
  });

  it('says what is wrong as the user types, and everything on submit', async () => {
    const { onSave, user } = setup();
    const currency = screen.getByLabelText('Currency');
    await user.clear(currency);
    await user.type(currency, 'eu');
    expect(currency).toHaveValue('EU');
    expect(currency).toHaveAccessibleDescription('Use a three-letter currency code like EUR.');
    // Untouched fields stay quiet until the user submits.
    expect(screen.getByLabelText('Amount')).toHaveAttribute('aria-invalid', 'false');

    await user.click(screen.getByRole('button', { name: 'Add spend' }));
    expect(onSave).not.toHaveBeenCalled();
    expect(screen.getByLabelText('Source')).toHaveAccessibleDescription('Name the source, like linkedin or hubspot.');
    expect(screen.getByLabelText('Amount')).toHaveAccessibleDescription('Enter an amount of 0 or more.');

    await user.type(screen.getByLabelText('From'), '2026-11-30');
    await user.type(screen.getByLabelText('To'), '2026-11-01');
    expect(screen.getByLabelText('To')).toHaveAccessibleDescription('The end must not be before the start.');
  });

  it('lists entries with their amount and removes one', async () => {
    const other = { ...entry, source: 'manual', amount: 20 };
    const { onSave, user } = setup([entry, other]);
    const table = screen.getByRole('table', { name: 'Spend entered' });
    expect(within(table).getByRole('rowheader', { name: 'LinkedIn' })).toBeVisible();
    expect(within(table).getByText('€1,500.00')).toBeVisible();
    await user.click(
      screen.getByRole('button', { name: 'Remove the spend on LinkedIn from 2026-11-01 to 2026-11-30' }),
    );
    expect(onSave).toHaveBeenCalledWith([other]);
  });

  it('says so when saving fails', async () => {
    const { user } = setup(
      [entry],
      vi.fn(async () => Promise.reject(new Error('quota exceeded'))),
    );
    await user.click(screen.getByRole('button', { name: /Remove the spend/ }));
    expect(await screen.findByRole('alert')).toHaveTextContent('The spend could not be saved: quota exceeded');
  });
});
