import type { CalibrationBin } from '@/lib/calibration';
import { t } from '@/lib/i18n';

interface Props {
  current: readonly CalibrationBin[];
  suggested: readonly CalibrationBin[];
}

const SIZE = 220;
const PAD = 28;
const span = SIZE - 2 * PAD;
const x = (p: number) => PAD + p * span;
const y = (p: number) => SIZE - PAD - p * span;
/** Bigger marks for bins with more leads, so a lone lead does not look like evidence. */
const radius = (bin: CalibrationBin, most: number) => 3 + 5 * Math.sqrt(bin.leads / Math.max(1, most));

/**
 * Predicted chance of a won outcome (x) against the share that was won (y), per tenth of the
 * prediction, for both models: on the diagonal is well calibrated. Drawn as SVG shapes, no markup.
 */
export function CalibrationPlot({ current, suggested }: Props) {
  const most = Math.max(...current.map((b) => b.leads), ...suggested.map((b) => b.leads));
  return (
    <figure className="calibration-plot">
      <svg role="img" aria-label={t('calCalibration')} viewBox={`0 0 ${SIZE} ${SIZE}`} width={SIZE} height={SIZE}>
        <rect x={PAD} y={PAD} width={span} height={span} className="plot-frame" />
        <line x1={x(0)} y1={y(0)} x2={x(1)} y2={y(1)} className="plot-diagonal" />
        {current.map((bin) => (
          <circle
            key={`c${bin.from}`}
            cx={x(bin.meanPredicted)}
            cy={y(bin.observed)}
            r={radius(bin, most)}
            className="plot-current"
          />
        ))}
        {suggested.map((bin) => {
          const r = radius(bin, most);
          return (
            <rect
              key={`s${bin.from}`}
              x={x(bin.meanPredicted) - r}
              y={y(bin.observed) - r}
              width={2 * r}
              height={2 * r}
              className="plot-suggested"
            />
          );
        })}
        <text x={SIZE / 2} y={SIZE - 6} textAnchor="middle" className="plot-axis">
          {t('calPlotPredicted')}
        </text>
        <text x={10} y={SIZE / 2} textAnchor="middle" transform={`rotate(-90 10 ${SIZE / 2})`} className="plot-axis">
          {t('calPlotObserved')}
        </text>
      </svg>
      <figcaption>
        <span className="legend-current">● {t('calCurrentModel')}</span>{' '}
        <span className="legend-suggested">■ {t('calSuggestedModel')}</span>{' '}
        <span className="legend-diagonal">╱ {t('calPlotPerfect')}</span>
      </figcaption>
    </figure>
  );
}
