import { render, screen } from '@testing-library/react';
import { setLanguage } from '@/lib/i18n';
import type { SlaWeek } from '@/lib/reports/speedToLead';
import { SlaBreachesChart } from './SlaBreachesChart';

const weeks: SlaWeek[] = [
  { week: '2026-W45', mqls: 10, breaches: 3 },
  { week: '2026-W46', mqls: 4, breaches: 0 },
  { week: '2026-W47', mqls: 0, breaches: 0 },
];

describe('SlaBreachesChart', () => {
  beforeEach(() => setLanguage('en'));
  afterEach(() => setLanguage(null));

  it('shows new MQLs and breaches per week, in the chart and in the table', () => {
    render(<SlaBreachesChart weeks={weeks} />);
    const table = screen.getByRole('table', { name: 'SLA breaches per ISO week' });
    const rows = [...table.querySelectorAll('tbody tr')].map((row) =>
      [...row.querySelectorAll('th, td')].map((cell) => cell.textContent),
    );
    expect(rows).toEqual([
      ['2026-W45', '10', '3'],
      ['2026-W46', '4', '0'],
      ['2026-W47', '0', '0'],
    ]);
    const chart = screen.getByRole('img');
    expect(chart).toHaveAccessibleName('SLA breaches per week: 2026-W45: 3 / 10, 2026-W46: 0 / 4, 2026-W47: 0 / 0');
    // New MQLs on top of their bars, breaches inside theirs.
    expect([...chart.querySelectorAll('text.chart-value')].map((t) => t.textContent)).toEqual(['10', '3', '4']);
    expect(chart.querySelector('text.chart-value-inverse')).toHaveTextContent('3');
    expect([...chart.querySelectorAll('text.chart-tick')].map((t) => t.textContent)).toEqual([
      'New MQLs',
      'Breaches',
      'W45',
      'W46',
      'W47',
    ]);
    // The breach bar of W45 is 3/10 of its MQL bar.
    const [mqlBar, breachBar] = [...chart.querySelectorAll('g:not(.chart-legend) > rect')];
    expect(Number(breachBar?.getAttribute('height')) / Number(mqlBar?.getAttribute('height'))).toBeCloseTo(0.3, 5);
  });

  it('labels only some weeks when there are many, but lists them all in the table', () => {
    const year = Array.from({ length: 53 }, (_, i) => ({
      week: `2026-W${String(i + 1).padStart(2, '0')}`,
      mqls: 1,
      breaches: 0,
    }));
    render(<SlaBreachesChart weeks={year} />);
    const labels = [...screen.getByRole('img').querySelectorAll('g:not(.chart-legend) > text.chart-tick')];
    expect(labels.length).toBeLessThanOrEqual(14);
    expect(screen.getByRole('table').querySelectorAll('tbody tr')).toHaveLength(53);
  });
});
