import type { CrmSite } from './types';

/**
 * Match patterns per CRM, for the manifest's `optional_host_permissions` (requested when the
 * user turns a CRM on). A match pattern only allows `*` as a whole leading host label, so
 * HubSpot's data centres are listed one by one.
 */
export const CRM_HOSTS: Readonly<Record<CrmSite, readonly string[]>> = {
  hubspot: [
    'https://app.hubspot.com/*',
    'https://app-eu1.hubspot.com/*',
    'https://app-na2.hubspot.com/*',
    'https://app-na3.hubspot.com/*',
    'https://app-ap1.hubspot.com/*',
  ],
  salesforce: ['https://*.lightning.force.com/*', 'https://*.my.salesforce.com/*'],
  pipedrive: ['https://*.pipedrive.com/*'],
  dynamics: ['https://*.dynamics.com/*'],
  zoho: [
    'https://crm.zoho.com/*',
    'https://crm.zoho.eu/*',
    'https://crm.zoho.in/*',
    'https://crm.zoho.com.au/*',
    'https://crm.zoho.jp/*',
    'https://crm.zoho.uk/*',
    'https://crm.zohocloud.ca/*',
  ],
};

/** Every CRM match pattern, for a content script's `matches`. */
export const CRM_HOST_PATTERNS: readonly string[] = Object.values(CRM_HOSTS).flat();

const HOST_RULES: readonly [CrmSite, RegExp][] = [
  // app.hubspot.com (na1) and app-<dc>.hubspot.com (app-eu1, app-na2, app-ap1, ...).
  ['hubspot', /^app(?:-[a-z]{2,3}\d{1,2})?\.hubspot\.com$/],
  ['salesforce', /^[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:lightning\.force\.com|my\.salesforce\.com)$/],
  ['pipedrive', /^(?!www\.)[a-z0-9-]+\.pipedrive\.com$/],
  ['dynamics', /^(?!www\.)[a-z0-9-]+(?:\.[a-z0-9-]+)*\.dynamics\.com$/],
  ['zoho', /^crm\.(?:zoho\.(?:com|eu|in|com\.au|jp|uk)|zohocloud\.ca)$/],
];

/** The CRM a host name belongs to, or undefined for any other host (marketing sites included). */
export function crmSiteForHost(hostname: string): CrmSite | undefined {
  const host = typeof hostname === 'string' ? hostname.toLowerCase() : '';
  if (host.length > 253) return undefined;
  for (const [site, pattern] of HOST_RULES) if (pattern.test(host)) return site;
  return undefined;
}
