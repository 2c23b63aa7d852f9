import { CRM_HOSTS } from './capture/crm/hosts';
import { CRM_SITES, type CrmSite } from './capture/crm/types';

/**
 * Which CRMs LeadLens may read, from the host permissions the user granted, and the one
 * runtime content script that follows from them. Pure: the background passes in what
 * `permissions.contains` said and what is registered now.
 */

/** The id of the runtime-registered CRM content script (entrypoints/crm.content.ts). */
export const CRM_SCRIPT_ID = 'leadlens-crm';
/** Where WXT writes entrypoints/crm.content.ts in the build. */
export const CRM_SCRIPT_FILE = 'content-scripts/crm.js';

export type CrmAccess = 'on' | 'off' | 'partial';

/** The match patterns to request (or remove) when the user turns one CRM on (or off). */
export function crmOrigins(site: CrmSite): string[] {
  return [...CRM_HOSTS[site]];
}

/** On when every host of the CRM is granted, off when none is, partial when the browser's own UI removed some. */
export function crmAccess(site: CrmSite, granted: ReadonlySet<string>): CrmAccess {
  const hosts = CRM_HOSTS[site];
  const count = hosts.filter((host) => granted.has(host)).length;
  if (count === 0) return 'off';
  return count === hosts.length ? 'on' : 'partial';
}

/** Every CRM with its access, in the order the settings list them. */
export function crmAccessAll(granted: ReadonlySet<string>): { site: CrmSite; access: CrmAccess }[] {
  return CRM_SITES.map((site) => ({ site, access: crmAccess(site, granted) }));
}

export interface CrmScriptRegistration {
  id: string;
  js: string[];
  matches: string[];
  runAt: 'document_idle';
  persistAcrossSessions: boolean;
}

/**
 * The CRM content script for exactly the granted CRM hosts (in CRM_HOSTS order), or null when
 * none is granted. Origins that are not CRM hosts never make it in, whatever was granted.
 */
export function crmRegistration(granted: ReadonlySet<string>): CrmScriptRegistration | null {
  const matches = CRM_SITES.flatMap((site) => CRM_HOSTS[site].filter((host) => granted.has(host)));
  if (matches.length === 0) return null;
  // CRMs render after load (single-page apps); idle is early enough for watchPage to follow them.
  return { id: CRM_SCRIPT_ID, js: [CRM_SCRIPT_FILE], matches, runAt: 'document_idle', persistAcrossSessions: true };
}

export type CrmScriptAction =
  | { action: 'none' }
  | { action: 'register'; script: CrmScriptRegistration }
  | { action: 'update'; script: CrmScriptRegistration }
  | { action: 'unregister' };

/**
 * What to do so the registered script matches the grants: `current` is the match list of the
 * script registered now (undefined when none is).
 */
export function crmScriptAction(current: readonly string[] | undefined, granted: ReadonlySet<string>): CrmScriptAction {
  const wanted = crmRegistration(granted);
  if (!wanted) return current ? { action: 'unregister' } : { action: 'none' };
  if (!current) return { action: 'register', script: wanted };
  const same =
    current.length === wanted.matches.length && [...current].sort().join() === [...wanted.matches].sort().join();
  return same ? { action: 'none' } : { action: 'update', script: wanted };
}
