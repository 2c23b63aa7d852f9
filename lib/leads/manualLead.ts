import { z } from 'zod';

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .transform((v) => (v === '' ? undefined : v))
    .optional();

/**
 * A lead as a person types it: every field trimmed, empty fields dropped, and the formats a
 * rep gets wrong checked with a message that says what is expected.
 */
export const ManualLeadSchema = z.object({
  name: z.string().trim().min(1, 'A name is required').max(200),
  title: optionalText(200),
  company: optionalText(200),
  location: optionalText(200),
  email: z
    .string()
    .trim()
    .max(254)
    .refine((v) => v === '' || z.email().safeParse(v).success, 'Expected an email address like jan@acme.nl')
    .transform((v) => (v === '' ? undefined : v.toLowerCase()))
    .optional(),
  phone: z
    .string()
    .trim()
    .max(40)
    .refine((v) => v === '' || /^\+?[0-9 ()./-]{6,}$/.test(v), 'Expected a phone number like +31 20 123 4567')
    .transform((v) => (v === '' ? undefined : v))
    .optional(),
  linkedinUrl: z
    .string()
    .trim()
    .max(500)
    .refine(
      (v) => v === '' || /^https:\/\/([a-z]{2,3}\.|www\.)?linkedin\.com\/in\/[^/?#\s]+\/?$/i.test(v),
      'Expected a LinkedIn profile URL like https://www.linkedin.com/in/jan-de-vries/',
    )
    .transform((v) => (v === '' ? undefined : v))
    .optional(),
});
export type ManualLeadInput = z.input<typeof ManualLeadSchema>;
export type ManualLead = z.output<typeof ManualLeadSchema>;
