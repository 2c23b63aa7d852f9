/** A lead as the scoring engine sees it. Every field is optional; odd values are ignored, never thrown on. */
export interface ScorableLead {
  name?: string;
  title?: string;
  /** Used for the title rules when `title` is missing. */
  headline?: string;
  company?: string;
  email?: string;
  phone?: string;
  /** ISO 3166-1 alpha-2 (any case). */
  country?: string;
  location?: string;
  /** Number of employees. */
  companySize?: number;
  industry?: string;
  website?: string;
  techStack?: string[];
  custom?: Record<string, string | number | boolean>;
}

/** Something the lead did. `type` is kebab-case ('pricing-page-visit', 'email-open', ...). */
export interface ScorableActivity {
  type: string;
  /** A Date, an ISO 8601 string (read as UTC when it has no zone) or epoch milliseconds. */
  at: Date | string | number;
  id?: string;
  /** Activities sharing a dedupe key (or, without one, an id) count once. */
  dedupeKey?: string;
  detail?: string;
  source?: string;
}

export type Grade = 'A' | 'B' | 'C' | 'D';
/** Engagement level, 1 best. */
export type Level = 1 | 2 | 3;
export type Cell = `${Grade}${Level}`;
/** The only stages the score itself suggests; see stage.ts for the full lifecycle. */
export type SuggestedStage = 'lead' | 'mql' | 'disqualified';

/**
 * One reason behind a score. The contributions of one kind add up exactly to that score: every one
 * is a whole number (decayed engagement points are rounded cumulatively in time order, so the parts
 * sum to the rounded total), and when a sum leaves 0..100 a last contribution with ruleId
 * 'fit-limit' or 'engagement-limit' brings it back.
 */
export interface Contribution {
  ruleId: string;
  kind: 'fit' | 'engagement';
  label: string;
  points: number;
  /** Which field value, or which activity on which date, earned the points. */
  evidence: string;
  /** Engagement only: the points before decay (after caps). */
  decayedFrom?: number;
  /** Engagement only: when the activity happened (ISO 8601). */
  at?: string;
}

export interface Knockout {
  ruleId: string;
  label: string;
  /** The sentence the user reads. */
  reason: string;
  evidence: string;
}

export type IgnoredReason = 'no-rule' | 'bad-date' | 'duplicate' | 'repeat' | 'cap-per-day' | 'cap-total';

/** An activity that earned nothing, and why. */
export interface IgnoredActivity {
  type: string;
  at?: string;
  reason: IgnoredReason;
}

export interface ScoreResult {
  /** 0-100. */
  fit: number;
  /** 0-100, after decay and caps. */
  engagement: number;
  /** fit + engagement, so 0-200; every contribution adds up to it. */
  total: number;
  grade: Grade;
  level: Level;
  cell: Cell;
  stage: SuggestedStage;
  knockouts: Knockout[];
  contributions: Contribution[];
  ignoredActivities: IgnoredActivity[];
  model: { name: string; version: number };
}
