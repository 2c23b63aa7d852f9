export { defaultModel } from './defaultModel';
export { describeCondition, describeDecay, describeModel, type ModelRow } from './describe';
export { FREE_MAIL_DOMAINS } from './freeMailDomains';
export {
  type Condition,
  ConditionSchema,
  type Decay,
  type EngagementRule,
  type FitRule,
  type KnockoutRule,
  type ScoringModel,
  ScoringModelSchema,
  type Thresholds,
} from './model';
export {
  diffModels,
  type ModelChange,
  type ModelError,
  type ParseModelResult,
  parseModelJson,
  serializeModel,
} from './modelIO';
export { expandCountries, REGIONS } from './regions';
export { ENGAGEMENT_LIMIT_RULE_ID, FIT_LIMIT_RULE_ID, scoreLead } from './scoreLead';
export { resolveStage, STAGES, type Stage } from './stage';
export type {
  Cell,
  Contribution,
  Grade,
  IgnoredActivity,
  IgnoredReason,
  Knockout,
  Level,
  ScorableActivity,
  ScorableLead,
  ScoreResult,
  SuggestedStage,
} from './types';
export { type ChangeItem, whatWouldChange } from './whatWouldChange';
