import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { getDatabase } from '@/lib/db/database';
import type { ColumnMapping } from '@/lib/io/columnMapping';
import { inspectCsvFile } from '@/lib/io/dataActions';
import { storedLead } from '@/test/unit/leadFixtures';
import { type DataActions, DataPanel } from './DataPanel';

function setup(overrides: Partial<DataActions> = {}) {
  const calls: string[] = [];
  const mappings: ColumnMapping[] = [];
  const actions: DataActions = {
    inspectCsv: inspectCsvFile,
    importCsv: async (_, mapping, onProgress) => {
      mappings.push(mapping);
      onProgress(0.5);
      onProgress(1);
      return { ok: true, created: 3, updated: 1, merged: 0 };
    },
    exportCsv: async (format) => void calls.push(`export ${format}`),
    backup: async () => void calls.push('backup'),
    restore: async () => ({ ok: true }),
    exportPerson: async (id) => void calls.push(`person ${id}`),
    erasePerson: async (id) => {
      calls.push(`erase ${id}`);
      return { leads: 1, activities: 2, answers: 1, captures: 1, outcomes: 1, notes: 1 };
    },
    ...overrides,
  };
  render(<DataPanel {...actions} />);
  return { calls, mappings };
}

const HUBSPOT = [
  'First Name,Last Name,Email,Country/Region,Notes',
  'Ana,Popescu,Ana@Firma.ro,Romania,Head of Sales',
  'Jan,de Vries,not-an-email,NL,CTO',
  ...Array.from({ length: 8 }, (_, i) => `P${i},Q,p${i}@x.se,SE,Engineer`),
].join('\n');
const csv = (text = HUBSPOT) => new File([text], 'leads.csv', { type: 'text/csv' });

describe('DataPanel CSV import', () => {
  it('shows the detected columns and a preview, imports through the mapping the user chose', async () => {
    const user = userEvent.setup();
    const { mappings } = setup();
    await user.upload(screen.getByLabelText(/CSV file/), csv());
    expect(await screen.findByText(/Columns recognized as a HubSpot export/)).toBeVisible();
    const preview = screen.getByRole('table', { name: 'Preview: the first 5 rows as they will be imported' });
    const rows = within(preview).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(5);
    expect(rows[0]).toHaveTextContent('2Ana Popescuana@firma.roRO');
    expect(rows[1]).toHaveTextContent('3Email: "not-an-email" is not an email address');

    await user.selectOptions(screen.getByRole('combobox', { name: /“Notes”/ }), 'Job title');
    expect(
      within(preview)
        .getAllByRole('columnheader')
        .map((th) => th.textContent),
    ).toContain('Job title');
    expect(within(preview).getAllByRole('row')[1]).toHaveTextContent('Head of Sales');

    await user.click(screen.getByRole('button', { name: 'Import leads.csv' }));
    expect(await screen.findByText('Imported: 3 new leads, 1 updated, 0 duplicate rows merged.')).toBeVisible();
    expect(mappings).toEqual([['firstName', 'lastName', 'email', 'country', 'title']]);
    // Done: the mapping makes way for the next file.
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('will not import through a mapping without a name or an email, and says why', async () => {
    const user = userEvent.setup();
    setup();
    await user.upload(screen.getByLabelText(/CSV file/), csv('Email,Notes\na@b.se,x\n'));
    await user.selectOptions(await screen.findByRole('combobox', { name: /“Email”/ }), 'Do not import');
    expect(screen.getByText('map a column to the name or the email: a lead needs one of them')).toBeVisible();
    expect(screen.getByRole('button', { name: 'Import leads.csv' })).toBeDisabled();
  });

  it('lists the first 100 refused rows with their lines, and how many more', async () => {
    const user = userEvent.setup();
    const errors = Array.from({ length: 150 }, (_, i) => ({
      line: i + 2,
      column: 'Email',
      message: `"bad${i}" is not an email address`,
    }));
    setup({ importCsv: async () => ({ ok: false, errors: [{ line: 7, message: 'no name or email' }, ...errors] }) });
    await user.upload(screen.getByLabelText(/CSV file/), csv());
    await user.click(await screen.findByRole('button', { name: 'Import leads.csv' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Nothing was imported: 151 problem(s) to fix first.');
    const items = within(alert).getAllByRole('listitem');
    expect(items).toHaveLength(100);
    expect(items.slice(0, 2).map((li) => li.textContent)).toEqual([
      'Line 7: no name or email',
      'Line 2 (Email): "bad0" is not an email address',
    ]);
    expect(alert).toHaveTextContent('…and 51 more problem(s).');
    // The mapping stays, to fix the file or the mapping and try again.
    expect(screen.getByRole('button', { name: 'Import leads.csv' })).toBeEnabled();
  });

  it('reports a file it cannot read', async () => {
    const user = userEvent.setup();
    setup();
    await user.upload(screen.getByLabelText(/CSV file/), csv(''));
    expect(await screen.findByRole('alert')).toHaveTextContent('Line 1: the file is empty');
  });
});

describe('DataPanel export, backup and restore', () => {
  it('exports in the chosen format and downloads a backup', async () => {
    const user = userEvent.setup();
    const { calls } = setup();
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

describe('DataPanel person (GDPR)', () => {
  beforeEach(async () => {
    const db = getDatabase();
    await Promise.all(db.tables.map((table) => table.clear()));
    await db.leads.bulkAdd([storedLead({ id: 'ana' }), storedLead({ id: 'jan', name: 'Jan de Vries' })]);
  });

  it('finds a person, exports them, and erases them after a confirmation, showing what was removed', async () => {
    const user = userEvent.setup();
    const { calls } = setup();
    await user.type(screen.getByRole('combobox', { name: 'Search leads' }), 'vries');
    await user.click(await screen.findByRole('option', { name: /Jan de Vries/ }));
    expect(await screen.findByText('Chosen: Jan de Vries')).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Export everything about this person' }));

    await user.click(screen.getByRole('button', { name: 'Erase this person everywhere' }));
    const dialog = screen.getByRole('alertdialog');
    expect(dialog).toHaveTextContent(/This cannot be undone/);
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(calls).toEqual(['person jan']);

    await user.click(screen.getByRole('button', { name: 'Erase this person everywhere' }));
    await user.click(screen.getByRole('button', { name: 'Yes, erase everything about this person' }));
    expect(calls).toEqual(['person jan', 'erase jan']);
    const status = await screen.findByRole('status');
    expect(status).toHaveTextContent('Erased from every table.');
    expect(
      within(status)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'Leads: 1',
      'Activities: 2',
      'Checklist answers: 1',
      'Outcomes: 1',
      'Captured pages: 1',
      'Call notes: 1',
    ]);
    expect(screen.queryByText('Chosen: Jan de Vries')).toBeNull();
  });
});

describe('DataPanel import failure', () => {
  it('says so when the import stops outright, and lets the user try again', async () => {
    const user = userEvent.setup();
    setup({
      importCsv: async () => {
        throw new Error('the file could not be read');
      },
    });
    await user.upload(screen.getByLabelText(/CSV file/), csv());
    await user.click(await screen.findByRole('button', { name: 'Import leads.csv' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The import stopped, nothing was imported: the file could not be read',
    );
    expect(screen.queryByRole('status')).toBeNull();
    expect(screen.getByRole('button', { name: 'Import leads.csv' })).toBeEnabled();
  });
});
