import { t } from '@/lib/i18n';
import { BIN_WIDTH, SCORE_BINS } from '@/lib/scoring/whatIf';

/** Totals per bin of 20 under the active model and the edited one, as a table with bars. */
export function ScoreHistogram({ before, after }: { before: readonly number[]; after: readonly number[] }) {
  const most = Math.max(1, ...before, ...after);
  const bar = (n: number, kind: 'before' | 'after') => (
    <span className="histogram-cell">
      <span className={`histogram-bar ${kind}`} style={{ width: `${(n / most) * 100}%` }} />
      <span className="num">{n}</span>
    </span>
  );
  return (
    <table className="histogram">
      <caption>{t('wiHistogram')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('wiColRange')}</th>
          <th scope="col">{t('wiColBefore')}</th>
          <th scope="col">{t('wiColAfter')}</th>
        </tr>
      </thead>
      <tbody>
        {Array.from({ length: SCORE_BINS }, (_, i) => {
          const low = i * BIN_WIDTH;
          const high = i === SCORE_BINS - 1 ? SCORE_BINS * BIN_WIDTH : low + BIN_WIDTH - 1;
          return (
            <tr key={low}>
              <th scope="row" className="num">
                {low}–{high}
              </th>
              <td>{bar(before[i] ?? 0, 'before')}</td>
              <td>{bar(after[i] ?? 0, 'after')}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
