import { inPeriod, type Period } from './period';

/** The funnel's steps, in order. Lost, disqualified and nurture are outcomes, not steps. */
export const FUNNEL_STEPS = ['lead', 'mql', 'sql', 'opportunity', 'customer'] as const;
export type FunnelStep = (typeof FUNNEL_STEPS)[number];

/** Counted for leads with no source recorded. */
export const NO_SOURCE = 'unknown';

export interface FunnelLead {
  sources: readonly string[];
  stageHistory: readonly { at: number; to: string }[];
}

export interface FunnelStepResult {
  step: FunnelStep;
  count: number;
  /** count / the previous step's count; null for the first step and when the previous step is 0. */
  fromPrevious: number | null;
  /** count / the first step's count; null when the first step is 0. */
  fromFirst: number | null;
}

export interface FunnelResult {
  overall: FunnelStepResult[];
  /** One funnel per source, sorted by leads (most first), then by name. */
  bySource: { source: string; steps: FunnelStepResult[] }[];
}

const STEP_RANK: ReadonlyMap<string, number> = new Map(FUNNEL_STEPS.map((step, i) => [step, i]));

/**
 * The furthest funnel step the lead reached within the period (its index in FUNNEL_STEPS), or -1.
 *
 * The rule: a lead counts for a step when its stage history has an entry inside the period into that
 * step or a later one. So a lead that went straight from lead to SQL counts for MQL too (it got past
 * it), a lead captured before the period that became MQL in it counts for Lead and MQL, and a lead
 * whose only change in the period was to lost, disqualified or nurture is not in that period's funnel.
 */
export function furthestStep(lead: FunnelLead, period: Period): number {
  let furthest = -1;
  for (const change of lead.stageHistory) {
    const rank = STEP_RANK.get(change.to);
    if (rank !== undefined && rank > furthest && inPeriod(change.at, period)) furthest = rank;
  }
  return furthest;
}

function stepsOf(counts: readonly number[]): FunnelStepResult[] {
  const first = counts[0] ?? 0;
  return FUNNEL_STEPS.map((step, i) => {
    const count = counts[i] ?? 0;
    const previous = i > 0 ? (counts[i - 1] ?? 0) : 0;
    return {
      step,
      count,
      fromPrevious: i > 0 && previous > 0 ? count / previous : null,
      fromFirst: first > 0 ? count / first : null,
    };
  });
}

export interface FunnelAccumulator {
  add(lead: FunnelLead): void;
  result(): FunnelResult;
}

/**
 * Counts leads into the funnel one at a time (only numbers are kept). A lead with several sources
 * counts once overall and once under each of its sources, so the sources can add up to more than
 * the overall funnel.
 */
export function createFunnel(period: Period): FunnelAccumulator {
  const overall = FUNNEL_STEPS.map(() => 0);
  const bySource = new Map<string, number[]>();
  return {
    add(lead) {
      const furthest = furthestStep(lead, period);
      if (furthest < 0) return;
      const sources = new Set(lead.sources.length > 0 ? lead.sources : [NO_SOURCE]);
      for (const source of sources) {
        let counts = bySource.get(source);
        if (!counts) {
          counts = FUNNEL_STEPS.map(() => 0);
          bySource.set(source, counts);
        }
        for (let i = 0; i <= furthest; i++) counts[i] = (counts[i] ?? 0) + 1;
      }
      for (let i = 0; i <= furthest; i++) overall[i] = (overall[i] ?? 0) + 1;
    },
    result() {
      return {
        overall: stepsOf(overall),
        bySource: [...bySource]
          .sort(([a, ca], [b, cb]) => (cb[0] ?? 0) - (ca[0] ?? 0) || a.localeCompare(b))
          .map(([source, counts]) => ({ source, steps: stepsOf(counts) })),
      };
    },
  };
}

/** The funnel of a list of leads over a period. */
export function funnel(leads: Iterable<FunnelLead>, period: Period): FunnelResult {
  const accumulator = createFunnel(period);
  for (const lead of leads) accumulator.add(lead);
  return accumulator.result();
}
