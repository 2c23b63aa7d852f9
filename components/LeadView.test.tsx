import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ScoreResult } from '@/lib/scoring';
import { storedLead } from '@/test/unit/leadFixtures';
import { LeadView } from './LeadView';

const now = new Date('2026-11-23T12:00:00Z');
const explanation = {
  fit: 70,
  engagement: 35,
  total: 105,
  grade: 'A',
  level: 2,
  cell: 'A2',
  stage: 'mql',
  knockouts: [],
  contributions: [
    { ruleId: 'seniority-director', kind: 'fit', label: 'Director title', points: 20, evidence: 'Director vânzări' },
    { ruleId: 'free-email', kind: 'fit', label: 'Free email', points: -5, evidence: 'gmail.com' },
    {
      ruleId: 'pricing-page-visit',
      kind: 'engagement',
      label: 'Pricing page visit',
      points: 35,
      decayedFrom: 50,
      at: '2026-11-11T12:00:00.000Z',
      evidence: 'pricing-page-visit on 2026-11-11',
    },
  ],
} as unknown as ScoreResult;

describe('LeadView', () => {
  it('shows who the lead is, the badge as text, the score and its reasons', () => {
    render(<LeadView lead={storedLead()} explanation={explanation} now={now} onStageChange={async () => {}} />);
    expect(screen.getByRole('heading', { level: 1, name: 'Ana Popescu' })).toBeVisible();
    expect(screen.getByText('Director vânzări · Carpathia Software')).toBeVisible();
    expect(screen.getByText('Cluj-Napoca, Romania')).toBeVisible();
    expect(screen.getByRole('status', { name: 'Stage: MQL' })).toHaveTextContent('MQL');
    const score = screen.getByRole('region', { name: 'Score' });
    expect(within(score).getByText('A2')).toBeVisible();
    expect(within(score).getByText('105')).toBeVisible();
    expect(within(score).getByText('Director title').nextSibling).toHaveTextContent('+20');
    expect(within(score).getByText('Free email').nextSibling).toHaveTextContent('-5');
    const decayed = within(score).getByText('Pricing page visit').closest('li');
    expect(decayed).toHaveTextContent('Pricing page visit · 12 days ago+35 (was +50)');
  });

  it('lists stage changes newest first with their cause and reason', () => {
    render(<LeadView lead={storedLead()} explanation={explanation} now={now} onStageChange={async () => {}} />);
    const items = within(screen.getByRole('region', { name: 'Stage history' })).getAllByRole('listitem');
    expect(items.map((li) => li.textContent)).toEqual([
      expect.stringMatching(/MQL · score · fit 70, engagement 35$/),
      expect.stringMatching(/Lead · captured$/),
    ]);
  });

  it('states knock-outs plainly', () => {
    const knocked = {
      ...explanation,
      stage: 'disqualified',
      knockouts: [{ ruleId: 'student', reason: 'Students are not buyers' }],
    };
    render(
      <LeadView
        lead={storedLead({ stage: 'disqualified' })}
        explanation={knocked as unknown as ScoreResult}
        now={now}
        onStageChange={async () => {}}
      />,
    );
    expect(screen.getByText('Disqualified: Students are not buyers')).toBeVisible();
    expect(screen.getByRole('status', { name: 'Stage: Disqualified' })).toBeVisible();
  });

  it('says so when a lead is not scored yet', () => {
    render(
      <LeadView
        lead={storedLead({ score: undefined })}
        explanation={undefined}
        now={new Date()}
        onStageChange={async () => {}}
      />,
    );
    expect(screen.getByText('Not scored yet')).toBeVisible();
  });

  it('changes the stage by hand only with a reason, from the keyboard', async () => {
    const user = userEvent.setup();
    const calls: [string, string][] = [];
    render(
      <LeadView
        lead={storedLead()}
        explanation={explanation}
        now={now}
        onStageChange={async (stage, reason) => {
          calls.push([stage, reason]);
        }}
      />,
    );
    await user.click(screen.getByRole('button', { name: 'Change stage' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Change stage' }), 'SQL');
    expect(screen.getByRole('button', { name: 'Save stage' })).toBeDisabled();
    await user.type(screen.getByRole('textbox', { name: 'Reason' }), 'BANT confirmed on call{Enter}');
    expect(calls).toEqual([['sql', 'BANT confirmed on call']]);
    expect(screen.queryByRole('combobox')).toBeNull();
  });

  it('keeps the form open and says why when the change fails', async () => {
    const user = userEvent.setup();
    render(
      <LeadView
        lead={storedLead()}
        explanation={explanation}
        now={now}
        onStageChange={async () => {
          throw new Error('no lead with id lead-ana');
        }}
      />,
    );
    await user.click(screen.getByRole('button', { name: 'Change stage' }));
    await user.type(screen.getByRole('textbox', { name: 'Reason' }), 'test{Enter}');
    expect(screen.getByRole('alert')).toHaveTextContent('Could not change the stage: no lead with id lead-ana');
  });
});
