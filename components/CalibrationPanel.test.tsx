import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { BacktestReport, CalibrationResult, RuleSuggestion } from '@/lib/calibration';
import { CalibrationPanel } from './CalibrationPanel';

const report = (precision: number, auc: number): BacktestReport => ({
  leads: 60,
  positives: 20,
  mqls: 25,
  precision,
  recall: 0.5,
  auc,
  lift: [
    { decile: 1, leads: 6, minScore: 150, maxScore: 190, conversion: auc, lift: auc * 3 },
    { decile: 2, leads: 6, minScore: 100, maxScore: 149, conversion: 0.5, lift: 1.5 },
  ],
  calibration: [
    { from: 0.1, to: 0.2, leads: 30, meanPredicted: 0.15, observed: 0.1 },
    { from: 0.6, to: 0.7, leads: 10, meanPredicted: 0.65, observed: precision },
  ],
  mqlToSql: precision,
});

const suggestion = (
  ruleId: string,
  currentPoints: number,
  suggestedPoints: number,
  significant: boolean,
): RuleSuggestion => ({
  ruleId,
  kind: 'engagement',
  label: ruleId === 'demo' ? 'Demo request' : 'Email open',
  currentPoints,
  suggestedPoints,
  interval: { low: suggestedPoints - 10, high: suggestedPoints + 10 },
  coefficient: { estimate: 1, low: 0.5, high: 1.5 },
  hits: 20,
  significant,
  stageChanges: { toMql: 3, toLead: 1 },
});

const ready: CalibrationResult = {
  readiness: { ready: true, positives: 20, negatives: 40 },
  data: { outcomes: 60 } as CalibrationResult['data'],
  suggestions: [suggestion('demo', 60, 80, true), suggestion('open', 1, 0, false), suggestion('same', 5, 5, false)],
  backtest: { current: report(0.5, 0.7), suggested: report(0.8, 0.78) },
};

describe('CalibrationPanel', () => {
  it('says how many more outcomes it needs instead of suggesting anything', () => {
    const notReady = {
      ...ready,
      readiness: { ready: false, message: 'Record 7 more won and 3 more lost outcomes to get suggestions' },
      suggestions: undefined,
    } as unknown as CalibrationResult;
    render(
      <CalibrationPanel
        state={{ status: 'done', result: notReady, modelId: 'm1' }}
        onRun={() => {}}
        onAccept={async () => {}}
      />,
    );
    expect(screen.getByRole('status')).toHaveTextContent('Record 7 more won and 3 more lost outcomes');
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('shows progress while the worker runs', () => {
    render(
      <CalibrationPanel
        state={{ status: 'running', progress: { phase: 'fit', fraction: 0.4 } }}
        onRun={() => {}}
        onAccept={async () => {}}
      />,
    );
    expect(screen.getByRole('status')).toHaveTextContent('Calibrating: 40%');
    expect(screen.getByRole('button', { name: 'Check the model against outcomes' })).toBeDisabled();
  });

  it('lists changed rules (significant ones preselected), the backtest, and accepts the chosen ones', async () => {
    const user = userEvent.setup();
    const accepted: string[][] = [];
    render(
      <CalibrationPanel
        state={{ status: 'done', result: ready, modelId: 'm1' }}
        onRun={() => {}}
        onAccept={async (ids) => void accepted.push(ids)}
      />,
    );
    const suggestions = screen.getByRole('table', { name: /Suggested points per rule/ });
    expect(within(suggestions).getAllByRole('row')).toHaveLength(3); // header + 2 changed rules
    expect(screen.getByRole('checkbox', { name: 'Use the suggestion for Demo request' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Use the suggestion for Email open' })).not.toBeChecked();
    const backtest = screen.getByRole('table', { name: 'Backtest over your history' });
    expect(within(backtest).getByRole('row', { name: /Precision/ })).toHaveTextContent('50%80%');
    expect(screen.getByText('Learnt from 60 outcomes: 20 won or SQL-accepted, 40 lost or disqualified.')).toBeVisible();
    expect(within(suggestions).getByRole('row', { name: /Demo request/ })).toHaveClass('significant');
    expect(within(suggestions).getByRole('row', { name: /Demo request/ })).toHaveTextContent('6080 (+20)');
    const lift = screen.getByRole('table', { name: /Lift by score decile/ });
    expect(within(lift).getByRole('row', { name: /^1 / })).toHaveTextContent('12.1× (70%)2.3× (78%)');
    const plot = screen.getByRole('img', { name: /^Calibration: predicted chance/ });
    // One mark per bin and model: circles for the current model, squares for the suggested one.
    expect(plot.querySelectorAll('circle')).toHaveLength(2);
    expect(plot.querySelectorAll('rect.plot-suggested')).toHaveLength(2);
    await user.click(screen.getByRole('checkbox', { name: 'Use the suggestion for Email open' }));
    await user.click(screen.getByRole('button', { name: /Use 2 selected suggestion/ }));
    expect(accepted).toEqual([['demo', 'open']]);
    expect(screen.getByRole('status')).toHaveTextContent('Saved as a new model version and activated');
  });

  it('reports a failed run', () => {
    render(<CalibrationPanel state={{ status: 'failed', error: 'boom' }} onRun={() => {}} onAccept={async () => {}} />);
    expect(screen.getByRole('alert')).toHaveTextContent('Calibration failed: boom');
  });
});
