import { currentLocale, t } from '@/lib/i18n';
import { formatCount, formatWait } from '@/lib/reports/format';
import type { SpeedToLeadReport } from '@/lib/reports/speedToLead';

interface Props {
  report: SpeedToLeadReport;
}

/** Median and 90th-percentile time from MQL to first touch, and how the period's MQLs stand. */
export function SpeedToLeadSummary({ report }: Props) {
  const locale = currentLocale();
  const n = (value: number) => formatCount(value, locale);
  return (
    <>
      <dl className="report-figures">
        <div>
          <dt>{t('stlMedian')}</dt>
          <dd>{formatWait(report.medianMs, locale)}</dd>
        </div>
        <div>
          <dt>{t('stlP90')}</dt>
          <dd>{formatWait(report.p90Ms, locale)}</dd>
        </div>
      </dl>
      <p>
        {t('stlCounts', n(report.mqls), n(report.touched), n(report.touchedLate), n(report.overdue), n(report.waiting))}
      </p>
    </>
  );
}
