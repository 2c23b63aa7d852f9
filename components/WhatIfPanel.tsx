import type { WhatIfState } from '@/lib/hooks/useWhatIf';
import { t } from '@/lib/i18n';
import type { Stage } from '@/lib/scoring';
import { ScoreHistogram } from './ScoreHistogram';

interface Props {
  state: WhatIfState;
  /** False while the edited model has problems: there is nothing to try. */
  canRun: boolean;
  /** The result is for an earlier edit of the model. */
  stale: boolean;
  onRun: () => void;
  onCancel: () => void;
}

const stage = (s: Stage) => t(`stage_${s}`);

/** What the edit would do to every stored lead before it is saved: stage changes and the score distribution. */
export function WhatIfPanel({ state, canRun, stale, onRun, onCancel }: Props) {
  return (
    <section aria-labelledby="whatif-heading" className="editor-block whatif">
      <h3 id="whatif-heading">{t('wiHeading')}</h3>
      <p className="muted small">{t('wiExplain')}</p>
      {state.status === 'running' ? (
        <p role="status">
          <progress max={state.total || 1} value={state.done} /> {t('wiRunning', state.done, state.total)}{' '}
          <button type="button" onClick={onCancel}>
            {t('wiCancel')}
          </button>
        </p>
      ) : (
        <button type="button" disabled={!canRun} onClick={onRun}>
          {t('wiRun')}
        </button>
      )}
      {state.status === 'failed' && <p role="alert">{t('wiFailed', state.error)}</p>}
      {state.status === 'done' && (
        <div className="whatif-result">
          {stale && <p className="field-error">{t('wiStale')}</p>}
          <p role="status">
            <strong>{t('wiSummary', state.summary.changed, state.summary.leads)}</strong>
          </p>
          {state.summary.transitions.length > 0 && (
            <ul className="whatif-transitions">
              {state.summary.transitions.map((tr) => (
                <li key={`${tr.from}>${tr.to}`}>{t('wiTransition', stage(tr.from), stage(tr.to), tr.count)}</li>
              ))}
            </ul>
          )}
          <ScoreHistogram before={state.summary.histogram.before} after={state.summary.histogram.after} />
          {state.summary.changes.length > 0 && (
            <table className="whatif-changes">
              <caption>{t('wiChangesCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('wiColLead')}</th>
                  <th scope="col">{t('wiColStage')}</th>
                  <th scope="col">{t('wiColScore')}</th>
                </tr>
              </thead>
              <tbody>
                {state.summary.changes.map((c) => (
                  <tr key={c.leadId}>
                    <td>
                      {c.name || t('wiNoName')}
                      {c.company && <span className="muted"> · {c.company}</span>}
                    </td>
                    <td>
                      {stage(c.oldStage)} → {stage(c.newStage)}
                    </td>
                    <td className="num">
                      {c.oldScore} → {c.newScore}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {state.summary.changed > state.summary.changes.length && (
            <p className="muted">{t('wiMore', state.summary.changes.length, state.summary.changed)}</p>
          )}
        </div>
      )}
    </section>
  );
}
