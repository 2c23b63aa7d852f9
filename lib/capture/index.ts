import { crmSiteForHost, extractCrmPage } from './crm';
import { type ExtractOptions, extractLinkedInPage } from './linkedinPage';
import type { CaptureResult } from './types';

export { countryFromLocation } from './country';
export type { ExtractOptions } from './linkedinPage';
export { validateSelector } from './overrides';
export { cleanText } from './sanitize';
export * from './types';

/**
 * What the page shows and the lead fields on it: LinkedIn and Sales Navigator, or a CRM record
 * (HubSpot, Salesforce, Pipedrive, Dynamics, Zoho: see crm/README.md). Pure (reads `doc`, never
 * the network or browser globals) and never throws: a strategy that fails is recorded in the
 * diagnostics. Pages served instead of the one asked for (authwall, not found, anti-bot
 * redirect) and unsupported pages return no fields.
 */
export function extractFromPage(doc: Document, url: URL, options: ExtractOptions = {}): CaptureResult {
  try {
    if (crmSiteForHost(url.hostname)) return extractCrmPage(doc, url, options?.overrides ?? []);
  } catch {
    return {
      kind: 'unsupported',
      site: 'unknown',
      fields: {},
      activities: [],
      diagnostics: [{ field: '*', strategy: 'extract-failed' }],
    };
  }
  return extractLinkedInPage(doc, url, options);
}
