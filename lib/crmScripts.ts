import { CRM_HOST_PATTERNS } from './capture/crm/hosts';
import { CRM_SCRIPT_ID, type CrmScriptRegistration, crmScriptAction } from './crmAccess';

/** The parts of the extension API the CRM script registration uses (the background passes `browser`). */
export interface RegistrationApi {
  permissions: { contains(p: { origins: string[] }): Promise<boolean> };
  scripting?: {
    registerContentScripts?(scripts: CrmScriptRegistration[]): Promise<void>;
    updateContentScripts?(scripts: CrmScriptRegistration[]): Promise<void>;
    unregisterContentScripts?(filter: { ids: string[] }): Promise<void>;
    getRegisteredContentScripts?(filter: { ids: string[] }): Promise<{ id: string; matches?: string[] }[]>;
  };
  /** Firefox MV2's older API, used when scripting.registerContentScripts is missing. */
  contentScripts?: {
    register(options: { js: { file: string }[]; matches: string[]; runAt: string }): Promise<{ unregister(): unknown }>;
  };
}

/** The CRM hosts the user granted, asked one by one (the same question the settings ask). */
export async function grantedCrmHosts(api: Pick<RegistrationApi, 'permissions'>): Promise<Set<string>> {
  const answers = await Promise.all(
    CRM_HOST_PATTERNS.map(async (host) => [host, await api.permissions.contains({ origins: [host] })] as const),
  );
  return new Set(answers.filter(([, granted]) => granted).map(([host]) => host));
}

let legacyHandle: { unregister(): unknown } | undefined;
let legacyMatches: string[] | undefined;

let queue: Promise<void> = Promise.resolve();

/**
 * Makes the registered CRM content script match the granted CRM hosts: registers, updates or
 * unregisters it. Run at start-up and whenever permissions are added or removed; calls run one
 * after another (a start-up sync and an onAdded sync at once would register the script twice).
 */
export function syncCrmScript(api: RegistrationApi): Promise<void> {
  const run = queue.then(() => sync(api));
  queue = run.catch(() => {});
  return run;
}

async function sync(api: RegistrationApi): Promise<void> {
  const granted = await grantedCrmHosts(api);
  const scripting = api.scripting;
  if (scripting?.registerContentScripts && scripting.getRegisteredContentScripts) {
    const [current] = await scripting.getRegisteredContentScripts({ ids: [CRM_SCRIPT_ID] });
    const plan = crmScriptAction(current?.matches, granted);
    if (plan.action === 'register') await scripting.registerContentScripts([plan.script]);
    if (plan.action === 'update') await scripting.updateContentScripts?.([plan.script]);
    if (plan.action === 'unregister') await scripting.unregisterContentScripts?.({ ids: [CRM_SCRIPT_ID] });
    return;
  }
  if (!api.contentScripts) return;
  // Firefox without scripting.registerContentScripts: a registration lives as long as the
  // (persistent MV2) background page, so it is redone at every start.
  const plan = crmScriptAction(legacyMatches, granted);
  if (plan.action === 'none') return;
  await legacyHandle?.unregister();
  legacyHandle = undefined;
  legacyMatches = undefined;
  if (plan.action === 'unregister') return;
  legacyHandle = await api.contentScripts.register({
    js: plan.script.js.map((file) => ({ file: `/${file}` })),
    matches: plan.script.matches,
    runAt: plan.script.runAt,
  });
  legacyMatches = plan.script.matches;
}
