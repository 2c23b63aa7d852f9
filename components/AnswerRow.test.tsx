import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { getDatabase } from '@/lib/db/database';
import { saveAnswer } from '@/lib/db/qualification';
import type { LeadRecord } from '@/lib/db/records';
import { useQualification } from '@/lib/hooks/useQualification';
import { setLanguage } from '@/lib/i18n';
import { storedLead } from '@/test/unit/leadFixtures';
import { QualificationChecklist } from './QualificationChecklist';

/**
 * Two windows (two side panels, or a panel and a dashboard) on the same lead, both live on the
 * same database, both saving answers the way the panel does. Window "A" stays unfocused; the rep
 * types in window "B". The other window's saves are written straight to the database, as the
 * background would write them.
 */
const now = new Date('2026-11-23T12:00:00Z');
const lead: LeadRecord = storedLead({ id: 'ana' });

function Window({ name }: { name: string }) {
  const qualification = useQualification(lead, now);
  return (
    <section aria-label={name}>
      {qualification && (
        <QualificationChecklist
          qualification={qualification}
          now={now}
          onAnswer={async (itemId, status, answer, confidence) => {
            await saveAnswer(getDatabase(), { leadId: lead.id, itemId, status, answer, confidence }, now);
          }}
          onFrameworkChange={() => {}}
        />
      )}
    </section>
  );
}

const otherWindowSaves = (itemId: string, answer: string) =>
  act(() => saveAnswer(getDatabase(), { leadId: lead.id, itemId, status: 'met', answer }, now).then(() => {}));

const stored = async (itemId: string) => (await getDatabase().answers.get(`ana:bant:${itemId}`))?.answer;

function budgetIn(name: string) {
  const row = within(screen.getByRole('region', { name })).getByRole('group', { name: /Budget/ });
  return { row, input: within(row).getByRole('textbox', { name: /Answer for Budget/ }) };
}

beforeEach(async () => {
  setLanguage('en');
  await getDatabase().leads.put(lead);
  render(
    <>
      <Window name="A" />
      <Window name="B" />
    </>,
  );
  await screen.findAllByRole('group', { name: /Budget/ });
});
afterEach(async () => {
  setLanguage(null);
  await Promise.all(getDatabase().tables.map((table) => table.clear()));
});

describe('two windows editing the same lead', () => {
  it('keeps both edits when they are to different items', async () => {
    const user = userEvent.setup();
    await user.type(budgetIn('B').input, '60k approved');
    await otherWindowSaves('need', 'Replacing spreadsheets');
    await waitFor(async () => expect(await stored('budget')).toBe('60k approved'), { timeout: 2000 });
    expect(await stored('need')).toBe('Replacing spreadsheets');
    for (const name of ['A', 'B']) {
      const region = screen.getByRole('region', { name });
      await waitFor(() =>
        expect(within(region).getByRole('textbox', { name: /Answer for Need/ })).toHaveValue('Replacing spreadsheets'),
      );
    }
    expect(screen.queryByText(/Changed in another window/)).toBeNull();
  });

  it('never overwrites what the rep is typing: the later save wins and both windows say so', async () => {
    const user = userEvent.setup();
    const b = budgetIn('B');
    await user.type(b.input, '60k approved');
    // Window A saves the same item before B's typing is saved.
    await otherWindowSaves('budget', '50k from the CFO');
    expect(await within(b.row).findByRole('status')).toHaveTextContent('Changed in another window: 50k from the CFO');
    expect(b.input).toHaveValue('60k approved');
    await waitFor(() => expect(budgetIn('A').input).toHaveValue('50k from the CFO'));

    // B's save lands later and wins; A, not being typed in, follows and tells its user what replaced its text.
    await waitFor(async () => expect(await stored('budget')).toBe('60k approved'), { timeout: 2000 });
    const a = budgetIn('A');
    await waitFor(() => expect(a.input).toHaveValue('60k approved'));
    expect(await within(a.row).findByRole('status')).toHaveTextContent('Changed in another window: 60k approved');
    await user.click(within(a.row).getByRole('button', { name: 'Got it' }));
    expect(within(a.row).queryByRole('status')).toBeNull();
  });

  it('lets the rep take the other window’s answer instead', async () => {
    const user = userEvent.setup();
    const b = budgetIn('B');
    await user.type(b.input, 'maybe 60k');
    await otherWindowSaves('budget', '50k from the CFO');
    await user.click(await within(b.row).findByRole('button', { name: 'Use that one' }));
    expect(b.input).toHaveValue('50k from the CFO');
    expect(within(b.row).queryByRole('status')).toBeNull();
    // Nothing of "maybe 60k" is stored once B's pending save has run.
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(await stored('budget')).toBe('50k from the CFO');
  });

  it('shows no notice for the window’s own saves', async () => {
    const user = userEvent.setup();
    await user.type(budgetIn('B').input, '60k approved');
    await waitFor(async () => expect(await stored('budget')).toBe('60k approved'), { timeout: 2000 });
    await waitFor(() => expect(budgetIn('A').input).toHaveValue('60k approved'));
    expect(within(budgetIn('B').row).queryByRole('status')).toBeNull();
    // A had no text of its own: it just shows the answer.
    expect(within(budgetIn('A').row).queryByRole('status')).toBeNull();
  });
});
