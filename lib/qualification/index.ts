export { ageInDays, DAY_MS, DEFAULT_MAX_AGE_DAYS, isStale, latestAnswers } from './answers';
export { type EvaluatedItem, type EvaluateOptions, evaluateFramework, type FrameworkEvaluation } from './evaluate';
export { anum, bant, champ, DEFAULT_FRAMEWORK, FRAMEWORKS, faint, gpctba, meddic, meddpicc } from './frameworks';
export { itemForKey, STATUS_KEYS, statusForKey } from './keys';
export { type NextQuestion, nextBestQuestion, QUESTION_KINDS, type QuestionKind } from './nextQuestion';
export {
  type Answer,
  AnswerSchema,
  type AnswerStatus,
  AnswerStatusSchema,
  type Framework,
  type FrameworkError,
  type FrameworkItem,
  FrameworkItemSchema,
  FrameworkSchema,
  type ParseFrameworkResult,
  type PassRule,
  PassRuleSchema,
  parseFramework,
} from './schema';
export { type QualificationStageResult, qualificationStage, type StageContext, type StageSubject } from './stage';
