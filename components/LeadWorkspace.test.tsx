import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { NoteRecord } from '@/lib/db/records';
import { type Answer, bant, evaluateFramework, FRAMEWORKS, nextBestQuestion } from '@/lib/qualification';
import { storedLead } from '@/test/unit/leadFixtures';
import { LeadWorkspace, type WorkspaceActions } from './LeadWorkspace';

const now = new Date('2026-11-23T12:00:00Z');
const DAY = 86_400_000;

function qualificationOf(answers: Answer[]) {
  return {
    evaluation: evaluateFramework(bant, answers, now),
    next: nextBestQuestion(bant, answers, now),
    frameworks: [...FRAMEWORKS],
  };
}

function setup(answers: Answer[] = [], call: NoteRecord | null = null) {
  const calls: string[] = [];
  const actions: WorkspaceActions = {
    onAnswer: async (item, status, answer) => void calls.push(`answer ${item} ${status} "${answer}"`),
    onFrameworkChange: (id) => void calls.push(`framework ${id}`),
    onStartCall: async () => void calls.push('start call'),
    onCallNotes: async (_, text) => void calls.push(`notes ${JSON.stringify(text)}`),
    onEndCall: async () => void calls.push('end call'),
    onOutcome: async (o) => void calls.push(`outcome ${JSON.stringify(o)}`),
  };
  render(
    <LeadWorkspace lead={storedLead()} qualification={qualificationOf(answers)} call={call} now={now} {...actions} />,
  );
  return calls;
}

describe('qualification checklist', () => {
  it('shows every BANT item with its question, the rule and what to ask next', () => {
    setup();
    const region = screen.getByRole('region', { name: 'Qualification' });
    expect(
      within(region)
        .getAllByRole('group')
        .map((g) => g.querySelector('legend')?.textContent),
    ).toEqual(['B Budget', 'A Authority', 'N Need · required', 'T Timeline']);
    expect(within(region).getByText(/Ask next:/).parentElement).toHaveTextContent(bant.items[2]?.question ?? '');
  });

  it('saves a status at once and the buyer’s words as the rep types', async () => {
    const user = userEvent.setup();
    const calls = setup();
    await user.click(within(screen.getByRole('group', { name: /Budget/ })).getByRole('radio', { name: 'Met' }));
    expect(calls).toEqual(['answer budget met ""']);
    await user.type(screen.getByRole('textbox', { name: /Answer for Budget/ }), '50k EUR');
    await waitFor(() => expect(calls.at(-1)).toBe('answer budget unknown "50k EUR"'), { timeout: 2000 });
  });

  it('records how sure the rep is about an answer', async () => {
    const user = userEvent.setup();
    const saved: (number | undefined)[] = [];
    render(
      <LeadWorkspace
        lead={storedLead()}
        qualification={qualificationOf([
          { itemId: 'need', status: 'met', answer: 'Excel breaks', answeredAt: now.getTime() },
        ])}
        call={null}
        now={now}
        onAnswer={async (_item, _status, _answer, confidence) => void saved.push(confidence)}
        onFrameworkChange={() => {}}
        onStartCall={async () => {}}
        onCallNotes={async () => {}}
        onEndCall={async () => {}}
        onOutcome={async () => {}}
      />,
    );
    await user.selectOptions(
      within(screen.getByRole('group', { name: /Need/ })).getByRole('combobox', { name: 'Confidence' }),
      'high',
    );
    expect(saved).toEqual([1]);
  });

  it('marks an answer older than 90 days as stale, to re-confirm', () => {
    setup([{ itemId: 'budget', status: 'met', answer: 'approved', answeredAt: now.getTime() - 120 * DAY }]);
    expect(
      within(screen.getByRole('group', { name: /Budget/ })).getByText(/Answered 4 months ago: re-confirm/),
    ).toBeVisible();
  });

  it('says when the lead is qualified', () => {
    const at = now.getTime();
    setup([
      { itemId: 'budget', status: 'met', answer: '', answeredAt: at },
      { itemId: 'need', status: 'met', answer: '', answeredAt: at },
      { itemId: 'timeline', status: 'met', answer: '', answeredAt: at },
    ]);
    expect(screen.getByText(/^BANT met/)).toHaveClass('qualified');
  });

  it('starts a call with one key, but not while typing', async () => {
    const user = userEvent.setup();
    const calls = setup();
    await user.type(screen.getByRole('textbox', { name: /Answer for Need/ }), 'c');
    expect(calls).not.toContain('start call');
    await user.click(document.body);
    await user.keyboard('c');
    expect(calls).toContain('start call');
  });
});

describe('call mode', () => {
  const call: NoteRecord = {
    id: 'c1',
    leadId: 'lead-ana',
    kind: 'call',
    text: '[00:00] ',
    startedAt: Date.now(),
    updatedAt: 0,
  };

  it('runs the checklist from the keyboard: letter, status digit, Enter to edit, Esc back', async () => {
    const user = userEvent.setup();
    const calls = setup([], call);
    expect(screen.getByRole('timer', { name: 'Call time' })).toHaveTextContent(/^00:0\d$/);
    await user.keyboard('n');
    expect(screen.getByRole('group', { name: /Need/ })).toHaveFocus();
    await user.keyboard('1');
    expect(calls).toContain('answer need met ""');
    await user.keyboard('b2');
    expect(calls).toContain('answer budget partly ""');
    await user.keyboard('{Enter}');
    expect(screen.getByRole('textbox', { name: /Answer for Budget/ })).toHaveFocus();
    await user.keyboard('Q3 budget{Escape}');
    expect(screen.getByRole('group', { name: /Budget/ })).toHaveFocus();
    await waitFor(() => expect(calls).toContain('answer budget unknown "Q3 budget"'), { timeout: 2000 });
  });

  it('stamps each new line of the notes with the call time and saves them', async () => {
    const user = userEvent.setup();
    const calls = setup([], call);
    const notes = screen.getByRole('textbox', { name: 'Call notes' });
    await user.click(notes);
    await user.keyboard('{End}Budget approved{Enter}Needs SSO');
    expect((notes as HTMLTextAreaElement).value).toMatch(/^\[00:00\] Budget approved\n\[00:0\d\] Needs SSO$/);
    await waitFor(() => expect(calls.at(-1)).toBe(`notes ${JSON.stringify((notes as HTMLTextAreaElement).value)}`), {
      timeout: 2000,
    });
    await user.click(screen.getByRole('button', { name: 'End call and log it' }));
    expect(calls.at(-1)).toBe('end call');
  });

  it('saves typed notes when the panel closes before the debounce', async () => {
    const user = userEvent.setup();
    const calls: string[] = [];
    const { unmount } = render(
      <LeadWorkspace
        lead={storedLead()}
        qualification={qualificationOf([])}
        call={call}
        now={now}
        onAnswer={async () => {}}
        onFrameworkChange={() => {}}
        onStartCall={async () => {}}
        onCallNotes={async (_, text) => void calls.push(text)}
        onEndCall={async () => {}}
        onOutcome={async () => {}}
      />,
    );
    await user.type(screen.getByRole('textbox', { name: 'Call notes' }), 'x');
    act(() => unmount());
    expect(calls).toEqual(['[00:00] x']);
  });
});

describe('outcomes', () => {
  it('records won at once; lost only with a reason; nurture with a revisit date', async () => {
    const user = userEvent.setup();
    const calls = setup();
    const outcome = screen.getByRole('region', { name: 'Outcome' });
    await user.click(within(outcome).getByRole('button', { name: 'Won' }));
    expect(calls.at(-1)).toBe('outcome {"outcome":"won"}');

    await user.click(within(outcome).getByRole('button', { name: 'Lost' }));
    expect(within(outcome).getByRole('button', { name: 'Record Lost' })).toBeDisabled();
    await user.type(within(outcome).getByRole('textbox', { name: 'Reason' }), 'Chose a competitor{Enter}');
    expect(calls.at(-1)).toBe('outcome {"outcome":"lost","reason":"Chose a competitor"}');

    await user.click(within(outcome).getByRole('button', { name: 'Nurture' }));
    await user.type(within(outcome).getByLabelText('Revisit on'), '2027-03-01');
    await user.click(within(outcome).getByRole('button', { name: 'Record Nurture' }));
    expect(JSON.parse(calls.at(-1)?.replace('outcome ', '') ?? '{}')).toEqual({
      outcome: 'nurture',
      revisitAt: new Date('2027-03-01T09:00:00').getTime(),
    });
  });
});
