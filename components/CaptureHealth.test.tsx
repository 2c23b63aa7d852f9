import { render, screen } from '@testing-library/react';
import { CaptureHealth } from './CaptureHealth';

describe('CaptureHealth', () => {
  it('lists every person field with its value and strategy, and marks what is missing', () => {
    render(
      <CaptureHealth
        fields={{ name: 'Åsa Lindqvist', title: 'Försäljningschef', country: 'SE' }}
        diagnostics={[
          { field: 'name', strategy: 'json-ld' },
          { field: 'title', strategy: 'experience' },
          { field: 'country', strategy: 'location-text' },
          { field: 'company', strategy: 'not-found' },
        ]}
      />,
    );
    const rows = screen.getAllByRole('row').slice(1);
    const cells = rows.map((row) => [...row.children].map((c) => c.textContent));
    expect(cells).toEqual([
      ['Name', 'Åsa Lindqvist', 'json-ld'],
      ['Headline', 'not found', ''],
      ['Title', 'Försäljningschef', 'experience'],
      ['Company', 'not found', ''],
      ['Location', 'not found', ''],
      ['Country', 'SE', 'location-text'],
      ['LinkedIn URL', 'not found', ''],
    ]);
  });

  it('shows hostile captured text as text, never as markup', () => {
    const { container } = render(<CaptureHealth fields={{ name: '<img src=x onerror=alert(1)>' }} diagnostics={[]} />);
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByText('<img src=x onerror=alert(1)>')).toBeInTheDocument();
  });
});
