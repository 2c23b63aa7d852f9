import type { z } from 'zod';
import type {
  CapturedActivitySchema,
  CapturedFieldsSchema,
  CaptureResultSchema,
  DiagnosticSchema,
  PageKindSchema,
  SelectorOverrideSchema,
} from './schema';

// The capture contract as types and constants only. The schemas are in schema.ts; importing
// types from there costs nothing at run time, so the content script stays free of zod.

export const PAGE_KINDS = ['profile', 'company', 'record', 'authwall', 'not-found', 'blocked', 'unsupported'] as const;

export const FIELD_NAMES = [
  'name',
  'headline',
  'title',
  'company',
  'location',
  'country',
  'email',
  'phone',
  'linkedinUrl',
  'companySize',
  'companySizeBand',
  'industry',
  'website',
  'headquarters',
  'followers',
] as const;

/** Longest value any captured field may hold; longer text is cut (captured text is hostile input). */
export const MAX_FIELD_LENGTH = 500;
export const MAX_SELECTOR_LENGTH = 500;

/** What a page turned out to be. Only 'profile', 'company' and 'record' create or update leads. */
export type PageKind = z.infer<typeof PageKindSchema>;
export type CapturedFields = z.infer<typeof CapturedFieldsSchema>;
export type FieldName = (typeof FIELD_NAMES)[number];
export type CapturedActivity = z.infer<typeof CapturedActivitySchema>;
export type Diagnostic = z.infer<typeof DiagnosticSchema>;
export type CaptureResult = z.infer<typeof CaptureResultSchema>;
export type SelectorOverride = z.infer<typeof SelectorOverrideSchema>;
