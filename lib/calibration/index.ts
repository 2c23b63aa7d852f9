export type { BacktestReport, CalibrationBin, DecileRow } from './backtest';
export {
  type CalibrationInput,
  type CalibrationOptions,
  type CalibrationPhase,
  type CalibrationProgress,
  type CalibrationResult,
  calibrate,
} from './calibrate';
export { type DataSummary, type LeadInput, labelOf, type Outcome, type OutcomeInput } from './features';
export { MIN_OUTCOMES, MIN_PER_CLASS, type Readiness, readiness } from './readiness';
export { applySuggestions, type RuleSuggestion, type StageChanges } from './suggest';
