import { render, screen, within } from '@testing-library/react';
import { setLanguage } from '@/lib/i18n';
import { funnel } from '@/lib/reports/funnel';
import { periodOfDays } from '@/lib/reports/period';
import { FunnelChart } from './FunnelChart';

const period = periodOfDays('2026-11-01', '2026-11-30');
const at = Date.parse('2026-11-10T12:00:00Z');
const leadsReaching = (to: string, n: number) =>
  Array.from({ length: n }, () => ({ sources: ['linkedin'], stageHistory: [{ at, to }] }));
const steps = funnel(
  [...leadsReaching('lead', 1200), ...leadsReaching('mql', 600), ...leadsReaching('sql', 200)],
  period,
).overall;

const rows = () =>
  within(screen.getByRole('table', { name: 'Funnel from 2026-11-01 to 2026-11-30' }))
    .getAllByRole('row')
    .slice(1)
    .map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent));

describe('FunnelChart', () => {
  afterEach(() => setLanguage(null));

  it('shows every step with its count and conversion, in the chart and in the table', () => {
    setLanguage('en');
    render(<FunnelChart steps={steps} caption="Funnel from 2026-11-01 to 2026-11-30" />);
    expect(rows()).toEqual([
      ['Lead', '2,000', '–', '100%'],
      ['MQL', '800', '40%', '40%'],
      ['SQL', '200', '25%', '10%'],
      ['Opportunity', '0', '0%', '0%'],
      ['Customer', '0', '–', '0%'],
    ]);
    const chart = screen.getByRole('img');
    expect(chart).toHaveAccessibleName(
      'Funnel: Lead 2,000, MQL 800 (40%), SQL 200 (25%), Opportunity 0 (0%), Customer 0',
    );
    // The numbers drawn next to the bars are the table's.
    const drawn = [...chart.querySelectorAll('text.chart-value')].map((text) => text.textContent);
    expect(drawn).toEqual(['2,000', '80040%', '20025%', '00%', '0']); // no rate over 0 opportunities
    // Bars scale with the count: MQL is 40% as wide as Lead, empty steps draw nothing.
    const widths = [...chart.querySelectorAll('rect')].map((rect) => Number(rect.getAttribute('width')));
    const [lead = 0, mql = 0, , ...empty] = widths;
    expect(mql / lead).toBeCloseTo(0.4, 5);
    expect(empty).toEqual([0, 0]);
  });

  it('formats numbers in the UI language', () => {
    setLanguage('nl');
    render(<FunnelChart steps={steps} caption="Funnel from 2026-11-01 to 2026-11-30" />);
    expect(rows()[0]).toEqual(['Lead', '2.000', '–', '100%']);
  });
});
