import { currentLocale, t } from '@/lib/i18n';
import type { SourceCost } from '@/lib/reports/costPerMql';
import { formatCount, formatMoney } from '@/lib/reports/format';
import { sourceName } from '@/lib/reports/sourceName';

interface Props {
  rows: readonly SourceCost[];
  caption: string;
}

/** Spend in the period and cost per lead, MQL and SQL for each source ("–" where there were none). */
export function SourceCostTable({ rows, caption }: Props) {
  const locale = currentLocale();
  if (rows.length === 0) return <p className="muted">{t('costEmpty')}</p>;
  return (
    <div className="table-scroll">
      <table className="report-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('sourcesColSource')}</th>
            <th scope="col" className="num">
              {t('costColSpend')}
            </th>
            <th scope="col" className="num">
              {t('stage_lead')}
            </th>
            <th scope="col" className="num">
              {t('costColPerLead')}
            </th>
            <th scope="col" className="num">
              {t('stage_mql')}
            </th>
            <th scope="col" className="num">
              {t('costColPerMql')}
            </th>
            <th scope="col" className="num">
              {t('stage_sql')}
            </th>
            <th scope="col" className="num">
              {t('costColPerSql')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={`${row.source} ${row.currency}`}>
              <th scope="row">{sourceName(row.source)}</th>
              <td className="num">{formatMoney(row.spend, row.currency, locale)}</td>
              <td className="num">{formatCount(row.leads, locale)}</td>
              <td className="num">{formatMoney(row.perLead, row.currency, locale)}</td>
              <td className="num">{formatCount(row.mqls, locale)}</td>
              <td className="num">{formatMoney(row.perMql, row.currency, locale)}</td>
              <td className="num">{formatCount(row.sqls, locale)}</td>
              <td className="num">{formatMoney(row.perSql, row.currency, locale)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
