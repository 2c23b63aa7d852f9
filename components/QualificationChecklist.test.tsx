import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { setLanguage } from '@/lib/i18n';
import { type Answer, DAY_MS, evaluateFramework, FRAMEWORKS, meddic, nextBestQuestion } from '@/lib/qualification';
import { QualificationChecklist } from './QualificationChecklist';

const now = new Date('2026-11-23T12:00:00Z');

function renderChecklist(answers: Answer[]) {
  const calls: string[] = [];
  render(
    <QualificationChecklist
      qualification={{
        evaluation: evaluateFramework(meddic, answers, now),
        next: nextBestQuestion(meddic, answers, now),
        frameworks: [...FRAMEWORKS],
      }}
      now={now}
      onAnswer={async (item, status) => void calls.push(`${item} ${status}`)}
      onFrameworkChange={() => {}}
    />,
  );
  return calls;
}

describe('QualificationChecklist in Dutch', () => {
  beforeEach(() => setLanguage('nl'));
  afterEach(() => setLanguage(null));

  it('shows the items, the reason and the next question in Dutch, with ids and letters unchanged', async () => {
    const calls = renderChecklist([
      { itemId: 'metrics', status: 'met', answer: 'onboarding van 10 naar 3 dagen', answeredAt: now.getTime() },
      { itemId: 'champion', status: 'partly', answer: '', answeredAt: now.getTime() - 100 * DAY_MS },
    ]);
    const region = screen.getByRole('region', { name: 'Kwalificatie' });
    expect(
      within(region)
        .getAllByRole('group')
        .map((g) => g.querySelector('legend')?.textContent),
    ).toEqual([
      'M Meetbare resultaten',
      'E Financieel beslisser · verplicht',
      'D Beslissingscriteria',
      'R Beslissingsproces',
      'I Pijnpunt · verplicht',
      'C Interne ambassadeur',
    ]);
    expect(
      within(region).getByText(
        'Niet gekwalificeerd: Financieel beslisser: nog onbekend; Pijnpunt: nog onbekend; 1,5 van 6 voldaan, 4 nodig',
      ),
    ).toBeVisible();
    expect(within(region).getByText(/^Vraag nu/).parentElement).toHaveTextContent(
      'Vraag nu: Wie heeft het laatste woord over de uitgaven hiervoor, en heeft die gezegd dat het prioriteit heeft? (Financieel beslisser is verplicht om te kwalificeren)',
    );
    const champion = screen.getByRole('group', { name: /Interne ambassadeur/ });
    expect(within(champion).getByText('Beantwoord 3 maanden geleden: opnieuw bevestigen')).toBeVisible();
    expect(
      screen.getByRole('textbox', { name: 'Antwoord op Meetbare resultaten, in de woorden van de klant' }),
    ).toHaveValue('onboarding van 10 naar 3 dagen');

    await userEvent.setup().click(within(champion).getByRole('radio', { name: 'Voldaan' }));
    expect(calls).toEqual(['champion met']);
  });
});
