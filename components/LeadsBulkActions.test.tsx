import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { type BulkActions, LeadsBulkActions } from './LeadsBulkActions';

function setup(overrides: Partial<BulkActions> = {}) {
  const calls: string[] = [];
  const actions: BulkActions = {
    setStage: async (stage, reason) => {
      calls.push(`stage ${stage} "${reason}"`);
      return 1200;
    },
    addTag: async (tag) => {
      calls.push(`add ${tag}`);
      return 3;
    },
    removeTag: async (tag) => {
      calls.push(`remove ${tag}`);
      return 2;
    },
    exportCsv: async (format) => {
      calls.push(`export ${format}`);
      return 1200;
    },
    erase: async () => {
      calls.push('erase');
      return 1200;
    },
    ...overrides,
  };
  render(
    <LeadsBulkActions count={1200} knownTags={['vip']} onClearSelection={() => calls.push('clear')} {...actions} />,
  );
  return calls;
}

describe('LeadsBulkActions', () => {
  it('says how many are selected and clears the selection', async () => {
    const user = userEvent.setup();
    const calls = setup();
    expect(screen.getByRole('region', { name: 'Bulk actions' })).toHaveTextContent('1,200 selected');
    await user.click(screen.getByRole('button', { name: 'Clear selection' }));
    expect(calls).toEqual(['clear']);
  });

  it('changes the stage only with a reason, then says how many changed', async () => {
    const user = userEvent.setup();
    const calls = setup();
    const apply = screen.getByRole('button', { name: 'Change stage' });
    expect(apply).toBeDisabled();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Change stage to' }), 'SQL');
    await user.type(screen.getByRole('textbox', { name: 'Reason' }), '  Budget confirmed at the fair ');
    await user.click(apply);
    expect(calls).toEqual(['stage sql "Budget confirmed at the fair"']);
    expect(await screen.findByRole('status')).toHaveTextContent('Stage changed on 1,200 leads.');
  });

  it('adds and removes a typed tag', async () => {
    const user = userEvent.setup();
    const calls = setup();
    await user.type(screen.getByRole('combobox', { name: 'Tag' }), 'q4');
    await user.click(screen.getByRole('button', { name: 'Add tag' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Tag changed on 3 leads.');
    await user.click(screen.getByRole('button', { name: 'Remove tag' }));
    expect(await screen.findByText('Tag changed on 2 leads.')).toBeVisible();
    expect(calls).toEqual(['add q4', 'remove q4']);
  });

  it('exports the selection in the chosen CRM format', async () => {
    const user = userEvent.setup();
    const calls = setup();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Format' }), 'Salesforce');
    await user.click(screen.getByRole('button', { name: 'Export CSV' }));
    expect(calls).toEqual(['export salesforce']);
    expect(await screen.findByText('Exported 1,200 leads.')).toBeVisible();
  });

  it.each([
    [false, []],
    [true, ['erase']],
  ])('erases only after the confirm (confirmed: %s)', async (confirmed, expected) => {
    const user = userEvent.setup();
    const calls = setup();
    const confirm = vi.spyOn(window, 'confirm').mockReturnValue(confirmed);
    await user.click(screen.getByRole('button', { name: 'Erase everywhere' }));
    expect(confirm).toHaveBeenCalledWith(expect.stringContaining('Erase 1,200 leads and everything about them'));
    expect(calls).toEqual(expected);
    confirm.mockRestore();
  });

  it('reports a failure as an alert', async () => {
    const user = userEvent.setup();
    setup({ addTag: async () => Promise.reject(new Error('tag too long')) });
    await user.type(screen.getByRole('combobox', { name: 'Tag' }), 'x');
    await user.click(screen.getByRole('button', { name: 'Add tag' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('That did not work: tag too long');
  });
});
