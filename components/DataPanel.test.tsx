import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { type DataActions, DataPanel } from './DataPanel';

function setup(overrides: Partial<DataActions> = {}) {
  const calls: string[] = [];
  const actions: DataActions = {
    importCsv: async (_, onProgress) => {
      onProgress(1);
      return { ok: true, created: 3, updated: 1, merged: 0, preset: 'hubspot' };
    },
    exportCsv: async (format) => void calls.push(`export ${format}`),
    backup: async () => void calls.push('backup'),
    restore: async () => ({ ok: true }),
    exportPerson: async (id) => void calls.push(`person ${id}`),
    erasePerson: async (id) => void calls.push(`erase ${id}`),
    ...overrides,
  };
  render(<DataPanel {...actions} />);
  return calls;
}

const csv = () => new File(['x'], 'leads.csv', { type: 'text/csv' });

describe('DataPanel', () => {
  it('imports a CSV and says what changed', async () => {
    const user = userEvent.setup();
    setup();
    await user.upload(screen.getByLabelText(/CSV file/), csv());
    expect(await screen.findByText('Imported: 3 new leads, 1 updated, 0 duplicate rows merged.')).toBeVisible();
  });

  it('lists every refused row with its line and imports nothing', async () => {
    const user = userEvent.setup();
    setup({
      importCsv: async () => ({
        ok: false,
        errors: [
          { line: 3, column: 'Email', message: 'not an email address: "not-an-email"' },
          { line: 4, message: 'no name or email' },
        ],
      }),
    });
    await user.upload(screen.getByLabelText(/CSV file/), csv());
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Nothing was imported: 2 problem(s) to fix first.');
    expect(
      within(alert)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Line 3 (Email): not an email address: "not-an-email"', 'Line 4: no name or email']);
  });

  it('exports in the chosen format and downloads a backup', async () => {
    const user = userEvent.setup();
    const calls = setup();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Format' }), 'Pipedrive');
    await user.click(screen.getByRole('button', { name: 'Download CSV' }));
    await user.click(screen.getByRole('button', { name: /full backup/ }));
    expect(calls).toEqual(['export pipedrive', 'backup']);
  });

  it('restores only after the user confirms it replaces everything, and shows why a file is refused', async () => {
    const user = userEvent.setup();
    setup({
      restore: async () => ({ ok: false, errors: [{ path: 'tables.leads[2].stage', message: 'Invalid option' }] }),
    });
    const input = screen.getByLabelText('Backup file');
    expect(input).toBeDisabled();
    await user.click(screen.getByRole('checkbox', { name: /replaces everything/ }));
    await user.upload(input, new File(['{}'], 'backup.json'));
    expect(await screen.findByRole('alert')).toHaveTextContent('tables.leads[2].stage: Invalid option');
  });
});
