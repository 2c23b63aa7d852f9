import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ActivityRecord } from '@/lib/db/records';
import { ActivityTimeline } from './ActivityTimeline';

const at = Date.UTC(2026, 10, 20, 9, 30);
const activity = (i: number, type: string, detail?: string): ActivityRecord => ({
  id: `a${i}`,
  leadId: 'l1',
  type,
  at: at - i * 3_600_000,
  source: i % 2 ? 'hubspot' : 'linkedin',
  dedupeKey: `k${i}`,
  ...(detail ? { detail } : {}),
});

describe('ActivityTimeline', () => {
  it('lists each activity with its date, type, source and detail, in the order given (newest first)', () => {
    render(
      <ActivityTimeline
        activities={[activity(0, 'pricing-page-visit', '/pricing?plan=team'), activity(1, 'email-open')]}
        total={2}
        onShowMore={() => {}}
      />,
    );
    const rows = within(screen.getByRole('table')).getAllByRole('row').slice(1);
    expect(
      rows.map((r) =>
        within(r)
          .getAllByRole('cell')
          .slice(1)
          .map((c) => c.textContent),
      ),
    ).toEqual([
      ['pricing page visit', 'linkedin', '/pricing?plan=team'],
      ['email open', 'hubspot', ''],
    ]);
    expect(
      within(rows[0] as HTMLElement)
        .getByRole('cell', { name: /2026/ })
        .querySelector('time'),
    ).toHaveAttribute('datetime', new Date(at).toISOString());
    expect(screen.queryByRole('button', { name: 'Show more' })).not.toBeInTheDocument();
  });

  it('offers the next page while some are not shown', async () => {
    const user = userEvent.setup();
    const more = vi.fn();
    render(<ActivityTimeline activities={[activity(0, 'call')]} total={120} onShowMore={more} />);
    expect(screen.getByText('Showing 1 of 120, newest first')).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Show more' }));
    expect(more).toHaveBeenCalledOnce();
  });

  it('says when there is nothing yet', () => {
    render(<ActivityTimeline activities={[]} total={0} onShowMore={() => {}} />);
    expect(screen.getByText('No activities yet.')).toBeVisible();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });
});
