import { defaultModel, type ScoringModel, scoreLead } from '../scoring';
import { generateLeads } from '../scoring/generate';
import type { CalibrationInput } from './calibrate';
import { activitiesBefore, type OutcomeInput } from './features';
import { random } from './random';

/** Shared by the calibration tests and the timing script only. */
export const NOW = new Date('2025-06-01T12:00:00.000Z');
const DAY_MS = 86_400_000;

/**
 * What really drives conversion in the synthetic world, as points on the default model's rules:
 * some rules matter more than the default model thinks, some not at all (email opens, page views),
 * and 'call' (0 points by default) matters. The three strongest: demo request, meeting, C-level.
 */
export const TRUE_POINTS: Readonly<Record<string, number>> = {
  'c-level-title': 40,
  'vp-director-title': 25,
  'head-manager-title': 10,
  'senior-title': 0,
  'individual-title': -15,
  'buying-department': 5,
  'size-11-50': 0,
  'size-51-200': 10,
  'size-201-1000': 25,
  'size-1001-5000': 20,
  'size-5001-plus': 10,
  'target-industry': 15,
  'non-target-industry': -25,
  europe: 0,
  'uses-crm': 15,
  'business-email': 10,
  'free-email': -20,
  'pricing-page-visit': 20,
  'demo-request': 80,
  'quote-request': 25,
  'contact-form': 25,
  'meeting-booked': 60,
  'trial-signup': 25,
  'email-reply': 20,
  'webinar-attendance': 10,
  'webinar-registration': 0,
  'whitepaper-download': 0,
  'ebook-download': 0,
  'email-click': 0,
  'product-action': 5,
  'page-view': 0,
  'email-open': 0,
  'email-unsubscribe': -20,
  'social-post': 0,
  call: 15,
};
/** Log-odds per true point: 20 points multiply the odds by e. */
export const PER_POINT = 0.05;

export function modelWithPoints(model: ScoringModel, points: Readonly<Record<string, number>>): ScoringModel {
  return {
    ...model,
    fitRules: model.fitRules.map((r) => ({ ...r, points: points[r.id] ?? r.points })),
    engagementRules: model.engagementRules.map((r) => ({ ...r, points: points[r.id] ?? r.points })),
  };
}

export const trueModel = modelWithPoints(defaultModel, TRUE_POINTS);

/** A standard normal draw (Box–Muller). */
function normal(rand: () => number): number {
  return Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand());
}

/**
 * `count` generated leads, each with one outcome 0-60 days before NOW, positive with probability
 * sigmoid(-4 + PER_POINT × the true model's total at that time + Normal(0, 0.5)), for the default model.
 */
export function syntheticHistory(count: number, seed: number): CalibrationInput {
  const rand = random(seed ^ 0x5eed);
  const leads = generateLeads(count, seed, NOW);
  const outcomes: OutcomeInput[] = leads.map(({ id, lead, activities }) => {
    const at = NOW.getTime() - Math.floor(rand() * 60 * DAY_MS);
    const total = scoreLead(lead, activitiesBefore(activities, at), trueModel, new Date(at)).total;
    const latent = -4 + PER_POINT * total + 0.5 * normal(rand);
    const positive = rand() < 1 / (1 + Math.exp(-latent));
    const outcome = positive ? (rand() < 0.5 ? 'won' : 'sql-accepted') : rand() < 0.5 ? 'lost' : 'disqualified';
    return { leadId: id, outcome, at };
  });
  return { model: defaultModel, leads, outcomes };
}

/** Each outcome's lead scored by `model` as of the outcome, with its label. */
export function scoredAtOutcome(input: CalibrationInput, model: ScoringModel): { score: number; label: 0 | 1 }[] {
  const leads = new Map(input.leads.map((l) => [l.id, l]));
  return input.outcomes.flatMap(({ leadId, outcome, at }) => {
    const lead = leads.get(leadId);
    if (!lead || outcome === 'nurture') return [];
    const score = scoreLead(lead.lead, activitiesBefore(lead.activities, at), model, new Date(at)).total;
    return [{ score, label: outcome === 'won' || outcome === 'sql-accepted' ? 1 : 0 }];
  });
}

/** Where in `value` a number is NaN or infinite ('$.a[2].b'); empty when none is. */
export function nonFinite(value: unknown, path = '$'): string[] {
  if (typeof value === 'number') return Number.isFinite(value) ? [] : [path];
  if (ArrayBuffer.isView(value)) return nonFinite(Array.from(value as Float64Array), path);
  if (Array.isArray(value)) return value.flatMap((v, i) => nonFinite(v, `${path}[${i}]`));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => nonFinite(v, `${path}.${k}`));
  return [];
}
