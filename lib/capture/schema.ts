import { z } from 'zod';
import { FIELD_NAMES, MAX_FIELD_LENGTH, MAX_SELECTOR_LENGTH, PAGE_KINDS } from './types';

// The zod schemas of the capture contract, used where captures cross a boundary (the background,
// the side panel, tests). The content script never imports this file, so it ships without zod.

/** What a page turned out to be. Only 'profile', 'company' and 'record' create or update leads. */
export const PageKindSchema = z.enum(PAGE_KINDS);

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
export const FieldNameSchema = z.enum(FIELD_NAMES);

export const CapturedActivitySchema = z.object({
  type: z.string().regex(/^[a-z]+(-[a-z]+)*$/),
  /** ISO timestamp. */
  at: z.string(),
  /** Stable key so capturing the same page twice never counts an activity twice. */
  dedupeKey: z.string().max(300),
  detail: text.optional(),
});

export const DiagnosticSchema = z.object({
  field: z.string(),
  strategy: z.string(),
});

/** What a CRM record page adds beyond the lead fields (lib/capture/crm). */
export const CrmRecordSchema = z.object({
  recordId: z.string().min(1).max(64),
  objectType: z.enum(['contact', 'company', 'lead', 'account', 'person', 'organization']),
  entity: z.enum(['person', 'company']),
  lifecycleStage: text.optional(),
  leadStatus: text.optional(),
  owner: text.optional(),
  leadSource: text.optional(),
  rating: text.optional(),
  status: text.optional(),
  annualRevenue: text.optional(),
});

export const CaptureResultSchema = z.object({
  kind: PageKindSchema,
  site: z.string(),
  fields: CapturedFieldsSchema,
  activities: z.array(CapturedActivitySchema).max(500),
  diagnostics: z.array(DiagnosticSchema).max(200),
  crm: CrmRecordSchema.optional(),
});

/** A user-supplied selector for one field on one site, tried before the built-in strategies. */
export const SelectorOverrideSchema = z.object({
  site: z.string().min(1).max(40),
  field: FieldNameSchema,
  selector: z.string().trim().min(1).max(MAX_SELECTOR_LENGTH),
  /** Read this attribute instead of the element's text. */
  attribute: z
    .string()
    .regex(/^[a-zA-Z_:][-a-zA-Z0-9_:.]*$/)
    .max(100)
    .optional(),
});
