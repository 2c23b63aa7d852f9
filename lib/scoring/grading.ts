import type { Thresholds } from './model';
import type { Cell, Grade, Level, SuggestedStage } from './types';

export function gradeFor(fit: number, t: Thresholds): Grade {
  if (fit >= t.grades.A) return 'A';
  if (fit >= t.grades.B) return 'B';
  return fit >= t.grades.C ? 'C' : 'D';
}

export function levelFor(engagement: number, t: Thresholds): Level {
  if (engagement >= t.levels[1]) return 1;
  return engagement >= t.levels[2] ? 2 : 3;
}

export function cellFor(grade: Grade, level: Level): Cell {
  return `${grade}${level}`;
}

/** MQL: fit and engagement both at their thresholds, or total at mqlTotal when set. A knock-out wins. */
export function suggestStage(fit: number, engagement: number, t: Thresholds, knockedOut: boolean): SuggestedStage {
  if (knockedOut) return 'disqualified';
  const both = fit >= t.mqlFit && engagement >= t.mqlEngagement;
  const byTotal = t.mqlTotal !== undefined && fit + engagement >= t.mqlTotal;
  return both || byTotal ? 'mql' : 'lead';
}
