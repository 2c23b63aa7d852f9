import { currentLocale, t } from '@/lib/i18n';
import { formatCount } from '@/lib/reports/format';
import type { SlaWeek } from '@/lib/reports/speedToLead';

const WIDTH = 640;
const HEIGHT = 220;
const TOP = 34;
const BOTTOM = 26;
const SIDE = 4;
const PLOT_H = HEIGHT - TOP - BOTTOM;
/** A breach count is written inside its bar when the bar is this tall; the table has every count. */
const MIN_INSIDE_LABEL = 18;
/** At most this many week labels under the axis; the table has every week. */
const MAX_LABELS = 14;

interface Props {
  weeks: readonly SlaWeek[];
}

/** "W47" from "2026-W47": the year is in the table and the period picker. */
const shortWeek = (week: string) => week.slice(5);

/**
 * Per ISO week: the new MQLs as an outlined bar with their count on top and, inside it, those that
 * breached the SLA, filled, with their count in white.
 */
export function SlaBreachesChart({ weeks }: Props) {
  const locale = currentLocale();
  const max = Math.max(1, ...weeks.map((w) => w.mqls));
  const slot = (WIDTH - 2 * SIDE) / Math.max(1, weeks.length);
  const labelEvery = Math.ceil(weeks.length / MAX_LABELS);
  const heightOf = (n: number) => (n / max) * PLOT_H;
  const summary = weeks
    .map((w) => `${w.week}: ${formatCount(w.breaches, locale)} / ${formatCount(w.mqls, locale)}`)
    .join(', ');
  return (
    <figure className="chart">
      <svg
        role="img"
        aria-label={t('breachesChartLabel', summary)}
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        className="chart-svg"
      >
        <g className="chart-legend">
          <rect x={SIDE} y={4} width={12} height={12} className="chart-bar chart-bar-outline" />
          <text x={SIDE + 18} y={10} dominantBaseline="middle" className="chart-tick">
            {t('breachesColMqls')}
          </text>
          <rect x={SIDE + 150} y={4} width={12} height={12} className="chart-bar chart-bar-alert" />
          <text x={SIDE + 168} y={10} dominantBaseline="middle" className="chart-tick">
            {t('breachesColBreaches')}
          </text>
        </g>
        <line x1={SIDE} x2={WIDTH - SIDE} y1={TOP + PLOT_H} y2={TOP + PLOT_H} className="chart-axis" />
        {weeks.map((w, i) => {
          const x = SIDE + i * slot;
          const barWidth = Math.max(2, slot * 0.7);
          const barX = x + (slot - barWidth) / 2;
          return (
            <g key={w.week}>
              <rect
                x={barX}
                y={TOP + PLOT_H - heightOf(w.mqls)}
                width={barWidth}
                height={heightOf(w.mqls)}
                className="chart-bar chart-bar-outline"
              />
              <rect
                x={barX}
                y={TOP + PLOT_H - heightOf(w.breaches)}
                width={barWidth}
                height={heightOf(w.breaches)}
                className="chart-bar chart-bar-alert"
              />
              {w.mqls > 0 && (
                <text
                  x={x + slot / 2}
                  y={TOP + PLOT_H - heightOf(w.mqls) - 5}
                  textAnchor="middle"
                  className="chart-value"
                >
                  {formatCount(w.mqls, locale)}
                </text>
              )}
              {heightOf(w.breaches) >= MIN_INSIDE_LABEL && (
                <text
                  x={x + slot / 2}
                  y={TOP + PLOT_H - heightOf(w.breaches) + 14}
                  textAnchor="middle"
                  className="chart-value chart-value-inverse"
                >
                  {formatCount(w.breaches, locale)}
                </text>
              )}
              {i % labelEvery === 0 && (
                <text x={x + slot / 2} y={HEIGHT - 8} textAnchor="middle" className="chart-tick">
                  {shortWeek(w.week)}
                </text>
              )}
            </g>
          );
        })}
      </svg>
      <table className="visually-hidden">
        <caption>{t('breachesCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('breachesColWeek')}</th>
            <th scope="col">{t('breachesColMqls')}</th>
            <th scope="col">{t('breachesColBreaches')}</th>
          </tr>
        </thead>
        <tbody>
          {weeks.map((w) => (
            <tr key={w.week}>
              <th scope="row">{w.week}</th>
              <td>{formatCount(w.mqls, locale)}</td>
              <td>{formatCount(w.breaches, locale)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
