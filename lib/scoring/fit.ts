import type { CompiledModel } from './compile';
import type { CompiledCondition } from './conditions';
import { testAll } from './conditions';
import type { LeadFacts } from './leadFacts';
import type { Contribution, Knockout } from './types';

function evidenceOf(conditions: readonly CompiledCondition[], facts: LeadFacts): string {
  const [only] = conditions;
  return only && conditions.length === 1 ? only.evidence(facts) : conditions.map((c) => c.evidence(facts)).join('; ');
}

/** One contribution per fit rule that holds, in model order (before the 0-100 limit). */
export function fitContributions(facts: LeadFacts, compiled: CompiledModel): Contribution[] {
  const out: Contribution[] = [];
  for (const { rule, conditions } of compiled.fitRules) {
    if (testAll(conditions, facts) !== true) continue;
    out.push({
      ruleId: rule.id,
      kind: 'fit',
      label: rule.label,
      points: rule.points,
      evidence: evidenceOf(conditions, facts),
    });
  }
  return out;
}

export function knockoutsFor(facts: LeadFacts, compiled: CompiledModel): Knockout[] {
  const out: Knockout[] = [];
  for (const { rule, conditions } of compiled.knockouts) {
    if (testAll(conditions, facts) !== true) continue;
    out.push({ ruleId: rule.id, label: rule.label, reason: rule.reason, evidence: evidenceOf(conditions, facts) });
  }
  return out;
}
