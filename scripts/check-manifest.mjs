// CI gate: the built manifests ask for exactly these permissions and hosts. Adding one must be
// a conscious change here, reviewed like code (LeadLens holds personal data about other people).
import { readFileSync } from 'node:fs';

// The CRM hosts (lib/capture/crm/hosts.ts CRM_HOSTS), optional: requested one CRM at a time when
// the user turns it on in the dashboard. Written out here so a new host is a reviewed change.
const CRM_HOSTS = [
  'https://app.hubspot.com/*',
  'https://app-eu1.hubspot.com/*',
  'https://app-na2.hubspot.com/*',
  'https://app-na3.hubspot.com/*',
  'https://app-ap1.hubspot.com/*',
  'https://*.lightning.force.com/*',
  'https://*.my.salesforce.com/*',
  'https://*.pipedrive.com/*',
  'https://*.dynamics.com/*',
  'https://crm.zoho.com/*',
  'https://crm.zoho.eu/*',
  'https://crm.zoho.in/*',
  'https://crm.zoho.com.au/*',
  'https://crm.zoho.jp/*',
  'https://crm.zoho.uk/*',
  'https://crm.zohocloud.ca/*',
];
// scripting: register the CRM script for enabled CRMs, inject "Capture this page";
// activeTab: that one tab after the user invoked LeadLens there; contextMenus: "Add to lead as ...".
const EXPECTED = {
  'chrome-mv3': {
    permissions: ['activeTab', 'alarms', 'contextMenus', 'notifications', 'scripting', 'sidePanel', 'storage'],
    host_permissions: [],
    optional_host_permissions: CRM_HOSTS,
  },
  'firefox-mv2': {
    permissions: ['activeTab', 'alarms', 'contextMenus', 'notifications', 'scripting', 'storage'],
    optional_permissions: CRM_HOSTS,
  },
};
const CONTENT_SCRIPT_MATCHES = [
  'https://www.linkedin.com/company/*',
  'https://www.linkedin.com/in/*',
  'https://www.linkedin.com/sales/lead/*',
];
const CSP = "script-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; connect-src 'none'";

const problems = [];
const same = (a, b) => JSON.stringify([...(a ?? [])].sort()) === JSON.stringify([...b].sort());
for (const [target, expected] of Object.entries(EXPECTED)) {
  const manifest = JSON.parse(readFileSync(new URL(`../.output/${target}/manifest.json`, import.meta.url), 'utf8'));
  for (const [key, list] of Object.entries(expected)) {
    if (!same(manifest[key], list))
      problems.push(`${target} ${key}: ${JSON.stringify(manifest[key] ?? [])}, expected ${JSON.stringify(list)}`);
  }
  const matches = (manifest.content_scripts ?? []).flatMap((c) => c.matches);
  if (!same(matches, CONTENT_SCRIPT_MATCHES))
    problems.push(`${target} content script matches: ${JSON.stringify(matches)}`);
  const csp = manifest.content_security_policy;
  if ((typeof csp === 'string' ? csp : csp?.extension_pages) !== CSP)
    problems.push(`${target} CSP: ${JSON.stringify(csp)}`);
  if (JSON.stringify(manifest).includes('<all_urls>')) problems.push(`${target} asks for <all_urls>`);
  if (manifest.externally_connectable) problems.push(`${target} accepts external connections`);
}
if (problems.length > 0) {
  console.error(`Manifest check failed:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log('Manifests ask for exactly the expected permissions, hosts and CSP.');
