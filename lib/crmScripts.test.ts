import { describe, expect, it } from 'vitest';
import { CRM_HOSTS } from './capture/crm/hosts';
import { CRM_SCRIPT_ID, type CrmScriptRegistration } from './crmAccess';
import { type RegistrationApi, syncCrmScript } from './crmScripts';

/** A fake browser: granted hosts and the registered scripts, as Chrome keeps them. */
function fakeApi(granted: string[]) {
  const grants = new Set(granted);
  const registered = new Map<string, CrmScriptRegistration>();
  const api: RegistrationApi = {
    permissions: { contains: async ({ origins }) => origins.every((o) => grants.has(o)) },
    scripting: {
      registerContentScripts: async (scripts) => {
        for (const s of scripts) {
          if (registered.has(s.id)) throw new Error(`duplicate script id ${s.id}`);
          registered.set(s.id, s);
        }
      },
      updateContentScripts: async (scripts) => {
        for (const s of scripts) registered.set(s.id, s);
      },
      unregisterContentScripts: async ({ ids }) => {
        for (const id of ids) registered.delete(id);
      },
      getRegisteredContentScripts: async ({ ids }) =>
        ids.flatMap((id) => (registered.has(id) ? [registered.get(id) as CrmScriptRegistration] : [])),
    },
  };
  return { api, grants, registered };
}

describe('syncCrmScript', () => {
  it('registers nothing until a CRM is granted, then follows grants and removals', async () => {
    const { api, grants, registered } = fakeApi([]);
    await syncCrmScript(api);
    expect(registered.size).toBe(0);

    for (const host of CRM_HOSTS.hubspot) grants.add(host);
    await syncCrmScript(api);
    await syncCrmScript(api); // a second start-up registers nothing twice
    expect(registered.get(CRM_SCRIPT_ID)?.matches).toEqual(CRM_HOSTS.hubspot);

    for (const host of CRM_HOSTS.pipedrive) grants.add(host);
    await syncCrmScript(api);
    expect(registered.get(CRM_SCRIPT_ID)?.matches).toEqual([...CRM_HOSTS.hubspot, ...CRM_HOSTS.pipedrive]);

    grants.clear();
    await syncCrmScript(api);
    expect(registered.size).toBe(0);
  });

  it('syncs started at the same time run one after the other (no duplicate registration)', async () => {
    const { api, registered } = fakeApi([...CRM_HOSTS.hubspot]);
    await Promise.all([syncCrmScript(api), syncCrmScript(api), syncCrmScript(api)]);
    expect(registered.get(CRM_SCRIPT_ID)?.matches).toEqual(CRM_HOSTS.hubspot);
  });

  it('uses Firefox contentScripts.register when scripting.registerContentScripts is missing', async () => {
    const grants = new Set(CRM_HOSTS.zoho);
    const live: { matches: string[]; file: string }[] = [];
    const api: RegistrationApi = {
      permissions: { contains: async ({ origins }) => origins.every((o) => grants.has(o)) },
      contentScripts: {
        register: async ({ js, matches }) => {
          const entry = { matches, file: js[0]?.file ?? '' };
          live.push(entry);
          return { unregister: () => live.splice(live.indexOf(entry), 1) };
        },
      },
    };
    await syncCrmScript(api);
    expect(live).toEqual([{ matches: [...CRM_HOSTS.zoho], file: '/content-scripts/crm.js' }]);
    grants.clear();
    await syncCrmScript(api);
    expect(live).toEqual([]);
  });
});
