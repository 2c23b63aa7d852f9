import { describe, expect, it } from 'vitest';
import { CRM_HOST_PATTERNS, CRM_HOSTS } from './capture/crm/hosts';
import { CRM_SCRIPT_FILE, crmAccess, crmAccessAll, crmOrigins, crmRegistration, crmScriptAction } from './crmAccess';

const hubspot = CRM_HOSTS.hubspot;
const set = (...lists: readonly (readonly string[])[]) => new Set(lists.flat());

describe('crmAccess', () => {
  it.each([
    ['nothing granted', set(), 'off'],
    ['every HubSpot host', set(hubspot), 'on'],
    ['one HubSpot host (another removed in the browser)', set(hubspot.slice(0, 1)), 'partial'],
    ['only other CRMs', set(CRM_HOSTS.pipedrive, CRM_HOSTS.zoho), 'off'],
  ] as const)('%s: %s', (_, granted, expected) => {
    expect(crmAccess('hubspot', granted)).toBe(expected);
  });

  it('lists every CRM in order with its access', () => {
    expect(crmAccessAll(set(CRM_HOSTS.pipedrive))).toEqual([
      { site: 'hubspot', access: 'off' },
      { site: 'salesforce', access: 'off' },
      { site: 'pipedrive', access: 'on' },
      { site: 'dynamics', access: 'off' },
      { site: 'zoho', access: 'off' },
    ]);
  });

  it('asks for the CRM hosts of one CRM only', () => {
    expect(crmOrigins('salesforce')).toEqual(['https://*.lightning.force.com/*', 'https://*.my.salesforce.com/*']);
  });
});

describe('crmRegistration', () => {
  it.each([
    ['nothing granted', set(), null],
    ['HubSpot and Pipedrive', set(CRM_HOSTS.pipedrive, hubspot), [...hubspot, ...CRM_HOSTS.pipedrive]],
    ['a partial grant registers the granted hosts only', set(hubspot.slice(1, 2)), hubspot.slice(1, 2)],
    ['non-CRM origins never get the script', set(['https://example.com/*', '<all_urls>']), null],
    ['everything', set(CRM_HOST_PATTERNS), [...CRM_HOST_PATTERNS]],
  ] as const)('%s', (_, granted, matches) => {
    const registration = crmRegistration(granted);
    if (matches === null) expect(registration).toBeNull();
    else expect(registration).toMatchObject({ matches, js: [CRM_SCRIPT_FILE], persistAcrossSessions: true });
  });
});

describe('crmScriptAction', () => {
  it.each([
    ['none registered, none granted', undefined, set(), 'none'],
    ['none registered, HubSpot granted', undefined, set(hubspot), 'register'],
    ['registered for HubSpot, all revoked', hubspot, set(), 'unregister'],
    ['registered for HubSpot, still granted (other order)', [...hubspot].reverse(), set(hubspot), 'none'],
    ['registered for HubSpot, Zoho added', hubspot, set(hubspot, CRM_HOSTS.zoho), 'update'],
    ['registered for HubSpot, one host removed', hubspot, set(hubspot.slice(1)), 'update'],
  ] as const)('%s: %s', (_, current, granted, action) => {
    const result = crmScriptAction(current, granted);
    expect(result.action).toBe(action);
    if (result.action === 'register' || result.action === 'update') {
      expect(result.script.matches).toEqual(crmRegistration(granted)?.matches);
    }
  });
});
