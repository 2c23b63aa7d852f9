import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { TabState } from '@/lib/messaging/tabState';
import { storedLead } from '@/test/unit/leadFixtures';
import { CaptureProblem } from './CaptureProblem';
import { EmptyState } from './EmptyState';

describe('EmptyState', () => {
  it('says what to do and lists recent leads with their stage; a click picks one', async () => {
    const picked: string[] = [];
    render(
      <EmptyState
        recent={[storedLead(), storedLead({ id: 'b', name: 'Jan de Vries', company: undefined, stage: 'lead' })]}
        hot={[]}
        followUps={[]}
        onPick={(id) => picked.push(id)}
      />,
    );
    expect(screen.getByRole('heading', { name: 'No lead on this tab' })).toBeVisible();
    expect(screen.getByText(/Open a LinkedIn profile/)).toBeVisible();
    expect(screen.getByText('Jan de Vries')).toBeVisible();
    expect(screen.getAllByRole('status', { name: /^Stage/ }).map((s) => s.textContent)).toEqual(['MQL', 'Lead']);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Jan de Vries' }));
    expect(picked).toEqual(['b']);
  });

  it('shows no recent list for a new user', () => {
    render(<EmptyState recent={[]} hot={[]} followUps={[]} onPick={() => {}} />);
    expect(screen.queryByRole('heading', { name: 'Recent leads' })).toBeNull();
  });
});

describe('CaptureProblem', () => {
  const base: TabState = {
    url: 'https://www.linkedin.com/in/x/',
    site: 'linkedin',
    kind: 'authwall',
    leadId: null,
    fields: {},
    updatedLeadIds: [],
    problem: 'page is authwall',
    diagnostics: [],
    at: 0,
  };

  it.each<[TabState['kind'], RegExp]>([
    ['authwall', /asks you to sign in/],
    ['not-found', /profile does not exist/],
    ['blocked', /redirect page/],
    ['unsupported', /does not show a person/],
    ['profile', /did not show a name/],
  ])('explains a %s page', (kind, text) => {
    render(<CaptureProblem state={{ ...base, kind }} />);
    expect(screen.getByRole('heading', { name: 'Nothing captured on this page' })).toBeVisible();
    expect(screen.getByText(text)).toBeVisible();
  });

  it('shows what a failed profile page did show, field by field', () => {
    const diagnostics = [
      { field: 'title', strategy: 'og-title' },
      { field: 'name', strategy: 'not-found' },
    ];
    render(
      <CaptureProblem
        state={{
          ...base,
          kind: 'profile',
          problem: 'no name found on the page',
          fields: { title: 'CFO' },
          diagnostics,
        }}
      />,
    );
    expect(screen.getByText('Reason: no name found on the page')).toBeInTheDocument();
    const rows = screen.getAllByRole('row').map((r) => r.textContent);
    expect(rows).toContain('TitleCFOog-title');
    expect(rows).toContain('Namenot found');
  });
});
