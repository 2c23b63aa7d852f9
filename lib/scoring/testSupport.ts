import type { Condition, EngagementRule, FitRule, ScoringModel } from './model';
import { DAY_MS } from './time';
import type { ScoreResult } from './types';

/** Shared by the scoring tests only. */
export const NOW = new Date('2025-06-01T12:00:00.000Z');

export function daysAgo(days: number, from: Date = NOW): string {
  return new Date(from.getTime() - days * DAY_MS).toISOString();
}

/** A model with no rules, no decay and simple thresholds; patch what a test needs. */
export function testModel(patch: Partial<ScoringModel> = {}): ScoringModel {
  return {
    format: 'leadlens-model',
    formatVersion: 1,
    name: 'test',
    version: 1,
    competitorDomains: [],
    extraFreeMailDomains: [],
    fitRules: [],
    knockouts: [],
    engagementRules: [],
    decay: { default: { kind: 'none' }, groups: {} },
    thresholds: { grades: { A: 60, B: 40, C: 20 }, levels: { 1: 50, 2: 25 }, mqlFit: 40, mqlEngagement: 40 },
    ...patch,
  };
}

export function fitRule(id: string, points: number, ...when: Condition[]): FitRule {
  return { id, label: id, points, when };
}

export function engagementRule(
  activityType: string,
  points: number,
  extra: Partial<EngagementRule> = {},
): EngagementRule {
  return { id: activityType, label: activityType, activityType, points, repeat: 'every', ...extra };
}

export function sumOf(result: ScoreResult, kind: 'fit' | 'engagement'): number {
  return result.contributions.filter((c) => c.kind === kind).reduce((s, c) => s + c.points, 0);
}
