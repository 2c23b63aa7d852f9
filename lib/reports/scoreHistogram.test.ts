import { defaultModel } from '../scoring';
import { periodOfDays } from './period';
import { createScoreHistogram, type HistogramLead, mqlThresholds } from './scoreHistogram';

const period = periodOfDays('2026-11-01', '2026-11-30');
const at = Date.parse('2026-11-10T12:00:00Z');
const lead = (fit: number, engagement: number, createdAt = at): HistogramLead => ({
  createdAt,
  score: { fit, engagement, total: fit + engagement },
});

function histogram(leads: HistogramLead[]) {
  const accumulator = createScoreHistogram(period, defaultModel.thresholds);
  for (const l of leads) accumulator.add(l);
  return accumulator.result();
}

describe('score histogram', () => {
  it('has ten empty buckets per dimension for an empty period', () => {
    const result = histogram([lead(50, 50, at - 30 * 86_400_000)]);
    expect(result.fit.leads).toBe(0);
    expect(result.fit.buckets.map((b) => [b.from, b.to, b.count])).toEqual(
      Array.from({ length: 10 }, (_, i) => [i * 10, i * 10 + 10, 0]),
    );
    expect(result.total.buckets.at(-1)).toEqual({ from: 180, to: 200, count: 0 });
  });

  it.each<[string, HistogramLead, number, number]>([
    ['0 in the first bucket', lead(0, 0), 0, 0],
    ['a bucket includes its lower bound', lead(40, 0), 4, 2],
    ['and excludes its upper bound', lead(39.9, 0), 3, 1],
    ['100 in the last bucket', lead(100, 0), 9, 5],
    ['negative fit in the first bucket', lead(-10, 20), 0, 0],
    ['above the maximum in the last bucket', lead(130, 100), 9, 9],
  ])('%s', (_, l, fitBucket, totalBucket) => {
    const result = histogram([l]);
    expect(result.fit.buckets.findIndex((b) => b.count === 1)).toBe(fitBucket);
    expect(result.total.buckets.findIndex((b) => b.count === 1)).toBe(totalBucket);
  });

  it('leaves out unscored leads and damaged scores', () => {
    const result = histogram([{ createdAt: at }, lead(Number.NaN, 10), lead(50, 10)]);
    expect(result.engagement.leads).toBe(1);
    expect(result.engagement.buckets[1]?.count).toBe(1);
  });

  it("marks the active model's MQL thresholds", () => {
    const result = histogram([]);
    expect([result.fit.mqlThreshold, result.engagement.mqlThreshold, result.total.mqlThreshold]).toEqual([40, 40, 80]);
  });
});

describe('mqlThresholds', () => {
  it('uses mqlTotal on the total when the model has one', () => {
    expect(mqlThresholds({ ...defaultModel.thresholds, mqlTotal: 120 })).toEqual({
      fit: 40,
      engagement: 40,
      total: 120,
    });
  });
});
