import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { DatabaseProblemKind } from '@/lib/db/openProblem';
import { setLanguage } from '@/lib/i18n';
import { DatabaseProblem } from './DatabaseProblem';

describe('DatabaseProblem', () => {
  afterEach(() => setLanguage(null));

  it.each<[DatabaseProblemKind, RegExp]>([
    ['upgrade', /update was undone and your data left as it was/],
    ['blocked', /Close the other LeadLens tabs and panels, then reload/],
    ['version', /saved by a newer version of LeadLens/],
    ['other', /The browser refused to open the database/],
  ])('explains a %s problem, says the data is safe, and offers a reload', async (kind, explanation) => {
    setLanguage('en');
    const reloads: number[] = [];
    render(
      <DatabaseProblem problem={{ kind, detail: 'Error: cannot upgrade lead-150' }} onReload={() => reloads.push(1)} />,
    );
    const alert = screen.getByRole('alert', { name: 'LeadLens could not open its database' });
    expect(alert).toHaveTextContent('Your leads are still stored in this browser: nothing was changed or deleted.');
    expect(alert).toHaveTextContent(explanation);
    expect(alert).toHaveTextContent('Details: Error: cannot upgrade lead-150');
    await userEvent.setup().click(screen.getByRole('button', { name: 'Reload' }));
    expect(reloads).toHaveLength(1);
  });

  it('speaks the UI language', () => {
    setLanguage('pl');
    render(<DatabaseProblem problem={{ kind: 'blocked', detail: 'blocked' }} onReload={() => {}} />);
    expect(screen.getByRole('alert', { name: 'LeadLens nie może otworzyć swojej bazy danych' })).toBeVisible();
    expect(screen.getByRole('button', { name: 'Przeładuj' })).toBeVisible();
  });
});
