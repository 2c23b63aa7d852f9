import { z } from 'zod';
import { toCountryCode } from './capture/country';
import { ManualLeadSchema } from './leads/manualLead';

/**
 * What a rep types about an existing lead: its fields (edited in the side panel) and activities
 * the page could not show ("attended the webinar"). Validated field by field with messages that
 * say what is expected; shared by the forms and the background's message schemas.
 */

const emptyToUndefined = (v: string) => (v === '' ? undefined : v);

/** The editable lead fields: those of manual entry plus the company facts. */
export const LeadEditSchema = ManualLeadSchema.extend({
  website: z
    .string()
    .trim()
    .max(500)
    .refine((v) => v === '' || isWebUrl(v), 'Expected a website like https://acme.nl')
    .transform(emptyToUndefined)
    .optional(),
  industry: z.string().trim().max(200).transform(emptyToUndefined).optional(),
  country: z
    .string()
    .trim()
    .max(60)
    .refine((v) => v === '' || toCountryCode(v) !== undefined, 'Expected a country, like NL or Netherlands')
    .transform((v) => (v === '' ? undefined : toCountryCode(v)))
    .optional(),
  companySize: z
    .string()
    .trim()
    .max(9)
    .refine((v) => v === '' || /^\d+$/.test(v), 'Expected a number of employees, like 250')
    .transform((v) => (v === '' ? undefined : Number(v)))
    .optional(),
});
export type LeadEditInput = z.input<typeof LeadEditSchema>;
export type LeadEdit = z.output<typeof LeadEditSchema>;

/** Every field the edit form shows, in its order; a field left empty is cleared on the lead. */
export const EDIT_FIELDS = [
  'name',
  'title',
  'company',
  'email',
  'phone',
  'linkedinUrl',
  'website',
  'location',
  'country',
  'industry',
  'companySize',
] as const satisfies readonly (keyof LeadEditInput)[];
export type EditField = (typeof EDIT_FIELDS)[number];

function isWebUrl(text: string): boolean {
  try {
    const url = new URL(/^https?:\/\//i.test(text) ? text : `https://${text}`);
    return url.hostname.includes('.') && !/\s/.test(text);
  } catch {
    return false;
  }
}

/** The website as stored: with its scheme ("acme.nl" -> "https://acme.nl"). */
export function normalizeWebsite(text: string): string {
  return /^https?:\/\//i.test(text) ? text : `https://${text}`;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** One activity a rep adds by hand: an engagement type of the model, a day, an optional note. */
export const ManualActivitySchema = z.object({
  type: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'Choose what the lead did'),
  /** The day it happened (YYYY-MM-DD), not in the future. */
  day: z.string().regex(DAY, 'Expected a date'),
  note: z.string().trim().max(500).transform(emptyToUndefined).optional(),
});
export type ManualActivity = z.output<typeof ManualActivitySchema>;

/** A day as a moment: noon UTC, so the day stays the same in every time zone of Europe. */
export function dayToTime(day: string): number {
  return Date.parse(`${day}T12:00:00Z`);
}

/**
 * The dedupe key of a manual activity: the same type, day and note for the same lead is the same
 * event, so saving the form twice stores it once; a different note is another event that day.
 */
export function manualActivityKey(leadId: string, activity: ManualActivity): string {
  const note = (activity.note ?? '').toLowerCase().replace(/\s+/g, ' ').slice(0, 100);
  return `manual:${leadId}:${activity.type}:${activity.day}:${note}`;
}

/** The calendar day of `date` in the user's time zone, as YYYY-MM-DD (a date input's value). */
export function localDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
