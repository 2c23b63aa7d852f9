import { z } from 'zod';

/** What a page turned out to be. Only 'profile', 'company' and 'record' create or update leads. */
export const PageKindSchema = z.enum([
  'profile',
  'company',
  'record',
  'authwall',
  'not-found',
  'blocked',
  'unsupported',
]);
export type PageKind = z.infer<typeof PageKindSchema>;

/** Longest value any captured field may hold; longer text is cut (captured text is hostile input). */
export const MAX_FIELD_LENGTH = 500;

const text = z.string().max(MAX_FIELD_LENGTH);

export const CapturedFieldsSchema = z.object({
  name: text.optional(),
  headline: text.optional(),
  title: text.optional(),
  company: text.optional(),
  location: text.optional(),
  /** ISO 3166-1 alpha-2, upper case. */
  country: z.string().length(2).optional(),
  email: text.optional(),
  phone: text.optional(),
  linkedinUrl: text.optional(),
  /** Number of employees (a band's lower bound when only a band is shown). */
  companySize: z.number().int().nonnegative().optional(),
  /** The band as shown, e.g. "51-200". */
  companySizeBand: text.optional(),
  industry: text.optional(),
  website: text.optional(),
  headquarters: text.optional(),
  followers: z.number().int().nonnegative().optional(),
});
export type CapturedFields = z.infer<typeof CapturedFieldsSchema>;
export const FieldNameSchema = CapturedFieldsSchema.keyof();
export type FieldName = keyof CapturedFields;

export const CapturedActivitySchema = z.object({
  type: z.string().regex(/^[a-z]+(-[a-z]+)*$/),
  /** ISO timestamp. */
  at: z.string(),
  /** Stable key so capturing the same page twice never counts an activity twice. */
  dedupeKey: z.string().max(300),
  detail: text.optional(),
});
export type CapturedActivity = z.infer<typeof CapturedActivitySchema>;

export const DiagnosticSchema = z.object({
  field: z.string(),
  strategy: z.string(),
});
export type Diagnostic = z.infer<typeof DiagnosticSchema>;

export const CaptureResultSchema = z.object({
  kind: PageKindSchema,
  site: z.string(),
  fields: CapturedFieldsSchema,
  activities: z.array(CapturedActivitySchema).max(500),
  diagnostics: z.array(DiagnosticSchema).max(200),
});
export type CaptureResult = z.infer<typeof CaptureResultSchema>;
