import type { Department, Seniority, TitleLanguage } from './types';

/** Which table a rule comes from; 'common' holds words used across languages (CEO, manager, senior...). */
export type RuleLanguage = TitleLanguage | 'common';

/**
 * One rule of the title parser. `pattern` is matched against normalised titles (lower-case ASCII, words
 * separated by single spaces; write it with diacritics, it is folded the same way):
 *   "hoofd"     whole word(s) only
 *   "*chef"     word ending: matches "chef", "försäljningschef", "it-chef"
 *   "inkoop*"   word beginning: matches "inkoop", "inkoopmanager", "inkoopadviseur"
 * (A pattern cannot be open at both ends: suffix rules are matched backwards from word ends.)
 * A longer match hides shorter matches of the same kind inside it ("accountmanager" hides "*manager",
 * "hoofddocent" hides "hoofd*", "product owner" hides "owner").
 */
export interface TitleRule {
  pattern: string;
  /** Seniority this word signals. */
  level?: Seniority;
  /** Department this word signals. */
  dept?: Department;
  /** Weight of `dept` when several departments appear (0.5 project words, 1 weak, 2 normal, 3 decisive). Default 2. */
  priority?: number;
  /** Department used when this is the decisive role and nothing in its own segment names a function. */
  fallbackDept?: Department;
  /** Level used instead when the word is the whole role on its own ("Directeur", "Administrator"). */
  alone?: Seniority;
  /** Level used instead when the word "officer" follows in the same role ("Chief Customer Officer"). */
  withOfficer?: Seniority;
  /** Only matches at the start of a role segment ("Partner" yes, "HR Business Partner" no). */
  segmentStart?: boolean;
  /** Assistant words: a more senior word in the same role is who they assist ("Assistant to the CEO"). */
  assistant?: boolean;
  /** Hides department words inside this match ("Consiliu de Administrație" is the board, not administration). */
  blocksDept?: boolean;
  /** "Junior": caps head/manager/senior down to individual. */
  junior?: boolean;
}

type RuleOptions = Omit<TitleRule, 'pattern' | 'level'>;

/** Seniority rule (optionally with a department). */
export const lvl = (pattern: string, level: Seniority, options: RuleOptions = {}): TitleRule => ({
  pattern,
  level,
  ...options,
});

/** Department-only rule. */
export const dep = (pattern: string, dept: Department, priority = 2): TitleRule => ({ pattern, dept, priority });

/** Shorthand for roles that run the whole company: department 'executive' unless their segment names one. */
export const EXEC = { fallbackDept: 'executive' } as const satisfies RuleOptions;
