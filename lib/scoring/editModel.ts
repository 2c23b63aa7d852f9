import type { Condition, Decay, EngagementRule, FitRule, KnockoutRule, ScoringModel } from './model';
import { parseModelJson } from './modelIO';

/*
 * The model editor's form state and its conversion to and from a model. Every input is kept as the
 * text the user typed (numbers too), so a half-typed value is never lost; `formToCandidate` builds the
 * model-shaped object and `validateForm` checks it with ScoringModelSchema, keyed by the model path of
 * each problem (`fitRules[2].points`), which is also how each form field finds its error.
 */

export type ConditionType = Condition['type'];
export const CONDITION_TYPES: readonly ConditionType[] = [
  'seniority',
  'department',
  'companySize',
  'industry',
  'country',
  'techStack',
  'emailDomain',
  'field',
];
export type FieldOp = Extract<Condition, { type: 'field' }>['op'];
export const FIELD_OPS: readonly FieldOp[] = ['equals', 'in', 'contains', 'range', 'exists'];
export type EmailKind = Extract<Condition, { type: 'emailDomain' }>['is'];
export type DecayKind = Decay['kind'];

/** One condition, flat, so switching its type keeps what was typed for the other types. */
export interface ConditionForm {
  key: string;
  type: ConditionType;
  /** Undefined when the model did not say (kept that way so an untouched rule round-trips exactly). */
  negate: boolean | undefined;
  /** Seniority or department values. */
  picked: string[];
  /** Comma-separated terms, countries or field values. */
  list: string;
  min: string;
  max: string;
  is: EmailKind;
  field: string;
  op: FieldOp;
  value: string;
}

export interface FitRuleForm {
  key: string;
  id: string;
  label: string;
  points: string;
  when: ConditionForm[];
}

export interface KnockoutForm {
  key: string;
  id: string;
  label: string;
  reason: string;
  when: ConditionForm[];
}

export interface EngagementRuleForm {
  key: string;
  id: string;
  label: string;
  activityType: string;
  points: string;
  repeat: 'first' | 'every';
  capPerDay: string;
  capTotal: string;
  /** '' for the model's default decay. */
  decayGroup: string;
}

export interface DecayForm {
  kind: DecayKind;
  days: string;
}

export interface DecayGroupForm {
  key: string;
  name: string;
  decay: DecayForm;
}

export interface ThresholdsForm {
  gradeA: string;
  gradeB: string;
  gradeC: string;
  level1: string;
  level2: string;
  mqlFit: string;
  mqlEngagement: string;
  /** '' when total alone never makes an MQL. */
  mqlTotal: string;
}

export interface ModelForm {
  /** The version the form started from: what the form does not edit (format, selector overrides) comes from it. */
  base: ScoringModel;
  name: string;
  description: string;
  competitorDomains: string;
  extraFreeMailDomains: string;
  fitRules: FitRuleForm[];
  knockouts: KnockoutForm[];
  engagementRules: EngagementRuleForm[];
  decay: DecayForm;
  decayGroups: DecayGroupForm[];
  thresholds: ThresholdsForm;
}

export type RuleSection = 'fitRules' | 'knockouts' | 'engagementRules';

let keyCounter = 0;
/** A key for React lists: rules move and change id, so neither index nor id will do. */
const nextKey = () => `k${++keyCounter}`;

const text = (n: number | undefined) => (n === undefined ? '' : String(n));
const joinList = (items: readonly (string | number | boolean)[]) => items.map(String).join(', ');

/** Comma- or newline-separated text as trimmed items, empty ones dropped. */
export function splitList(value: string): string[] {
  return value
    .split(/[,\n]/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/**
 * A typed number: '' is "not set"; a decimal comma is read as a point; anything else that is not a
 * number stays text, so the schema names the problem ("expected number") next to the field.
 */
export function parseNumber(value: string): number | string | undefined {
  const trimmed = value.trim();
  if (trimmed === '') return undefined;
  const n = Number(trimmed.replace(',', '.'));
  return Number.isFinite(n) ? n : trimmed;
}

/** A field condition's value: a canonical number or true/false as such, other text as text (they compare as text). */
function parseScalar(value: string): string | number | boolean {
  const trimmed = value.trim();
  if (trimmed === 'true' || trimmed === 'false') return trimmed === 'true';
  const n = Number(trimmed);
  return trimmed !== '' && Number.isFinite(n) && String(n) === trimmed ? n : trimmed;
}

export function emptyCondition(type: ConditionType = 'seniority'): ConditionForm {
  return {
    key: nextKey(),
    type,
    negate: undefined,
    picked: [],
    list: '',
    min: '',
    max: '',
    is: 'corporate',
    field: '',
    op: 'equals',
    value: '',
  };
}

export function conditionToForm(c: Condition): ConditionForm {
  const form = { ...emptyCondition(c.type), negate: c.negate };
  switch (c.type) {
    case 'seniority':
    case 'department':
      return { ...form, picked: [...c.in] };
    case 'companySize':
      return { ...form, min: text(c.min), max: text(c.max) };
    case 'industry':
    case 'techStack':
      return { ...form, list: joinList(c.anyOf) };
    case 'country':
      return { ...form, list: joinList(c.in) };
    case 'emailDomain':
      return { ...form, is: c.is };
    case 'field': {
      const base = { ...form, field: c.field, op: c.op };
      if (c.op === 'equals' || c.op === 'contains') return { ...base, value: String(c.value) };
      if (c.op === 'in') return { ...base, list: joinList(c.values) };
      if (c.op === 'range') return { ...base, min: text(c.min), max: text(c.max) };
      return base;
    }
  }
}

/** Only the keys that are set, so an optional property left empty is absent rather than undefined. */
function defined(entries: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(entries).filter(([, v]) => v !== undefined));
}

export function formToCondition(f: ConditionForm): unknown {
  const negate = f.negate;
  switch (f.type) {
    case 'seniority':
    case 'department':
      return defined({ type: f.type, in: f.picked, negate });
    case 'companySize':
      return defined({ type: f.type, min: parseNumber(f.min), max: parseNumber(f.max), negate });
    case 'industry':
    case 'techStack':
      return defined({ type: f.type, anyOf: splitList(f.list), negate });
    case 'country':
      return defined({ type: f.type, in: splitList(f.list), negate });
    case 'emailDomain':
      return defined({ type: f.type, is: f.is, negate });
    case 'field': {
      const base = { type: f.type, field: f.field.trim(), op: f.op };
      if (f.op === 'equals') return defined({ ...base, value: parseScalar(f.value), negate });
      if (f.op === 'contains') return defined({ ...base, value: f.value, negate });
      if (f.op === 'in') return defined({ ...base, values: splitList(f.list).map(parseScalar), negate });
      if (f.op === 'range') return defined({ ...base, min: parseNumber(f.min), max: parseNumber(f.max), negate });
      return defined({ ...base, negate });
    }
  }
}

const decayToForm = (d: Decay): DecayForm => ({ kind: d.kind, days: d.kind === 'none' ? '' : String(d.days) });
const formToDecay = (d: DecayForm) =>
  d.kind === 'none' ? { kind: d.kind } : { kind: d.kind, days: parseNumber(d.days) };

const fitToForm = (r: FitRule): FitRuleForm => ({
  key: nextKey(),
  id: r.id,
  label: r.label,
  points: String(r.points),
  when: r.when.map(conditionToForm),
});

const knockoutToForm = (r: KnockoutRule): KnockoutForm => ({
  key: nextKey(),
  id: r.id,
  label: r.label,
  reason: r.reason,
  when: r.when.map(conditionToForm),
});

const engagementToForm = (r: EngagementRule): EngagementRuleForm => ({
  key: nextKey(),
  id: r.id,
  label: r.label,
  activityType: r.activityType,
  points: String(r.points),
  repeat: r.repeat,
  capPerDay: text(r.capPerDay),
  capTotal: text(r.capTotal),
  decayGroup: r.decayGroup ?? '',
});

/** The form for a model (a stored version, the starting point of an edit). */
export function modelToForm(model: ScoringModel): ModelForm {
  const t = model.thresholds;
  return {
    base: model,
    name: model.name,
    description: model.description ?? '',
    competitorDomains: model.competitorDomains.join('\n'),
    extraFreeMailDomains: model.extraFreeMailDomains.join('\n'),
    fitRules: model.fitRules.map(fitToForm),
    knockouts: model.knockouts.map(knockoutToForm),
    engagementRules: model.engagementRules.map(engagementToForm),
    decay: decayToForm(model.decay.default),
    decayGroups: Object.entries(model.decay.groups).map(([name, decay]) => ({
      key: nextKey(),
      name,
      decay: decayToForm(decay),
    })),
    thresholds: {
      gradeA: String(t.grades.A),
      gradeB: String(t.grades.B),
      gradeC: String(t.grades.C),
      level1: String(t.levels[1]),
      level2: String(t.levels[2]),
      mqlFit: String(t.mqlFit),
      mqlEngagement: String(t.mqlEngagement),
      mqlTotal: text(t.mqlTotal),
    },
  };
}

/** The model-shaped object the form describes; not yet validated (see validateForm). */
export function formToCandidate(form: ModelForm): unknown {
  const t = form.thresholds;
  const { base } = form;
  return defined({
    ...base,
    name: form.name,
    description: form.description.trim() === '' ? undefined : form.description,
    competitorDomains: splitList(form.competitorDomains),
    extraFreeMailDomains: splitList(form.extraFreeMailDomains),
    fitRules: form.fitRules.map((r) => ({
      id: r.id,
      label: r.label,
      points: parseNumber(r.points),
      when: r.when.map(formToCondition),
    })),
    knockouts: form.knockouts.map((r) => ({
      id: r.id,
      label: r.label,
      reason: r.reason,
      when: r.when.map(formToCondition),
    })),
    engagementRules: form.engagementRules.map((r) =>
      defined({
        id: r.id,
        label: r.label,
        activityType: r.activityType.trim(),
        points: parseNumber(r.points),
        repeat: r.repeat,
        capPerDay: parseNumber(r.capPerDay),
        capTotal: parseNumber(r.capTotal),
        decayGroup: r.decayGroup === '' ? undefined : r.decayGroup,
      }),
    ),
    decay: {
      default: formToDecay(form.decay),
      // The first group of a name wins (validateForm reports the others), as errors are mapped back to it.
      groups: Object.fromEntries(
        form.decayGroups
          .filter((g, i) => form.decayGroups.findIndex((o) => o.name.trim() === g.name.trim()) === i)
          .map((g) => [g.name.trim(), formToDecay(g.decay)]),
      ),
    },
    thresholds: defined({
      grades: { A: parseNumber(t.gradeA), B: parseNumber(t.gradeB), C: parseNumber(t.gradeC) },
      levels: { 1: parseNumber(t.level1), 2: parseNumber(t.level2) },
      mqlFit: parseNumber(t.mqlFit),
      mqlEngagement: parseNumber(t.mqlEngagement),
      mqlTotal: parseNumber(t.mqlTotal),
    }),
  });
}

/** Where a decay group's problems are reported: by position, as two groups may share a name while typing. */
export const decayGroupPath = (index: number) => `decayGroups[${index}]`;

export interface FormValidation {
  /** The model to save or try, when the form is valid. */
  model: ScoringModel | null;
  /** Problems by model path (`fitRules[0].when[1].in`), in the words of lib/scoring/modelIO. */
  errors: ReadonlyMap<string, string[]>;
}

/** Validates the form with the model schema; every problem is keyed by the path of its field. */
export function validateForm(form: ModelForm): FormValidation {
  const errors = new Map<string, string[]>();
  const add = (path: string, message: string) => errors.set(path, [...(errors.get(path) ?? []), message]);
  const seen = new Map<string, number>();
  form.decayGroups.forEach((g, i) => {
    const name = g.name.trim();
    const first = seen.get(name);
    if (first !== undefined) add(decayGroupPath(i), `another group is called ${name}`);
    else seen.set(name, i);
  });
  const parsed = parseModelJson(JSON.stringify(formToCandidate(form)));
  if (!parsed.ok) {
    for (const e of parsed.errors) {
      // decay.groups.<name> → the position of the first group with that name.
      const group = /^decay\.groups(?:\.([\w$]+)|\[("(?:[^"\\]|\\.)*")\])(.*)$/.exec(e.path);
      const name = group ? (group[1] ?? JSON.parse(group[2] ?? '""')) : undefined;
      const index = name !== undefined ? seen.get(name) : undefined;
      add(index !== undefined ? `${decayGroupPath(index)}${group?.[3] ?? ''}` : e.path, e.message);
    }
  }
  return { model: parsed.ok && errors.size === 0 ? parsed.model : null, errors };
}

/** The problems at a path and below it (`fitRules[0].when` also collects `fitRules[0].when[0].in`)… */
export function errorsUnder(errors: ReadonlyMap<string, string[]>, path: string): string[] {
  const out: string[] = [];
  for (const [p, messages] of errors) {
    if (p === path || p.startsWith(`${path}.`) || p.startsWith(`${path}[`)) out.push(...messages);
  }
  return out;
}

/** …and exactly at it. */
export const errorsAt = (errors: ReadonlyMap<string, string[]>, path: string): string[] => errors.get(path) ?? [];

/* Editing: each returns a new form; lists are never changed in place. */

export function moveItem<T>(list: readonly T[], from: number, to: number): T[] {
  if (from < 0 || from >= list.length || to < 0 || to >= list.length) return [...list];
  const out = [...list];
  const [item] = out.splice(from, 1);
  out.splice(to, 0, item as T);
  return out;
}

export const removeItem = <T>(list: readonly T[], index: number): T[] => list.filter((_, i) => i !== index);

export const replaceItem = <T>(list: readonly T[], index: number, item: T): T[] =>
  list.map((x, i) => (i === index ? item : x));

/** Every rule id the form uses, in every section (ids are unique across sections). */
function ruleIds(form: ModelForm): Set<string> {
  return new Set([...form.fitRules, ...form.knockouts, ...form.engagementRules].map((r) => r.id));
}

/** `prefix-1`, `prefix-2`, … : the first one no rule has. */
export function newRuleId(taken: ReadonlySet<string>, prefix: string): string {
  for (let n = 1; ; n++) if (!taken.has(`${prefix}-${n}`)) return `${prefix}-${n}`;
}

/** Adds an empty rule at the end of a section; its label (and activity type) are for the user to fill in. */
export function addRule(form: ModelForm, section: RuleSection): ModelForm {
  const taken = ruleIds(form);
  const key = nextKey();
  if (section === 'fitRules') {
    const rule: FitRuleForm = { key, id: newRuleId(taken, 'fit'), label: '', points: '10', when: [emptyCondition()] };
    return { ...form, fitRules: [...form.fitRules, rule] };
  }
  if (section === 'knockouts') {
    const rule: KnockoutForm = {
      key,
      id: newRuleId(taken, 'knockout'),
      label: '',
      reason: '',
      when: [emptyCondition()],
    };
    return { ...form, knockouts: [...form.knockouts, rule] };
  }
  const rule: EngagementRuleForm = {
    key,
    id: newRuleId(taken, 'engagement'),
    label: '',
    activityType: '',
    points: '10',
    repeat: 'every',
    capPerDay: '',
    capTotal: '',
    decayGroup: '',
  };
  return { ...form, engagementRules: [...form.engagementRules, rule] };
}

export function removeRule(form: ModelForm, section: RuleSection, index: number): ModelForm {
  return { ...form, [section]: removeItem<unknown>(form[section], index) };
}

export function moveRule(form: ModelForm, section: RuleSection, from: number, to: number): ModelForm {
  return { ...form, [section]: moveItem<unknown>(form[section], from, to) };
}

export function addDecayGroup(form: ModelForm): ModelForm {
  const names = new Set(form.decayGroups.map((g) => g.name));
  const group: DecayGroupForm = {
    key: nextKey(),
    name: newRuleId(names, 'group'),
    decay: { kind: 'half-life', days: '30' },
  };
  return { ...form, decayGroups: [...form.decayGroups, group] };
}

/** Renames a decay group and the engagement rules that use it. */
export function renameDecayGroup(form: ModelForm, index: number, name: string): ModelForm {
  const old = form.decayGroups[index];
  if (!old) return form;
  return {
    ...form,
    decayGroups: replaceItem(form.decayGroups, index, { ...old, name }),
    engagementRules: form.engagementRules.map((r) => (r.decayGroup === old.name ? { ...r, decayGroup: name } : r)),
  };
}

/**
 * Removes a decay group; the engagement rules that used it go back to the default decay (a rule
 * naming a missing group would not validate).
 */
export function removeDecayGroup(form: ModelForm, index: number): ModelForm {
  const name = form.decayGroups[index]?.name;
  return {
    ...form,
    decayGroups: removeItem(form.decayGroups, index),
    engagementRules: form.engagementRules.map((r) => (r.decayGroup === name ? { ...r, decayGroup: '' } : r)),
  };
}
