import { render, screen, within } from '@testing-library/react';
import { ImportPreview } from './ImportPreview';

describe('ImportPreview', () => {
  it('shows the rows as they will be stored, under the mapped fields only', () => {
    render(
      <ImportPreview
        mapping={['firstName', 'lastName', 'email', 'country', 'companySize', null]}
        rows={[
          {
            line: 2,
            lead: {
              line: 2,
              fields: {
                name: 'Ana Popescu',
                email: 'ana@firma.ro',
                country: 'RO',
                companySize: 51,
                companySizeBand: '51-200',
              },
            },
          },
          { line: 4, lead: { line: 4, fields: { email: 'jan@acme.nl', companySize: 1200 } } },
        ]}
      />,
    );
    const table = screen.getByRole('table', { name: 'Preview: the first 2 rows as they will be imported' });
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((th) => th.textContent);
    expect(headers).toEqual(['Line', 'Full name', 'Email', 'Country', 'Company size (employees)']);
    const rows = within(table).getAllByRole('row').slice(1);
    expect(
      rows.map((r) =>
        within(r)
          .getAllByRole('cell')
          .map((c) => c.textContent),
      ),
    ).toEqual([
      ['Ana Popescu', 'ana@firma.ro', 'RO', '51-200'],
      ['', 'jan@acme.nl', '', '1200'],
    ]);
    expect(within(rows[1] as HTMLElement).getByRole('rowheader')).toHaveTextContent('4');
  });

  it('shows a row that would be refused with its problems instead', () => {
    render(
      <ImportPreview
        mapping={['email', 'stage']}
        rows={[
          {
            line: 3,
            errors: [
              { line: 3, column: 'Email', message: '"x" is not an email address' },
              { line: 3, message: 'the row has 3 cells, the header has 2' },
            ],
          },
        ]}
      />,
    );
    const row = screen.getAllByRole('row')[1] as HTMLElement;
    expect(within(row).getByRole('cell')).toHaveTextContent(
      'Email: "x" is not an email address; the row has 3 cells, the header has 2',
    );
    expect(row).toHaveClass('problem');
  });
});
