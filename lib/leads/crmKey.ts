/** What a CRM record capture says about the record (lib/capture/crm: `result.crm`). */
export interface CrmRecordRef {
  recordId: string;
  entity: 'person' | 'company';
}

/**
 * The identity key of a CRM person record, unique across accounts of that CRM:
 * - HubSpot ids are per portal: "hubspot:<portal>/<id>" (the portal from /contacts/<portal>/...).
 * - Pipedrive ids are per company account: "pipedrive:<account>/<id>" (<account>.pipedrive.com).
 * - Salesforce 18-character ids, Dynamics GUIDs and Zoho record ids are unique on their own:
 *   "salesforce:<id18>", "dynamics:<guid>", "zoho:<id>" (the extractors already normalize them).
 * Company records (accounts, organizations) identify no person: null. So is a record whose
 * account cannot be read from the URL.
 */
export function crmIdentityKey(site: string, record: CrmRecordRef, pageUrl: string): string | null {
  if (record.entity !== 'person' || !record.recordId) return null;
  let url: URL | null = null;
  try {
    url = new URL(pageUrl);
  } catch {
    url = null;
  }
  const id = record.recordId;
  switch (site) {
    case 'hubspot': {
      const portal = url ? /^\/contacts\/(\d{1,20})\//.exec(url.pathname)?.[1] : undefined;
      return portal ? `hubspot:${portal}/${id}` : null;
    }
    case 'pipedrive': {
      const account = url ? /^([a-z0-9-]+)\.pipedrive\.com$/i.exec(url.hostname)?.[1]?.toLowerCase() : undefined;
      return account ? `pipedrive:${account}/${id}` : null;
    }
    case 'salesforce':
    case 'dynamics':
    case 'zoho':
      return `${site}:${id}`;
    default:
      return null;
  }
}
