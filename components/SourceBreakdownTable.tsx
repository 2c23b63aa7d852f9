import { currentLocale, t } from '@/lib/i18n';
import { formatCount, formatRate } from '@/lib/reports/format';
import { FUNNEL_STEPS, type FunnelResult } from '@/lib/reports/funnel';
import { sourceName } from '@/lib/reports/sourceName';

interface Props {
  bySource: FunnelResult['bySource'];
  caption: string;
}

/** The funnel per lead source: counts per step and the two conversions sales asks about first. */
export function SourceBreakdownTable({ bySource, caption }: Props) {
  const locale = currentLocale();
  if (bySource.length === 0) return <p className="muted">{t('sourcesEmpty')}</p>;
  return (
    <div className="table-scroll">
      <table className="report-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('sourcesColSource')}</th>
            {FUNNEL_STEPS.map((step) => (
              <th key={step} scope="col" className="num">
                {t(`stage_${step}`)}
              </th>
            ))}
            <th scope="col" className="num">
              {t('sourcesColLeadToMql')}
            </th>
            <th scope="col" className="num">
              {t('sourcesColMqlToSql')}
            </th>
          </tr>
        </thead>
        <tbody>
          {bySource.map(({ source, steps }) => (
            <tr key={source}>
              <th scope="row">{sourceName(source)}</th>
              {steps.map((s) => (
                <td key={s.step} className="num">
                  {formatCount(s.count, locale)}
                </td>
              ))}
              <td className="num">{formatRate(steps[1]?.fromPrevious ?? null, locale)}</td>
              <td className="num">{formatRate(steps[2]?.fromPrevious ?? null, locale)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
