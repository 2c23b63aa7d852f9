import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ColumnMapping } from '@/lib/io/columnMapping';
import { ColumnMapper } from './ColumnMapper';

function setup(mapping: ColumnMapping, preset: 'hubspot' | null = 'hubspot') {
  const changes: ColumnMapping[] = [];
  render(
    <ColumnMapper
      headers={['First Name', 'Email', 'Notes']}
      mapping={mapping}
      preset={preset}
      example={['Ana', 'ana@firma.ro', 'Met at a fair']}
      onChange={(m) => changes.push(m)}
    />,
  );
  return changes;
}

describe('ColumnMapper', () => {
  it('shows each column with its example and the detected field', () => {
    setup(['firstName', 'email', null]);
    expect(screen.getByText('Columns recognized as a HubSpot export. Check the field of each column.')).toBeVisible();
    expect(screen.getByRole('combobox', { name: 'LeadLens field for “First Name”' })).toHaveDisplayValue('First name');
    expect(screen.getByRole('combobox', { name: 'LeadLens field for “Email”' })).toHaveDisplayValue('Email');
    expect(screen.getByRole('combobox', { name: 'LeadLens field for “Notes”' })).toHaveDisplayValue('Do not import');
    expect(screen.getByRole('row', { name: /Notes Met at a fair/ })).toBeVisible();
  });

  it('says when no CRM format was recognized', () => {
    setup([null, null, null], null);
    expect(screen.getByText(/No CRM export format recognized/)).toBeVisible();
  });

  it.each<[string, string, ColumnMapping]>([
    ['maps an ignored column to a field', 'Job title', ['firstName', 'email', 'title']],
    ['moves a field taken by another column', 'Email', ['firstName', null, 'email']],
    ['ignores a column', 'Do not import', ['firstName', 'email', null]],
  ])('%s', async (_, option, expected) => {
    const user = userEvent.setup();
    const changes = setup(['firstName', 'email', null]);
    const select = screen.getByRole('combobox', { name: /“Notes”/ });
    await user.selectOptions(select, option);
    expect(changes.at(-1)).toEqual(expected);
  });
});
