import { compileModel } from './compile';
import { type CompiledCondition, testAll } from './conditions';
import { suggestStage } from './grading';
import { LeadFacts } from './leadFacts';
import type { ScoringModel } from './model';
import { FIT_LIMIT_RULE_ID, scoreLead } from './scoreLead';
import type { ScorableActivity, ScorableLead, ScoreResult } from './types';

interface ChangeBase {
  ruleId: string;
  /** Like "Company size unknown: 51-200 employees would add +15 and reach MQL". */
  text: string;
  /** How much the score of that kind would rise. */
  points: number;
  /** Whether this alone moves the lead to the next stage. */
  reachesNext: boolean;
}

export type ChangeItem =
  | (ChangeBase & { kind: 'fact'; field: string })
  | (ChangeBase & { kind: 'action'; activityType: string });

const FIELD_NAMES: Record<string, string> = {
  title: 'Title',
  companySize: 'Company size',
  industry: 'Industry',
  country: 'Country',
  techStack: 'Tech stack',
  email: 'Email',
};

const HYPOTHETICAL_KEY = 'leadlens:what-would-change';

function suffix(points: number, reaches: boolean): string {
  return ` would add +${points}${reaches ? ' and reach MQL' : ''}`;
}

/** Missing facts that positive fit rules wait for: one per field and rule family, the smallest that suffices. */
function missingFacts(lead: ScorableLead, model: ScoringModel, result: ScoreResult): ChangeItem[] {
  const compiled = compileModel(model);
  const facts = new LeadFacts(lead && typeof lead === 'object' ? lead : {}, compiled.domains);
  const rawFit = result.contributions.reduce(
    (s, c) => (c.kind === 'fit' && c.ruleId !== FIT_LIMIT_RULE_ID ? s + c.points : s),
    0,
  );
  const best = new Map<string, ChangeItem>();
  for (const { rule, conditions } of compiled.fitRules) {
    if (rule.points <= 0 || testAll(conditions, facts) !== undefined) continue;
    const unknown: CompiledCondition[] = conditions.filter((c) => c.test(facts) === undefined);
    const field = unknown[0]?.field;
    if (field === undefined || unknown.some((c) => c.field !== field)) continue;
    const fit = Math.min(100, Math.max(0, rawFit + rule.points));
    const points = fit - result.fit;
    if (points <= 0) continue;
    const reachesNext = suggestStage(fit, result.engagement, model.thresholds, false) === 'mql';
    const item: ChangeItem = {
      kind: 'fact',
      field,
      ruleId: rule.id,
      text: `${FIELD_NAMES[field] ?? field} unknown: ${rule.label}${suffix(points, reachesNext)}`,
      points,
      reachesNext,
    };
    const family = `${field}|${rule.when.map((c) => c.type).join(',')}`;
    const previous = best.get(family);
    if (!previous || preferred(item, previous)) best.set(family, item);
  }
  return [...best.values()];
}

/** One more of each positive activity type, now, scored for real (so repeat rules and caps apply). */
function nextActions(
  lead: ScorableLead,
  activities: readonly ScorableActivity[],
  model: ScoringModel,
  now: Date,
  result: ScoreResult,
): ChangeItem[] {
  const list = Array.isArray(activities) ? activities : [];
  const items: ChangeItem[] = [];
  for (const rule of model.engagementRules) {
    if (rule.points <= 0) continue;
    const extra: ScorableActivity = { type: rule.activityType, at: now, dedupeKey: HYPOTHETICAL_KEY };
    const after = scoreLead(lead, [...list, extra], model, now);
    const points = after.engagement - result.engagement;
    if (points <= 0) continue;
    const reachesNext = after.stage === 'mql';
    items.push({
      kind: 'action',
      activityType: rule.activityType,
      ruleId: rule.id,
      text: `${rule.label}${suffix(points, reachesNext)}`,
      points,
      reachesNext,
    });
  }
  return items;
}

/** Sufficient items first, smallest first; then the rest, largest first. */
function compare(a: ChangeItem, b: ChangeItem): number {
  if (a.reachesNext !== b.reachesNext) return a.reachesNext ? -1 : 1;
  const byPoints = a.reachesNext ? a.points - b.points : b.points - a.points;
  return (
    byPoints || (a.kind === b.kind ? 0 : a.kind === 'fact' ? -1 : 1) || (a.text < b.text ? -1 : a.text > b.text ? 1 : 0)
  );
}

function preferred(a: ChangeItem, b: ChangeItem): boolean {
  return compare(a, b) < 0;
}

/**
 * The smallest missing facts (unknown fields a positive fit rule waits for) and single actions that
 * would move a lead to the next stage, sufficient ones first; facts only while fit is short of its
 * threshold, actions only while engagement is (both when mqlTotal is set). Only a 'lead' has a
 * score-driven next stage (MQL): an MQL moves on by qualification, a knocked-out lead by a person.
 */
export function whatWouldChange(
  lead: ScorableLead,
  activities: readonly ScorableActivity[],
  model: ScoringModel,
  now: Date,
  result: ScoreResult,
): ChangeItem[] {
  if (result.stage !== 'lead') return [];
  const t = model.thresholds;
  const byTotal = t.mqlTotal !== undefined;
  return [
    ...(byTotal || result.fit < t.mqlFit ? missingFacts(lead, model, result) : []),
    ...(byTotal || result.engagement < t.mqlEngagement ? nextActions(lead, activities, model, now, result) : []),
  ].sort(compare);
}
