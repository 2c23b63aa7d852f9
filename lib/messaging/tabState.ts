import { z } from 'zod';
import { CapturedFieldsSchema, DiagnosticSchema, PageKindSchema } from '../capture/schema';

/**
 * What the last capture in a tab found, kept in session storage by the background so the side
 * panel can follow the active tab (and survive a service-worker restart).
 */
export const TabStateSchema = z.object({
  url: z.string(),
  site: z.string(),
  kind: PageKindSchema,
  leadId: z.string().nullable(),
  /** What the page showed, for the capture-health view and to prefill manual entry. */
  fields: CapturedFieldsSchema,
  /** Leads a company page updated. */
  updatedLeadIds: z.array(z.string()),
  /** Why no lead was made, when none was. */
  problem: z.string().nullable(),
  diagnostics: z.array(DiagnosticSchema),
  at: z.number(),
});
export type TabState = z.infer<typeof TabStateSchema>;

export const tabStateKey = (tabId: number) => `tab:${tabId}`;
