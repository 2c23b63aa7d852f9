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
  lift: [],
  calibration: [],
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
  readiness: { ready: true } as CalibrationResult['readiness'],
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
