/** Seniority levels, ordered from most to least senior ('unknown' last). */
export const SENIORITIES = [
  'owner',
  'c-level',
  'vp',
  'director',
  'head',
  'manager',
  'senior',
  'individual',
  'intern',
  'unknown',
] as const;

export type Seniority = (typeof SENIORITIES)[number];

/** Departments (functional areas). 'executive' = general management with no functional area. */
export const DEPARTMENTS = [
  'executive',
  'sales',
  'marketing',
  'engineering',
  'it',
  'product',
  'finance',
  'hr',
  'operations',
  'legal',
  'procurement',
  'education',
  'research',
  'other',
] as const;

export type Department = (typeof DEPARTMENTS)[number];

export type TitleLanguage = 'en' | 'nl' | 'sv' | 'pl' | 'ro' | 'de' | 'fr';

export interface ParsedTitle {
  seniority: Seniority;
  department: Department;
  /**
   * Evidence for explaining a score: the rule patterns that decided the result, e.g.
   * `['seniority:hoofd', 'department:inkoop*']` for "Hoofd Inkoop".
   */
  matched: string[];
  /** Language of the rule table that decided the result, when it was language-specific (a hint only). */
  language?: TitleLanguage;
}
