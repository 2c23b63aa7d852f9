import { describe, expect, it } from 'vitest';
import { defaultModel } from './defaultModel';
import { generateLeads } from './generate';
import { scoreLead } from './scoreLead';
import { NOW } from './testSupport';

describe('generateLeads', () => {
  const leads = generateLeads(2000, 42, NOW);

  it('gives the same leads for the same seed, others for another', () => {
    expect(generateLeads(50, 42, NOW)).toEqual(leads.slice(0, 50));
    expect(generateLeads(50, 43, NOW)).not.toEqual(leads.slice(0, 50));
  });

  it('makes 0-30 activities per lead, about 10 on average, dated in the past half year', () => {
    const counts = leads.map((l) => l.activities.length);
    expect(Math.min(...counts)).toBe(0);
    expect(Math.max(...counts)).toBeLessThanOrEqual(30);
    const mean = counts.reduce((s, n) => s + n, 0) / counts.length;
    expect(mean).toBeGreaterThan(8);
    expect(mean).toBeLessThan(12);
    const times = leads.flatMap((l) => l.activities.map((a) => Date.parse(a.at as string)));
    expect(Math.max(...times)).toBeLessThanOrEqual(NOW.getTime());
    expect(Math.min(...times)).toBeGreaterThanOrEqual(NOW.getTime() - 181 * 86_400_000);
  });

  it('makes mostly European leads with names, titles and unique ids', () => {
    const european = leads.filter((l) => l.lead.country && l.lead.country !== 'US').length;
    expect(european / leads.length).toBeGreaterThan(0.7);
    expect(leads.every((l) => l.lead.name && (l.lead.title ?? l.lead.headline))).toBe(true);
    expect(new Set(leads.map((l) => l.id)).size).toBe(leads.length);
  });

  it('spreads over every grade and stage', () => {
    const results = leads.map((l) => scoreLead(l.lead, l.activities, defaultModel, NOW));
    expect(new Set(results.map((r) => r.grade))).toEqual(new Set(['A', 'B', 'C', 'D']));
    expect(new Set(results.map((r) => r.level))).toEqual(new Set([1, 2, 3]));
    expect(new Set(results.map((r) => r.stage))).toEqual(new Set(['lead', 'mql', 'disqualified']));
  });
});
