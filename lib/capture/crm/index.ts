import { MAX_DIAGNOSTICS, type Source } from '../collect';
import { overrideSources } from '../overrides';
import { dynamicsRecordRef, extractDynamics } from './dynamics';
import { crmSiteForHost } from './hosts';
import { extractHubSpot, hubspotRecordRef } from './hubspot';
import { extractPipedrive, pipedriveRecordRef } from './pipedrive';
import { type RecordRef, unsupported } from './record';
import { extractSalesforce, salesforceRecordRef } from './salesforce';
import type { CrmCaptureResult, CrmSite } from './types';
import { extractZoho, zohoDiagnostic, zohoRecordRef } from './zoho';

export { CRM_HOST_PATTERNS, CRM_HOSTS, crmSiteForHost } from './hosts';
export { keyForLabel, LABEL_SYNONYMS, normalizeLabel } from './labels';
export type { CrmCaptureResult, CrmObjectType, CrmRecord, CrmSite, CrmValueKey } from './types';
export { CRM_SITES, CRM_VALUE_KEYS } from './types';

interface CrmRoute {
  ref: (url: URL) => RecordRef | undefined;
  extract: (doc: Document, ref: RecordRef, overrides: readonly Source[]) => CrmCaptureResult;
}

const ROUTES: Readonly<Record<CrmSite, CrmRoute>> = {
  hubspot: { ref: hubspotRecordRef, extract: extractHubSpot },
  salesforce: { ref: salesforceRecordRef, extract: extractSalesforce },
  pipedrive: { ref: pipedriveRecordRef, extract: extractPipedrive },
  dynamics: { ref: dynamicsRecordRef, extract: extractDynamics },
  zoho: { ref: zohoRecordRef, extract: extractZoho },
};

/** The record a CRM URL points at (site, id, object type), or undefined for any other page. */
export function crmRecordRef(url: URL): RecordRef | undefined {
  const site = crmSiteForHost(url.hostname);
  return site ? ROUTES[site].ref(url) : undefined;
}

/**
 * A CRM page: kind 'record' with the record's fields, timeline activities and `crm` values for
 * a lead, contact, account, person or organization record; kind 'unsupported' for the CRM's
 * other pages (list views, deals, dashboards). Pure and never throws. `overrides` are the
 * user's selector overrides (any site; those for this CRM are tried first).
 */
export function extractCrmPage(doc: Document, url: URL, overrides: readonly unknown[] = []): CrmCaptureResult {
  const site = crmSiteForHost(url.hostname);
  if (!site) return { kind: 'unsupported', site: 'unknown', fields: {}, activities: [], diagnostics: [] };
  try {
    const route = ROUTES[site];
    const ref = route.ref(url);
    if (!ref) return unsupported(site);
    const { sources, diagnostics } = overrideSources(doc, site, Array.isArray(overrides) ? overrides : []);
    const result = route.extract(doc, ref, sources);
    const all = [...diagnostics, ...result.diagnostics];
    return { ...result, diagnostics: (site === 'zoho' ? all.map(zohoDiagnostic) : all).slice(0, MAX_DIAGNOSTICS) };
  } catch {
    const failed = [{ field: '*', strategy: 'extract-failed' }];
    return unsupported(site, site === 'zoho' ? failed.map(zohoDiagnostic) : failed);
  }
}
