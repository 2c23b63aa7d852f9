import type { ScoringModel } from './model';
import { scoreLead } from './scoreLead';
import { resolveStage, type Stage } from './stage';
import type { ScorableActivity, ScorableLead } from './types';

/** A stored lead as the what-if reads it: what scoring needs, its stage and whether a person set it. */
export interface WhatIfLead extends ScorableLead {
  id: string;
  stage: Stage;
  stageManual?: boolean;
}

/** One lead under the active model and under the edited one, both scored at the same `now`. */
export interface LeadComparison {
  leadId: string;
  name: string;
  company?: string;
  oldStage: Stage;
  newStage: Stage;
  oldScore: number;
  newScore: number;
}

export interface StageTransition {
  from: Stage;
  to: Stage;
  count: number;
}

/** Totals run 0-200; ten bins of 20 (the last one holds 180-200). */
export const SCORE_BINS = 10;
export const BIN_WIDTH = 20;

export interface WhatIfSummary {
  leads: number;
  /** Leads whose stage differs between the two models. */
  changed: number;
  /** Counted per from → to, most common first. */
  transitions: StageTransition[];
  /** The first `listLimit` (50 by default) stage changes in lead order; `changed` says how many there are in all. */
  changes: LeadComparison[];
  /** How many leads have a total in each bin, under the active model and under the edited one. */
  histogram: { before: number[]; after: number[] };
}

/**
 * Scores a lead with both models and moves its stage the way a real rescore would (resolveStage,
 * as lib/db/leadScore applyScore does): manual stages and stages past MQL stay where they are.
 */
export function compareLead(
  lead: WhatIfLead,
  activities: readonly ScorableActivity[],
  baseline: ScoringModel,
  candidate: ScoringModel,
  now: Date,
): LeadComparison {
  const current = { stage: lead.stage, manual: lead.stageManual };
  const before = scoreLead(lead, activities, baseline, now);
  const after = scoreLead(lead, activities, candidate, now);
  return {
    leadId: lead.id,
    name: lead.name ?? '',
    ...(lead.company ? { company: lead.company } : {}),
    oldStage: resolveStage(current, before.stage).stage,
    newStage: resolveStage(current, after.stage).stage,
    oldScore: before.total,
    newScore: after.total,
  };
}

export const binOf = (total: number) => Math.min(SCORE_BINS - 1, Math.max(0, Math.floor(total / BIN_WIDTH)));

/** Adds comparisons up lead by lead (a chunk at a time), keeping at most `listLimit` changes to list. */
export class WhatIfTally {
  private leads = 0;
  private changed = 0;
  private readonly changes: LeadComparison[] = [];
  private readonly transitions = new Map<string, StageTransition>();
  private readonly before = new Array<number>(SCORE_BINS).fill(0);
  private readonly after = new Array<number>(SCORE_BINS).fill(0);

  constructor(private readonly listLimit = 50) {}

  add(c: LeadComparison): void {
    this.leads++;
    const b = binOf(c.oldScore);
    const a = binOf(c.newScore);
    this.before[b] = (this.before[b] ?? 0) + 1;
    this.after[a] = (this.after[a] ?? 0) + 1;
    if (c.oldStage === c.newStage) return;
    this.changed++;
    if (this.changes.length < this.listLimit) this.changes.push(c);
    const key = `${c.oldStage}>${c.newStage}`;
    const t = this.transitions.get(key) ?? { from: c.oldStage, to: c.newStage, count: 0 };
    this.transitions.set(key, { ...t, count: t.count + 1 });
  }

  summary(): WhatIfSummary {
    return {
      leads: this.leads,
      changed: this.changed,
      transitions: [...this.transitions.values()].sort((a, b) => b.count - a.count),
      changes: [...this.changes],
      histogram: { before: [...this.before], after: [...this.after] },
    };
  }
}
