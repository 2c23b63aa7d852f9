import { type Condition, type Decay, decayOf, type EngagementRule, type ScoringModel } from './model';

export interface ModelRow {
  section: 'Fit' | 'Knock-out' | 'Engagement' | 'Decay' | 'Threshold';
  ruleId: string;
  rule: string;
  condition: string;
  /** '+25', '-5', '0', 'disqualifies', or '' for decay and thresholds. */
  points: string;
  notes: string;
}

function list(items: readonly (string | number | boolean)[], word = 'or'): string {
  const texts = items.map(String);
  if (texts.length <= 1) return texts[0] ?? '(none listed)';
  return `${texts.slice(0, -1).join(', ')} ${word} ${texts[texts.length - 1]}`;
}

const quoted = (v: string | number | boolean) => (typeof v === 'string' ? JSON.stringify(v) : String(v));

function range(min: number | undefined, max: number | undefined): string {
  if (min !== undefined && max !== undefined) return `${min}–${max}`;
  return min !== undefined ? `${min} or more` : `${max} or fewer`;
}

function positive(c: Condition): string {
  switch (c.type) {
    case 'seniority':
      return `seniority ${list(c.in)}`;
    case 'department':
      return `department ${list(c.in)}`;
    case 'companySize':
      return `${range(c.min, c.max)} employees`;
    case 'industry':
      return `industry mentions ${list(c.anyOf)}`;
    case 'country':
      return `country in ${list(c.in)}`;
    case 'techStack':
      return `tech stack includes ${list(c.anyOf)}`;
    case 'emailDomain':
      return { free: 'free-mail email', competitor: 'competitor email domain', corporate: 'business email' }[c.is];
    case 'field':
      switch (c.op) {
        case 'equals':
          return `${c.field} is ${quoted(c.value)}`;
        case 'in':
          return `${c.field} is ${list(c.values.map(quoted))}`;
        case 'contains':
          return `${c.field} contains ${quoted(c.value)}`;
        case 'range':
          return `${c.field} ${range(c.min, c.max)}`;
        case 'exists':
          return `${c.field} is known`;
      }
  }
}

/** A condition in words: "seniority vp or director", "not (industry mentions education)". */
export function describeCondition(c: Condition): string {
  return c.negate ? `not (${positive(c)})` : positive(c);
}

export function describeConditions(conditions: readonly Condition[]): string {
  return conditions.map(describeCondition).join(' and ');
}

export function describeDecay(d: Decay): string {
  if (d.kind === 'half-life') return `${d.days}-day half-life`;
  return d.kind === 'window' ? `counts fully for ${d.days} days, then not at all` : 'no decay';
}

export const signed = (points: number) => (points > 0 ? `+${points}` : String(points));

function engagementNotes(rule: EngagementRule, model: ScoringModel): string {
  const notes = [rule.repeat === 'first' ? 'first time only' : 'every time'];
  if (rule.capPerDay !== undefined) notes.push(`at most ${rule.capPerDay} a day`);
  if (rule.capTotal !== undefined) notes.push(`at most ${rule.capTotal} in all`);
  if (rule.points < 0) notes.push('never decays');
  else if (rule.decayGroup !== undefined) notes.push(describeDecay(decayOf(model, rule)));
  return notes.join('; ');
}

/** The model as table rows, e.g. for the README or a settings page. */
export function describeModel(model: ScoringModel): ModelRow[] {
  const t = model.thresholds;
  return [
    ...model.fitRules.map(
      (r): ModelRow => ({
        section: 'Fit',
        ruleId: r.id,
        rule: r.label,
        condition: describeConditions(r.when),
        points: signed(r.points),
        notes: '',
      }),
    ),
    ...model.knockouts.map(
      (r): ModelRow => ({
        section: 'Knock-out',
        ruleId: r.id,
        rule: r.label,
        condition: describeConditions(r.when),
        points: 'disqualifies',
        notes: r.reason,
      }),
    ),
    ...model.engagementRules.map(
      (r): ModelRow => ({
        section: 'Engagement',
        ruleId: r.id,
        rule: r.label,
        condition: `activity ${r.activityType}`,
        points: signed(r.points),
        notes: engagementNotes(r, model),
      }),
    ),
    {
      section: 'Decay',
      ruleId: 'decay.default',
      rule: 'Engagement decay',
      condition: describeDecay(model.decay.default),
      points: '',
      notes: '',
    },
    ...Object.entries(model.decay.groups).map(
      ([name, d]): ModelRow => ({
        section: 'Decay',
        ruleId: `decay.${name}`,
        rule: `Decay group ${name}`,
        condition: describeDecay(d),
        points: '',
        notes: '',
      }),
    ),
    ...(['A', 'B', 'C'] as const).map(
      (g): ModelRow => ({
        section: 'Threshold',
        ruleId: `grade-${g}`,
        rule: `Grade ${g}`,
        condition: `fit ≥ ${t.grades[g]}`,
        points: '',
        notes: '',
      }),
    ),
    ...([1, 2] as const).map(
      (l): ModelRow => ({
        section: 'Threshold',
        ruleId: `level-${l}`,
        rule: `Level ${l}`,
        condition: `engagement ≥ ${t.levels[l]}`,
        points: '',
        notes: '',
      }),
    ),
    {
      section: 'Threshold',
      ruleId: 'mql',
      rule: 'MQL',
      condition: `fit ≥ ${t.mqlFit} and engagement ≥ ${t.mqlEngagement}${t.mqlTotal === undefined ? '' : `, or total ≥ ${t.mqlTotal}`}`,
      points: '',
      notes: 'and no knock-out',
    },
  ];
}
