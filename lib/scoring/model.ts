import { z } from 'zod';
import { SelectorOverrideSchema } from '../capture/schema';
import { DEPARTMENTS, SENIORITIES } from '../titles';
import { isCountryOrRegion } from './regions';

/*
 * The scoring model: a versioned JSON document the user can export, edit and import.
 * Conditions are three-valued: a condition on a field the lead does not have is "unknown", never true,
 * so neither it nor its `negate`d form fires (only `exists` is always known). A rule fires when all of
 * its `when` conditions are true.
 */

const negate = z.boolean().optional();
const wholePoints = z.int().min(-1000).max(1000);
const domain = z.string().regex(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/, 'expected a lower-case domain like acme.com');
const term = z.string().trim().min(1).max(200);
const LEAD_FIELDS = [
  'name',
  'title',
  'headline',
  'company',
  'email',
  'phone',
  'country',
  'location',
  'companySize',
  'industry',
  'website',
] as const;
const fieldRef = z
  .string()
  .refine(
    (f) => (LEAD_FIELDS as readonly string[]).includes(f) || /^custom\..+$/.test(f),
    `expected a lead field (${LEAD_FIELDS.join(', ')}) or custom.<key>`,
  );
const scalar = z.union([z.string().max(200), z.number(), z.boolean()]);

const SeniorityCondition = z.object({ type: z.literal('seniority'), in: z.array(z.enum(SENIORITIES)).min(1), negate });
const DepartmentCondition = z.object({
  type: z.literal('department'),
  in: z.array(z.enum(DEPARTMENTS)).min(1),
  negate,
});
/** Inclusive employee band; at least one bound. */
const CompanySizeCondition = z
  .object({ type: z.literal('companySize'), min: z.int().min(0).optional(), max: z.int().min(0).optional(), negate })
  .refine((c) => c.min !== undefined || c.max !== undefined, 'set min, max or both')
  .refine((c) => c.min === undefined || c.max === undefined || c.min <= c.max, 'min must not exceed max');
/** Industry contains any of the terms (case-insensitive). */
const IndustryCondition = z.object({ type: z.literal('industry'), anyOf: z.array(term).min(1), negate });
/** ISO alpha-2 codes or region names (EU, Nordics, DACH, ...). An empty list matches no country. */
const CountryCondition = z.object({
  type: z.literal('country'),
  in: z.array(z.string().refine(isCountryOrRegion, 'expected an ISO 3166-1 alpha-2 code or a region name')),
  negate,
});
/** The tech stack holds any of these (case-insensitive, whole item). */
const TechStackCondition = z.object({ type: z.literal('techStack'), anyOf: z.array(term).min(1), negate });
/** competitor: the model's competitorDomains; free: built-in and extra free mail; corporate: any other. */
const EmailDomainCondition = z.object({
  type: z.literal('emailDomain'),
  is: z.enum(['free', 'competitor', 'corporate']),
  negate,
});
/** Operators on any lead field or custom.<key>; strings compare case-insensitively. */
const FieldCondition = z.discriminatedUnion('op', [
  z.object({ type: z.literal('field'), field: fieldRef, op: z.literal('equals'), value: scalar, negate }),
  z.object({ type: z.literal('field'), field: fieldRef, op: z.literal('in'), values: z.array(scalar).min(1), negate }),
  z.object({ type: z.literal('field'), field: fieldRef, op: z.literal('contains'), value: term, negate }),
  z
    .object({
      type: z.literal('field'),
      field: fieldRef,
      op: z.literal('range'),
      min: z.number().optional(),
      max: z.number().optional(),
      negate,
    })
    .refine((c) => c.min !== undefined || c.max !== undefined, 'set min, max or both'),
  z.object({ type: z.literal('field'), field: fieldRef, op: z.literal('exists'), negate }),
]);

export const ConditionSchema = z.discriminatedUnion('type', [
  SeniorityCondition,
  DepartmentCondition,
  CompanySizeCondition,
  IndustryCondition,
  CountryCondition,
  TechStackCondition,
  EmailDomainCondition,
  FieldCondition,
]);

const ruleId = z.string().regex(/^[a-z0-9]+([.-][a-z0-9]+)*$/, 'expected a kebab-case id like vp-title');
const label = z.string().trim().min(1).max(120);
const groupName = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected a kebab-case group name like email');
const when = z.array(ConditionSchema).min(1).max(20);

export const FitRuleSchema = z.object({ id: ruleId, label, points: wholePoints, when });

export const KnockoutRuleSchema = z.object({ id: ruleId, label, reason: z.string().trim().min(1).max(300), when });

export const EngagementRuleSchema = z.object({
  id: ruleId,
  label,
  activityType: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected a kebab-case activity type'),
  /** Negative points (e.g. an unsubscribe) never decay. */
  points: wholePoints,
  /** 'first': scores once per lead however often it repeats (decaying from the latest occurrence). */
  repeat: z.enum(['first', 'every']).default('every'),
  /** Most points (absolute, before decay) this type earns per UTC day; the newest activities count first. */
  capPerDay: z.int().positive().optional(),
  /** Most points (absolute, before decay) this type earns in all; the newest activities count first. */
  capTotal: z.int().positive().optional(),
  /** Key into decay.groups; the default decay otherwise. */
  decayGroup: groupName.optional(),
});

const days = z.number().positive().max(3650);
export const DecaySchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('half-life'), days }),
  /** Points count fully within `days`, not at all after. */
  z.object({ kind: z.literal('window'), days }),
  z.object({ kind: z.literal('none') }),
]);

const score = z.number().min(0).max(100);
export const ThresholdsSchema = z
  .object({
    /** Lowest fit for each grade; below C is D. */
    grades: z.object({ A: score, B: score, C: score }),
    /** Lowest engagement for levels 1 and 2; below is 3. */
    levels: z.object({ 1: score, 2: score }),
    mqlFit: score,
    mqlEngagement: score,
    /** When set, total >= mqlTotal also makes an MQL (an alternative to both thresholds). */
    mqlTotal: z.number().min(0).max(200).optional(),
  })
  .refine((t) => t.grades.A >= t.grades.B && t.grades.B >= t.grades.C, {
    message: 'grade thresholds must not increase from A to C',
    path: ['grades'],
  })
  .refine((t) => t.levels[1] >= t.levels[2], { message: 'level 1 needs at least level 2', path: ['levels'] });

export const ScoringModelSchema = z
  .object({
    format: z.literal('leadlens-model', { error: 'not a LeadLens model: format must be "leadlens-model"' }),
    formatVersion: z.literal(1, { error: 'this LeadLens reads formatVersion 1 models' }),
    name: z.string().trim().min(1).max(120),
    version: z.int().min(1),
    description: z.string().max(2000).optional(),
    competitorDomains: z.array(domain).max(1000).default([]),
    extraFreeMailDomains: z.array(domain).max(1000).default([]),
    fitRules: z.array(FitRuleSchema).max(500),
    knockouts: z.array(KnockoutRuleSchema).max(100),
    engagementRules: z.array(EngagementRuleSchema).max(500),
    decay: z.object({ default: DecaySchema, groups: z.record(groupName, DecaySchema).default({}) }),
    thresholds: ThresholdsSchema,
    /** Capture fixes shared with the model (a team lead's selector overrides); applied on activation. */
    selectorOverrides: z.array(SelectorOverrideSchema).max(200).optional(),
  })
  .superRefine((model, ctx) => {
    const seen = new Set<string>();
    for (const section of ['fitRules', 'knockouts', 'engagementRules'] as const) {
      model[section].forEach((rule, i) => {
        if (seen.has(rule.id))
          ctx.addIssue({ code: 'custom', message: `duplicate rule id ${rule.id}`, path: [section, i, 'id'] });
        seen.add(rule.id);
      });
    }
    const types = new Set<string>();
    model.engagementRules.forEach((rule, i) => {
      if (types.has(rule.activityType))
        ctx.addIssue({
          code: 'custom',
          message: `second rule for ${rule.activityType}`,
          path: ['engagementRules', i, 'activityType'],
        });
      types.add(rule.activityType);
      if (rule.decayGroup !== undefined && !Object.hasOwn(model.decay.groups, rule.decayGroup))
        ctx.addIssue({
          code: 'custom',
          message: `no decay group ${rule.decayGroup}`,
          path: ['engagementRules', i, 'decayGroup'],
        });
    });
  });

export type Condition = z.infer<typeof ConditionSchema>;
export type FitRule = z.infer<typeof FitRuleSchema>;
export type KnockoutRule = z.infer<typeof KnockoutRuleSchema>;
export type EngagementRule = z.infer<typeof EngagementRuleSchema>;
export type Decay = z.infer<typeof DecaySchema>;
export type Thresholds = z.infer<typeof ThresholdsSchema>;
/** Treat a model as immutable: compiled matchers are cached per model object. */
export type ScoringModel = z.infer<typeof ScoringModelSchema>;

/** The decay an engagement rule uses: its group's, or the model's default. */
export function decayOf(model: ScoringModel, rule: EngagementRule): Decay {
  const group = rule.decayGroup;
  return (
    (group !== undefined && Object.hasOwn(model.decay.groups, group) && model.decay.groups[group]) ||
    model.decay.default
  );
}
