// The report charts are small SVG components of our own rather than a chart library: a library
// (recharts, chart.js, ...) adds 50-150 kB gzip to the dashboard for what is here a handful of
// bars and one histogram, and ours print and read out (role="img" plus a table) exactly as we want.
import { currentLocale, t } from '@/lib/i18n';
import { formatCount, formatRate } from '@/lib/reports/format';
import type { FunnelStepResult } from '@/lib/reports/funnel';

const WIDTH = 640;
const ROW = 44;
const LABEL = 120;
const NUMBERS = 150;
const BAR_AREA = WIDTH - LABEL - NUMBERS;

interface Props {
  steps: readonly FunnelStepResult[];
  /** What and when, e.g. "Funnel from 2026-09-01 to 2026-11-30". */
  caption: string;
}

/** The funnel as centred bars, widest first, with each step's count and conversion from the one before. */
export function FunnelChart({ steps, caption }: Props) {
  const locale = currentLocale();
  const max = Math.max(1, ...steps.map((s) => s.count));
  const summary = steps
    .map((s) =>
      s.fromPrevious === null
        ? `${t(`stage_${s.step}`)} ${formatCount(s.count, locale)}`
        : `${t(`stage_${s.step}`)} ${formatCount(s.count, locale)} (${formatRate(s.fromPrevious, locale)})`,
    )
    .join(', ');
  return (
    <figure className="chart">
      <svg
        role="img"
        aria-label={t('funnelChartLabel', summary)}
        viewBox={`0 0 ${WIDTH} ${steps.length * ROW}`}
        className="chart-svg"
      >
        {steps.map((s, i) => {
          const width = s.count > 0 ? Math.max(2, (s.count / max) * BAR_AREA) : 0;
          const y = i * ROW;
          return (
            <g key={s.step}>
              <text x={0} y={y + ROW / 2} dominantBaseline="middle" className="chart-label">
                {t(`stage_${s.step}`)}
              </text>
              <rect
                x={LABEL + (BAR_AREA - width) / 2}
                y={y + 6}
                width={width}
                height={ROW - 12}
                rx={3}
                className={`chart-bar chart-bar-${i}`}
              />
              <text x={WIDTH - NUMBERS + 10} y={y + ROW / 2} dominantBaseline="middle" className="chart-value">
                {formatCount(s.count, locale)}
                {s.fromPrevious !== null && (
                  <tspan className="chart-muted" dx={8}>
                    {formatRate(s.fromPrevious, locale)}
                  </tspan>
                )}
              </text>
            </g>
          );
        })}
      </svg>
      <table className="visually-hidden">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('funnelColStep')}</th>
            <th scope="col">{t('funnelColLeads')}</th>
            <th scope="col">{t('funnelColFromPrevious')}</th>
            <th scope="col">{t('funnelColFromFirst')}</th>
          </tr>
        </thead>
        <tbody>
          {steps.map((s) => (
            <tr key={s.step}>
              <th scope="row">{t(`stage_${s.step}`)}</th>
              <td>{formatCount(s.count, locale)}</td>
              <td>{formatRate(s.fromPrevious, locale)}</td>
              <td>{formatRate(s.fromFirst, locale)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
