import { useState } from 'react';
import { FunnelChart } from '@/components/FunnelChart';
import { ReportPeriodPicker } from '@/components/ReportPeriodPicker';
import { ScoreDistributionChart } from '@/components/ScoreDistributionChart';
import { SlaBreachesChart } from '@/components/SlaBreachesChart';
import { SourceBreakdownTable } from '@/components/SourceBreakdownTable';
import { SourceCostTable } from '@/components/SourceCostTable';
import { SpeedToLeadSummary } from '@/components/SpeedToLeadSummary';
import { SpendForm } from '@/components/SpendForm';
import type { ReportData } from '@/lib/db/reportData';
import { useReportData } from '@/lib/hooks/useReportData';
import { useSetting } from '@/lib/hooks/useSettings';
import { currentLocale, t } from '@/lib/i18n';
import { sendToBackground } from '@/lib/messaging/send';
import { costPerSource, type SpendEntry } from '@/lib/reports/costPerMql';
import { formatCount } from '@/lib/reports/format';
import { periodOfDays } from '@/lib/reports/period';
import { SCORE_DIMENSIONS, type ScoreDimension } from '@/lib/reports/scoreHistogram';

const DAY = 86_400_000;
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const DIMENSION_LABEL = { fit: 'scoreFit', engagement: 'scoreEngagement', total: 'scoreTotal' } as const;

const createReportsWorker = () => new Worker(new URL('../reports.worker.ts', import.meta.url), { type: 'module' });

function saveSpend(entries: SpendEntry[]): Promise<unknown> {
  return sendToBackground({ type: 'set-setting', key: 'source-spend', value: entries });
}

/** The reports once computed: funnel, sources, costs, speed to lead and scores. */
function Reports({ data, from, to, spend }: { data: ReportData; from: string; to: string; spend: SpendEntry[] }) {
  const [dimension, setDimension] = useState<ScoreDimension>('total');
  const costs = costPerSource(spend, data.funnel, data.period);
  return (
    <>
      <section className="card report" aria-labelledby="report-funnel">
        <h3 id="report-funnel">{t('funnelHeading')}</h3>
        <p className="muted small">{t('funnelRule')}</p>
        <FunnelChart steps={data.funnel.overall} caption={t('funnelCaption', from, to)} />
        <h4>{t('sourcesHeading')}</h4>
        <p className="muted small">{t('sourcesNote')}</p>
        <SourceBreakdownTable bySource={data.funnel.bySource} caption={t('sourcesCaption', from, to)} />
      </section>

      <section className="card report" aria-labelledby="report-cost">
        <h3 id="report-cost">{t('costHeading')}</h3>
        <p className="muted small">{t('costNote')}</p>
        <SourceCostTable rows={costs} caption={t('costCaption', from, to)} />
      </section>

      <section className="card report" aria-labelledby="report-speed">
        <h3 id="report-speed">{t('stlHeading')}</h3>
        <p className="muted small">{t('stlNote', formatCount(data.slaHours, currentLocale()))}</p>
        <SpeedToLeadSummary report={data.speedToLead} />
        <h4>{t('breachesHeading')}</h4>
        <p className="muted small">{t('breachesNote')}</p>
        <SlaBreachesChart weeks={data.speedToLead.weeks} />
      </section>

      <section className="card report" aria-labelledby="report-scores">
        <h3 id="report-scores">{t('histHeading')}</h3>
        <p className="muted small">{t('histNote', formatCount(data.histograms.total.leads, currentLocale()))}</p>
        <label className="no-print">
          {t('histDimension')}{' '}
          <select value={dimension} onChange={(e) => setDimension(e.target.value as ScoreDimension)}>
            {SCORE_DIMENSIONS.map((d) => (
              <option key={d} value={d}>
                {t(DIMENSION_LABEL[d])}
              </option>
            ))}
          </select>
        </label>
        <ScoreDistributionChart histogram={data.histograms[dimension]} label={t(DIMENSION_LABEL[dimension])} />
      </section>
    </>
  );
}

/** The dashboard's reports over a period the user picks (the last 90 days at first). */
export default function ReportsSection() {
  const [range, setRange] = useState(() => {
    const today = Date.now();
    return { from: isoDay(today - 89 * DAY), to: isoDay(today) };
  });
  const valid = range.from !== '' && range.to !== '' && range.from <= range.to;
  const state = useReportData(valid ? periodOfDays(range.from, range.to) : null, createReportsWorker);
  const spend = useSetting('source-spend');
  const sources = state?.status === 'done' ? state.data.funnel.bySource.map((s) => s.source) : [];

  return (
    <section className="reports" aria-labelledby="reports-heading">
      <div className="reports-head">
        <h2 id="reports-heading">{t('nav_reports')}</h2>
        <button type="button" className="no-print" onClick={() => print()}>
          {t('reportsPrint')}
        </button>
      </div>
      <p className="muted">{t('reportsIntro')}</p>
      <ReportPeriodPicker from={range.from} to={range.to} onChange={(from, to) => setRange({ from, to })} />
      {state?.status === 'loading' && (
        <p role="status">
          <progress value={state.done} max={Math.max(1, state.total)} aria-label={t('nav_reports')} />{' '}
          {t('reportsReading', formatCount(state.done, currentLocale()), formatCount(state.total, currentLocale()))}
        </p>
      )}
      {state?.status === 'failed' && <p role="alert">{t('reportsFailed', state.error)}</p>}
      {state?.status === 'done' && spend !== undefined && (
        <Reports data={state.data} from={range.from} to={range.to} spend={spend} />
      )}
      {spend !== undefined && (
        <SpendForm entries={spend} sources={sources} onSave={async (e) => void (await saveSpend(e))} />
      )}
    </section>
  );
}
