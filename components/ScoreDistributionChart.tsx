import { currentLocale, t } from '@/lib/i18n';
import { formatCount } from '@/lib/reports/format';
import type { HistogramBucket, ScoreHistogram } from '@/lib/reports/scoreHistogram';

const WIDTH = 640;
const HEIGHT = 280;
const LEFT = 8;
const RIGHT = 8;
/** Room above the tallest bar for its count and, above that, the MQL line's label. */
const TOP = 46;
const BOTTOM = 28;
const PLOT_W = WIDTH - LEFT - RIGHT;
const PLOT_H = HEIGHT - TOP - BOTTOM;

interface Props {
  histogram: ScoreHistogram;
  /** The dimension's name: "Fit", "Engagement", "Total". */
  label: string;
}

/** "40–50": from inclusive, to exclusive (the last range includes its top). */
const range = (b: HistogramBucket, locale: string) => `${formatCount(b.from, locale)}–${formatCount(b.to, locale)}`;

/**
 * The report's score histogram: leads per score range with the model's MQL line drawn across, bars
 * at or above the line in the strong colour. Counts sit on the bars; the same numbers are in the
 * table for screen readers.
 */
export function ScoreDistributionChart({ histogram, label }: Props) {
  const locale = currentLocale();
  const { buckets, mqlThreshold } = histogram;
  const top = buckets.at(-1)?.to ?? 100;
  const max = Math.max(1, ...buckets.map((b) => b.count));
  const slot = PLOT_W / buckets.length;
  const lineX = LEFT + (Math.min(Math.max(mqlThreshold, 0), top) / top) * PLOT_W;
  const threshold = t('histThreshold', formatCount(mqlThreshold, locale));
  const summary = buckets.map((b) => `${range(b, locale)}: ${formatCount(b.count, locale)}`).join(', ');
  return (
    <figure className="chart">
      <svg
        role="img"
        aria-label={t(
          'histChartLabel',
          label,
          formatCount(histogram.leads, locale),
          formatCount(mqlThreshold, locale),
          summary,
        )}
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        className="chart-svg"
      >
        <line x1={LEFT} x2={WIDTH - RIGHT} y1={TOP + PLOT_H} y2={TOP + PLOT_H} className="chart-axis" />
        {buckets.map((b, i) => {
          const height = (b.count / max) * PLOT_H;
          const x = LEFT + i * slot;
          return (
            <g key={b.from}>
              <rect
                x={x + 3}
                y={TOP + PLOT_H - height}
                width={slot - 6}
                height={height}
                className={b.from >= mqlThreshold ? 'chart-bar chart-bar-strong' : 'chart-bar chart-bar-weak'}
              />
              {b.count > 0 && (
                <text x={x + slot / 2} y={TOP + PLOT_H - height - 5} textAnchor="middle" className="chart-value">
                  {formatCount(b.count, locale)}
                </text>
              )}
              <text x={x} y={HEIGHT - 8} textAnchor={i === 0 ? 'start' : 'middle'} className="chart-tick">
                {formatCount(b.from, locale)}
              </text>
            </g>
          );
        })}
        <text x={WIDTH - RIGHT} y={HEIGHT - 8} textAnchor="end" className="chart-tick">
          {formatCount(top, locale)}
        </text>
        <line x1={lineX} x2={lineX} y1={8} y2={TOP + PLOT_H} className="chart-threshold" />
        <text
          x={lineX + (lineX > WIDTH / 2 ? -6 : 6)}
          y={18}
          textAnchor={lineX > WIDTH / 2 ? 'end' : 'start'}
          className="chart-label"
        >
          {threshold}
        </text>
      </svg>
      <table className="visually-hidden">
        <caption>{t('histCaption', label)}</caption>
        <thead>
          <tr>
            <th scope="col">{t('histColRange')}</th>
            <th scope="col">{t('funnelColLeads')}</th>
          </tr>
        </thead>
        <tbody>
          {buckets.map((b) => (
            <tr key={b.from}>
              <th scope="row">{range(b, locale)}</th>
              <td>{formatCount(b.count, locale)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
