import { type CompiledCondition, compileCondition } from './conditions';
import { type DecayFactor, decayFactor } from './decay';
import { FREE_MAIL_DOMAINS } from './freeMailDomains';
import type { DomainClassifier } from './leadFacts';
import { decayOf, type EngagementRule, type FitRule, type KnockoutRule, type ScoringModel } from './model';

export interface CompiledFitRule {
  rule: FitRule;
  conditions: CompiledCondition[];
}

export interface CompiledKnockout {
  rule: KnockoutRule;
  conditions: CompiledCondition[];
}

export interface CompiledEngagementRule {
  rule: EngagementRule;
  decay: DecayFactor;
}

export interface CompiledModel {
  fitRules: CompiledFitRule[];
  knockouts: CompiledKnockout[];
  engagementByType: Map<string, CompiledEngagementRule>;
  domains: DomainClassifier;
}

const BUILT_IN_FREE_MAIL: ReadonlySet<string> = new Set(FREE_MAIL_DOMAINS);
const cache = new WeakMap<ScoringModel, CompiledModel>();

/** Matchers for a model, built once per model object (so never mutate a model after scoring with it). */
export function compileModel(model: ScoringModel): CompiledModel {
  let compiled = cache.get(model);
  if (!compiled) {
    compiled = build(model);
    cache.set(model, compiled);
  }
  return compiled;
}

function build(model: ScoringModel): CompiledModel {
  const engagementByType = new Map<string, CompiledEngagementRule>();
  for (const rule of model.engagementRules) {
    engagementByType.set(rule.activityType, { rule, decay: decayFactor(decayOf(model, rule)) });
  }
  return {
    fitRules: model.fitRules.map((rule) => ({ rule, conditions: rule.when.map(compileCondition) })),
    knockouts: model.knockouts.map((rule) => ({ rule, conditions: rule.when.map(compileCondition) })),
    engagementByType,
    domains: {
      free: model.extraFreeMailDomains.length
        ? new Set([...BUILT_IN_FREE_MAIL, ...model.extraFreeMailDomains])
        : BUILT_IN_FREE_MAIL,
      competitor: new Set(model.competitorDomains),
    },
  };
}
