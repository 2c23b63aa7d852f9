import type { DecileRow } from '@/lib/calibration';
import { currentLocale, t } from '@/lib/i18n';

interface Props {
  current: readonly DecileRow[];
  suggested: readonly DecileRow[];
}

/** "2.1× (63%)": how much better than average a decile converts, and its conversion. */
function liftText(row: DecileRow | undefined): string {
  if (!row || row.lift === null) return '–';
  const locale = currentLocale();
  const lift = row.lift.toLocaleString(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  return `${lift}× (${row.conversion.toLocaleString(locale, { style: 'percent' })})`;
}

/** Both models' lift per score decile, highest scores first: a good model converts far above average at the top. */
export function LiftTable({ current, suggested }: Props) {
  const deciles = [...new Set([...current, ...suggested].map((r) => r.decile))].sort((a, b) => a - b);
  return (
    <table className="rules lift">
      <caption>{t('calLift')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('calDecile')}</th>
          <th scope="col">{t('calCurrentModel')}</th>
          <th scope="col">{t('calSuggestedModel')}</th>
        </tr>
      </thead>
      <tbody>
        {deciles.map((decile) => (
          <tr key={decile}>
            <th scope="row">{decile}</th>
            <td className="num">{liftText(current.find((r) => r.decile === decile))}</td>
            <td className="num">{liftText(suggested.find((r) => r.decile === decile))}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
