import { render, screen } from '@testing-library/react';
import { setLanguage } from '@/lib/i18n';
import { periodOfDays } from '@/lib/reports/period';
import { createScoreHistogram } from '@/lib/reports/scoreHistogram';
import { defaultModel } from '@/lib/scoring';
import { ScoreDistributionChart } from './ScoreDistributionChart';

const at = Date.parse('2026-11-10T12:00:00Z');
function histograms(fits: number[]) {
  const accumulator = createScoreHistogram(periodOfDays('2026-11-01', '2026-11-30'), defaultModel.thresholds);
  for (const fit of fits) accumulator.add({ createdAt: at, score: { fit, engagement: 0, total: fit } });
  return accumulator.result();
}

describe('ScoreDistributionChart', () => {
  beforeEach(() => setLanguage('en'));
  afterEach(() => setLanguage(null));

  it('draws the counts of the table and the MQL line at the threshold', () => {
    const { fit } = histograms([5, 12, 15, 41, 47, 49, 100]);
    render(<ScoreDistributionChart histogram={fit} label="Fit" />);
    const table = screen.getByRole('table', { name: 'Fit: leads per score range' });
    const rows = [...table.querySelectorAll('tbody tr')].map((row) =>
      [...row.querySelectorAll('th, td')].map((cell) => cell.textContent),
    );
    expect(rows).toEqual([
      ['0–10', '1'],
      ['10–20', '2'],
      ['20–30', '0'],
      ['30–40', '0'],
      ['40–50', '3'],
      ['50–60', '0'],
      ['60–70', '0'],
      ['70–80', '0'],
      ['80–90', '0'],
      ['90–100', '1'],
    ]);
    const chart = screen.getByRole('img');
    expect(chart).toHaveAccessibleName(expect.stringMatching(/^Fit: 7 leads, MQL from 40\. 0–10: 1, 10–20: 2, /));
    const drawn = [...chart.querySelectorAll('text.chart-value')].map((text) => text.textContent);
    expect(drawn).toEqual(['1', '2', '3', '1']);
    // Bars from the threshold up are strong; the line sits at 40 of 100 across the plot.
    const bars = [...chart.querySelectorAll('rect')];
    expect(bars.map((bar) => bar.classList.contains('chart-bar-strong'))).toEqual([
      false,
      false,
      false,
      false,
      true,
      true,
      true,
      true,
      true,
      true,
    ]);
    const line = chart.querySelector('line.chart-threshold');
    expect(Number(line?.getAttribute('x1'))).toBeCloseTo(8 + 0.4 * 624, 5);
    expect(screen.getByText('MQL from 40')).toBeInTheDocument();
  });

  it('marks the threshold of the total', () => {
    render(<ScoreDistributionChart histogram={histograms([]).total} label="Total" />);
    expect(screen.getByText('MQL from 80')).toBeInTheDocument();
    expect(screen.getByRole('img')).toHaveAccessibleName(expect.stringMatching(/^Total: 0 leads, MQL from 80\./));
  });
});
