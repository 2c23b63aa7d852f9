import type { OutcomeRecord } from '../db/records';
import { type ScorableActivity, type ScorableLead, type ScoringModel, scoreLead } from '../scoring';
import { type DecayFactor, decayFactor } from '../scoring/decay';
import { decayOf } from '../scoring/model';
import { toMillis } from '../scoring/time';
import type { SuggestedStage } from '../scoring/types';

export type Outcome = OutcomeRecord['outcome'];

export interface OutcomeInput {
  leadId: string;
  outcome: Outcome;
  /** Epoch milliseconds, as OutcomeRecord.at. */
  at: number;
}

export interface LeadInput {
  id: string;
  lead: ScorableLead;
  activities: readonly ScorableActivity[];
  /** LeadRecord.stageHistory, when known: a lost lead that had reached SQL counts for MQL-to-SQL. */
  stageHistory?: readonly { at: number; to: string }[];
}

/** One feature per scoring rule, fit rules first, in model order. */
export interface FeatureSpec {
  ruleId: string;
  kind: 'fit' | 'engagement';
  label: string;
  points: number;
}

/** A lead at the time of its outcome. */
export interface Sample {
  leadId: string;
  at: number;
  label: 0 | 1;
  reachedSql: boolean;
  knockedOut: boolean;
  /**
   * Rule units per feature: 1 for a fit rule that holds; for an engagement rule the counted
   * occurrences (fractions where a cap cut them), each decayed to the outcome time.
   */
  decayed: Float64Array;
  /** The same without decay: what an engagement rule with negative points (which never decay) earns. */
  undecayed: Float64Array;
  /** The current model's scores at the outcome time. */
  fit: number;
  engagement: number;
  stage: SuggestedStage;
}

export interface DataSummary {
  outcomes: number;
  /** Samples the fit learns from: labelled, latest per lead, not knocked out. */
  positives: number;
  negatives: number;
  /** Labelled leads a knock-out disqualifies whatever the points: backtested, not learnt from. */
  knockedOut: number;
  /** Leads whose latest outcome is nurture: still open, so unlabelled. */
  nurture: number;
  /** Earlier outcomes of a lead with a later one. */
  superseded: number;
  unknownLead: number;
  badDate: number;
}

const LABEL: Record<Outcome, 0 | 1 | undefined> = {
  won: 1,
  'sql-accepted': 1,
  lost: 0,
  disqualified: 0,
  nurture: undefined,
};
const SQL_OR_LATER = new Set(['sql', 'opportunity', 'customer']);

export function labelOf(outcome: Outcome): 0 | 1 | undefined {
  return LABEL[outcome];
}

export function featureSpecs(model: ScoringModel): FeatureSpec[] {
  const spec = (kind: FeatureSpec['kind']) => (r: { id: string; label: string; points: number }) => ({
    ruleId: r.id,
    kind,
    label: r.label,
    points: r.points,
  });
  return [...model.fitRules.map(spec('fit')), ...model.engagementRules.map(spec('engagement'))];
}

/** The activities strictly before `at`: what the lead had done when the outcome was recorded. */
export function activitiesBefore(activities: readonly ScorableActivity[], at: number): ScorableActivity[] {
  return activities.filter((a) => toMillis(a.at) < at);
}

/**
 * The latest outcome per lead (a later verdict replaces an earlier one: SQL-accepted then lost is
 * lost); on equal times the later in the list wins. A latest outcome of nurture leaves the lead open.
 */
function latestOutcomes(outcomes: readonly OutcomeInput[], summary: DataSummary): Map<string, OutcomeInput> {
  const latest = new Map<string, OutcomeInput>();
  for (const outcome of outcomes) {
    if (!Number.isFinite(outcome.at)) {
      summary.badDate++;
      continue;
    }
    const previous = latest.get(outcome.leadId);
    if (previous) summary.superseded++;
    if (!previous || outcome.at >= previous.at) latest.set(outcome.leadId, outcome);
  }
  return latest;
}

/**
 * Scores each lead with an outcome at the time of that outcome and reads the rule hits from the
 * contributions. Samples follow the order of `leads`.
 */
export function extractSamples(
  model: ScoringModel,
  leads: readonly LeadInput[],
  outcomes: readonly OutcomeInput[],
  onStep: (done: number, total: number) => void = () => {},
): { specs: FeatureSpec[]; samples: Sample[]; summary: DataSummary } {
  const specs = featureSpecs(model);
  const index = new Map(specs.map((s, i) => [s.ruleId, i]));
  const decays = new Map<string, DecayFactor>(model.engagementRules.map((r) => [r.id, decayFactor(decayOf(model, r))]));
  const summary: DataSummary = {
    outcomes: outcomes.length,
    positives: 0,
    negatives: 0,
    knockedOut: 0,
    nurture: 0,
    superseded: 0,
    unknownLead: 0,
    badDate: 0,
  };
  const latest = latestOutcomes(outcomes, summary);
  const samples: Sample[] = [];
  const seen = new Set<string>();
  let done = 0;
  for (const { id, lead, activities, stageHistory } of leads) {
    const outcome = latest.get(id);
    if (!outcome || seen.has(id)) continue;
    seen.add(id);
    if (++done % 250 === 0) onStep(done, latest.size);
    const label = labelOf(outcome.outcome);
    if (label === undefined) {
      summary.nurture++;
      continue;
    }
    const result = scoreLead(lead, activitiesBefore(activities, outcome.at), model, new Date(outcome.at));
    const decayed = new Float64Array(specs.length);
    const undecayed = new Float64Array(specs.length);
    for (const c of result.contributions) {
      const j = index.get(c.ruleId) ?? -1; // -1: a limit contribution, not a rule
      const spec = specs[j];
      if (!spec) continue;
      if (c.kind === 'fit') {
        decayed[j] = 1;
        undecayed[j] = 1;
        continue;
      }
      // A zero-point rule earns nothing, but each counted occurrence is still one unit.
      const units = spec.points === 0 ? 1 : (c.decayedFrom ?? 0) / spec.points;
      const age = Math.max(0, outcome.at - toMillis(c.at));
      const factor = decays.get(c.ruleId)?.(age) ?? 1;
      decayed[j] = (decayed[j] ?? 0) + (Number.isFinite(factor) ? units * factor : 0);
      undecayed[j] = (undecayed[j] ?? 0) + units;
    }
    const knockedOut = result.knockouts.length > 0;
    if (knockedOut) summary.knockedOut++;
    else if (label === 1) summary.positives++;
    else summary.negatives++;
    const reachedSql =
      label === 1 || (stageHistory ?? []).some((change) => SQL_OR_LATER.has(change.to) && change.at <= outcome.at);
    samples.push({
      leadId: id,
      at: outcome.at,
      label,
      reachedSql,
      knockedOut,
      decayed,
      undecayed,
      fit: result.fit,
      engagement: result.engagement,
      stage: result.stage,
    });
  }
  summary.unknownLead = [...latest.keys()].filter((id) => !seen.has(id)).length;
  onStep(latest.size, latest.size);
  return { specs, samples, summary };
}

/** Rule units under `points`: engagement rules with negative points do not decay. */
export function unitsAt(sample: Sample, j: number, points: number): number {
  return (points < 0 ? sample.undecayed[j] : sample.decayed[j]) ?? 0;
}
