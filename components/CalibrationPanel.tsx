import { useState } from 'react';
import type { BacktestReport, CalibrationResult, RuleSuggestion } from '@/lib/calibration';
import type { CalibrationState } from '@/lib/hooks/useCalibration';
import { t } from '@/lib/i18n';
import { CalibrationPlot } from './CalibrationPlot';
import { LiftTable } from './LiftTable';

interface Props {
  state: CalibrationState;
  onRun: () => void;
  /** Accept these rules' suggestions: a new model version, activated. */
  onAccept: (ruleIds: string[]) => Promise<void>;
}

const percent = (v: number | null) => (v === null ? '–' : `${Math.round(v * 100)}%`);
const decimal = (v: number | null) => (v === null ? '–' : v.toFixed(2));

function Backtest({ current, suggested }: { current: BacktestReport; suggested: BacktestReport }) {
  const rows: [string, (r: BacktestReport) => string][] = [
    [t('calPrecision'), (r) => percent(r.precision)],
    [t('calRecall'), (r) => percent(r.recall)],
    [t('calAuc'), (r) => decimal(r.auc)],
    [t('calMqlToSql'), (r) => percent(r.mqlToSql)],
    [t('calMqls'), (r) => String(r.mqls)],
  ];
  return (
    <table className="rules">
      <caption>{t('calBacktest')}</caption>
      <thead>
        <tr>
          <td />
          <th scope="col">{t('calCurrentModel')}</th>
          <th scope="col">{t('calSuggestedModel')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(([label, value]) => (
          <tr key={label}>
            <th scope="row">{label}</th>
            <td className="num">{value(current)}</td>
            <td className="num">{value(suggested)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Suggestions({ result, onAccept }: { result: CalibrationResult; onAccept: Props['onAccept'] }) {
  const changed = (result.suggestions ?? []).filter((s) => s.suggestedPoints !== s.currentPoints);
  const [chosen, setChosen] = useState<Set<string>>(
    () => new Set(changed.filter((s) => s.significant).map((s) => s.ruleId)),
  );
  const [status, setStatus] = useState<string | null>(null);
  const toggle = (s: RuleSuggestion) => {
    const next = new Set(chosen);
    if (next.has(s.ruleId)) next.delete(s.ruleId);
    else next.add(s.ruleId);
    setChosen(next);
  };
  return (
    <>
      <table className="rules">
        <caption>{t('calSuggestions')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('calUse')}</th>
            <th scope="col">{t('modelColRule')}</th>
            <th scope="col">{t('calCurrent')}</th>
            <th scope="col">{t('calSuggested')}</th>
            <th scope="col">{t('calInterval')}</th>
            <th scope="col">{t('calEffect')}</th>
          </tr>
        </thead>
        <tbody>
          {changed.map((s) => (
            <tr key={s.ruleId} className={s.significant ? 'significant' : undefined}>
              <td>
                <input
                  type="checkbox"
                  aria-label={t('calUseRule', s.label)}
                  checked={chosen.has(s.ruleId)}
                  onChange={() => toggle(s)}
                />
              </td>
              <td>{s.label}</td>
              <td className="num">{s.currentPoints}</td>
              <td className="num">
                {s.suggestedPoints}{' '}
                <span className="muted small">
                  ({s.suggestedPoints > s.currentPoints ? '+' : ''}
                  {s.suggestedPoints - s.currentPoints})
                </span>
              </td>
              <td className="num">
                {s.interval.low} – {s.interval.high}
              </td>
              <td>{t('calStageEffect', s.stageChanges.toMql, s.stageChanges.toLead)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {changed.length === 0 ? (
        <p>{t('calNothingToChange')}</p>
      ) : (
        <button
          type="button"
          disabled={chosen.size === 0}
          onClick={async () => {
            try {
              await onAccept([...chosen]);
              setStatus(t('calAccepted'));
            } catch (e) {
              setStatus(t('calFailed', e instanceof Error ? e.message : String(e)));
            }
          }}
        >
          {t('calAccept', chosen.size)}
        </button>
      )}
      {status && <p role="status">{status}</p>}
    </>
  );
}

/** Learning from outcomes: readiness, suggested points per rule with intervals, and the backtest. */
export function CalibrationPanel({ state, onRun, onAccept }: Props) {
  return (
    <section aria-labelledby="calibration-heading" className="card">
      <h2 id="calibration-heading">{t('calHeading')}</h2>
      <button type="button" onClick={onRun} disabled={state.status === 'running'}>
        {t('calRun')}
      </button>
      {state.status === 'running' && (
        <p role="status">
          <progress max={1} value={state.progress.fraction} />{' '}
          {t('calRunning', Math.round(state.progress.fraction * 100))}
        </p>
      )}
      {state.status === 'failed' && <p role="alert">{t('calFailed', state.error)}</p>}
      {state.status === 'done' && !state.result.readiness.ready && (
        <p role="status">{state.result.readiness.message}</p>
      )}
      {state.status === 'done' && state.result.readiness.ready && (
        <>
          <p>
            {t(
              'calSummary',
              state.result.data.outcomes,
              state.result.readiness.positives,
              state.result.readiness.negatives,
            )}
          </p>
          <Suggestions result={state.result} onAccept={onAccept} />
          {state.result.backtest && (
            <div className="calibration-backtest">
              <Backtest {...state.result.backtest} />
              <LiftTable
                current={state.result.backtest.current.lift}
                suggested={state.result.backtest.suggested.lift}
              />
              <CalibrationPlot
                current={state.result.backtest.current.calibration}
                suggested={state.result.backtest.suggested.calibration}
              />
            </div>
          )}
        </>
      )}
    </section>
  );
}
