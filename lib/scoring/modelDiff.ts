import { describeConditions, describeDecay, signed } from './describe';
import type { Condition, Decay, ScoringModel } from './model';

export interface ModelChange {
  kind: 'added' | 'removed' | 'changed';
  section: 'model' | 'fit' | 'knockout' | 'engagement' | 'decay' | 'thresholds' | 'domains';
  /** Unique per change: the rule id, or 'thresholds.mqlFit', 'decay.default', 'competitorDomains:acme.com'. */
  ruleId: string;
  label: string;
  /** For 'changed': which property. */
  field?: string;
  before?: unknown;
  after?: unknown;
  /** One readable line: `Fit rule "VP title": points +20 → +25`. */
  text: string;
}

const SECTION_NAMES = { fit: 'Fit rule', knockout: 'Knock-out', engagement: 'Engagement rule' } as const;

function equal(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const kb = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  return (
    ka.length === kb.length &&
    ka.every((k) => equal((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]))
  );
}

function show(field: string, value: unknown): string {
  if (value === undefined) return '(none)';
  if (field === 'points' && typeof value === 'number') return signed(value);
  if (field === 'when') return describeConditions(value as Condition[]);
  return typeof value === 'string' ? JSON.stringify(value) : String(value);
}

type AnyRule = { id: string; label: string } & Record<string, unknown>;

function diffRules(
  section: keyof typeof SECTION_NAMES,
  before: readonly AnyRule[],
  after: readonly AnyRule[],
): ModelChange[] {
  const name = SECTION_NAMES[section];
  const afterById = new Map(after.map((r) => [r.id, r]));
  const beforeById = new Map(before.map((r) => [r.id, r]));
  const changes: ModelChange[] = [];
  for (const old of before) {
    const next = afterById.get(old.id);
    if (!next) {
      changes.push({
        kind: 'removed',
        section,
        ruleId: old.id,
        label: old.label,
        before: old,
        text: `Removed ${name.toLowerCase()} "${old.label}"`,
      });
      continue;
    }
    const fields = [...new Set([...Object.keys(old), ...Object.keys(next)])].filter((f) => f !== 'id');
    for (const field of fields) {
      if (equal(old[field], next[field])) continue;
      changes.push({
        kind: 'changed',
        section,
        ruleId: old.id,
        label: next.label,
        field,
        before: old[field],
        after: next[field],
        text: `${name} "${next.label}": ${field} ${show(field, old[field])} → ${show(field, next[field])}`,
      });
    }
  }
  for (const rule of after) {
    if (beforeById.has(rule.id)) continue;
    const points = typeof rule.points === 'number' ? ` (${signed(rule.points)})` : '';
    changes.push({
      kind: 'added',
      section,
      ruleId: rule.id,
      label: rule.label,
      after: rule,
      text: `Added ${name.toLowerCase()} "${rule.label}"${points}`,
    });
  }
  return changes;
}

function diffValue(
  section: ModelChange['section'],
  ruleId: string,
  label: string,
  before: unknown,
  after: unknown,
  format: (v: unknown) => string = String,
): ModelChange[] {
  if (equal(before, after)) return [];
  const kind = before === undefined ? 'added' : after === undefined ? 'removed' : 'changed';
  const text = `${label}: ${before === undefined ? '(none)' : format(before)} → ${after === undefined ? '(none)' : format(after)}`;
  return [{ kind, section, ruleId, label, before, after, text }];
}

function diffDomains(
  field: 'competitorDomains' | 'extraFreeMailDomains',
  label: string,
  a: readonly string[],
  b: readonly string[],
): ModelChange[] {
  const removed = a.filter((d) => !b.includes(d));
  const added = b.filter((d) => !a.includes(d));
  return [
    ...removed.map(
      (d): ModelChange => ({
        kind: 'removed',
        section: 'domains',
        ruleId: `${field}:${d}`,
        label,
        before: d,
        text: `${label} removed: ${d}`,
      }),
    ),
    ...added.map(
      (d): ModelChange => ({
        kind: 'added',
        section: 'domains',
        ruleId: `${field}:${d}`,
        label,
        after: d,
        text: `${label} added: ${d}`,
      }),
    ),
  ];
}

function diffDecay(a: ScoringModel['decay'], b: ScoringModel['decay']): ModelChange[] {
  const decay = (d: unknown) => describeDecay(d as Decay);
  const groups = [...new Set([...Object.keys(a.groups), ...Object.keys(b.groups)])];
  return [
    ...diffValue('decay', 'decay.default', 'Engagement decay', a.default, b.default, decay),
    ...groups.flatMap((g) =>
      diffValue('decay', `decay.groups.${g}`, `Decay group ${g}`, a.groups[g], b.groups[g], decay),
    ),
  ];
}

function diffThresholds(a: ScoringModel['thresholds'], b: ScoringModel['thresholds']): ModelChange[] {
  const rows: [string, string, unknown, unknown][] = [
    ['grades.A', 'Grade A threshold', a.grades.A, b.grades.A],
    ['grades.B', 'Grade B threshold', a.grades.B, b.grades.B],
    ['grades.C', 'Grade C threshold', a.grades.C, b.grades.C],
    ['levels.1', 'Level 1 threshold', a.levels[1], b.levels[1]],
    ['levels.2', 'Level 2 threshold', a.levels[2], b.levels[2]],
    ['mqlFit', 'MQL fit threshold', a.mqlFit, b.mqlFit],
    ['mqlEngagement', 'MQL engagement threshold', a.mqlEngagement, b.mqlEngagement],
    ['mqlTotal', 'MQL total threshold', a.mqlTotal, b.mqlTotal],
  ];
  return rows.flatMap(([key, label, before, after]) =>
    diffValue('thresholds', `thresholds.${key}`, label, before, after),
  );
}

/** What changed from model a to model b, rule by rule (matched by id), then decay, thresholds and domains. */
export function diffModels(a: ScoringModel, b: ScoringModel): ModelChange[] {
  const quote = (v: unknown) => JSON.stringify(v);
  return [
    ...diffValue('model', 'name', 'Model name', a.name, b.name, quote),
    ...diffValue('model', 'version', 'Model version', a.version, b.version),
    ...diffValue('model', 'description', 'Model description', a.description, b.description, quote),
    ...diffRules('fit', a.fitRules, b.fitRules),
    ...diffRules('knockout', a.knockouts, b.knockouts),
    ...diffRules('engagement', a.engagementRules, b.engagementRules),
    ...diffDecay(a.decay, b.decay),
    ...diffThresholds(a.thresholds, b.thresholds),
    ...diffDomains('competitorDomains', 'Competitor domain', a.competitorDomains, b.competitorDomains),
    ...diffDomains('extraFreeMailDomains', 'Free mail domain', a.extraFreeMailDomains, b.extraFreeMailDomains),
  ];
}
