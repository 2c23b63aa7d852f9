import '@/lib/strictZod';
import { readTab, type TabCaptureApi } from '@/lib/capturePage';
import { contextMenuItems } from '@/lib/contextMenu';
import { handleMenuClick, type MenuDeps, menuLabel } from '@/lib/contextMenuActions';
import { type RegistrationApi, syncCrmScript } from '@/lib/crmScripts';
import { getDatabase } from '@/lib/db/database';
import { ensureActiveModel } from '@/lib/db/models';
import { rescoreAll, resumeRescore } from '@/lib/db/rescore';
import { runAutomaticRetention } from '@/lib/db/retention';
import type { OverdueMql } from '@/lib/db/slaCheck';
import { notifyOverdueMqls } from '@/lib/db/slaNotifications';
import { loadLanguage, t } from '@/lib/i18n';
import { createHandlers } from '@/lib/messaging/handlers';
import { routeMessage } from '@/lib/messaging/router';
import { TabStateSchema, tabStateKey } from '@/lib/messaging/tabState';
import { formatDuration } from '@/lib/speedToLead';

const DECAY_ALARM = 'daily-decay-rescore';
const SLA_ALARM = 'sla-check';
const RETENTION_ALARM = 'daily-retention';

export default defineBackground(() => {
  const db = getDatabase();
  const handlers = createHandlers({
    db,
    now: () => new Date(),
    setTabState: (key, state) => browser.storage.session.set({ [key]: state }),
    readTab: (tabId) => readTab(browser as unknown as TabCaptureApi, tabId),
  });
  const context = { extensionId: browser.runtime.id, extensionOrigin: browser.runtime.getURL('/') };

  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    routeMessage(message, sender, context, handlers).then(sendResponse);
    return true; // the reply is asynchronous
  });

  // Engagement decays as time passes: re-evaluate every lead daily so stages follow (cause "decay").
  // A rescore cut off by a stopped service worker resumes at the next start.
  // Every 15 minutes: a notification for each MQL that passed the SLA without a first touch.
  // Daily: leads untouched past the retention period are erased, if the user chose that (GDPR).
  for (const [name, periodInMinutes] of [
    [DECAY_ALARM, 24 * 60],
    [SLA_ALARM, 15],
    [RETENTION_ALARM, 24 * 60],
  ] as const) {
    browser.alarms.get(name).then((existing) => {
      // Re-creating on every worker start would keep pushing the next run back.
      if (!existing) browser.alarms.create(name, { periodInMinutes });
    });
  }
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === DECAY_ALARM) rescoreAll(db, new Date(), { cause: 'decay' }).catch(console.error);
    if (alarm.name === SLA_ALARM) notifyOverdueMqls(db, new Date(), showOverdue).catch(console.error);
    if (alarm.name === RETENTION_ALARM) runAutomaticRetention(db, new Date()).catch(console.error);
  });
  // The CRM content script runs on exactly the CRM hosts the user granted (dashboard settings,
  // "CRMs"), also after a change in the browser's own extension settings.
  const syncCrm = () => void syncCrmScript(browser as unknown as RegistrationApi).catch(console.error);
  syncCrm();
  browser.permissions.onAdded.addListener(syncCrm);
  browser.permissions.onRemoved.addListener(syncCrm);

  // Context menu: "Add to lead as ..." on selected text, "Capture this page with LeadLens".
  browser.runtime.onInstalled.addListener(() => void createContextMenus().catch(console.error));
  browser.contextMenus.onClicked.addListener((info, tab) => {
    const menuDeps: MenuDeps = {
      db,
      now: () => new Date(),
      getTabState: async (key) => TabStateSchema.safeParse((await browser.storage.session.get(key))[key]).data ?? null,
      setTabState: (key, state) => browser.storage.session.set({ [key]: state }),
      captureTab: (tabId) =>
        handlers['capture-tab']({ type: 'capture-tab', tabId }, {}).catch((e: Error) => ({
          ok: false,
          error: e.message,
        })),
      notify: notifyUser,
    };
    handleMenuClick(menuDeps, info, tab).catch(console.error);
  });
  resumeRescore(db, new Date()).catch(console.error);
  // A new install stores the shipped model as version 1, so the dashboard has one to show.
  db.transaction('rw', db.models, () => ensureActiveModel(db, Date.now())).catch(console.error);

  if (import.meta.env.FIREFOX) {
    // Firefox (MV2 build): the toolbar button toggles the sidebar (the same panel entrypoint).
    (browser.action ?? browser.browserAction).onClicked.addListener(() => {
      // sidebarAction is Firefox-only, so it is missing from the (Chrome-based) browser types.
      const firefox = browser as unknown as { sidebarAction: { toggle(): Promise<void> } };
      firefox.sidebarAction.toggle().catch(() => {});
    });
  } else {
    // Chrome/Edge: the toolbar button opens the side panel; so does the keyboard command.
    browser.sidePanel.setPanelBehavior({ openPanelOnActionClick: true }).catch(() => {});
    browser.commands.onCommand.addListener((command, tab) => {
      if (command === 'open-side-panel' && tab?.windowId !== undefined) {
        browser.sidePanel.open({ windowId: tab.windowId }).catch(() => {});
      }
    });
  }

  // A new page load in a tab makes its last capture stale; the content script reports the new one.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') browser.storage.session.remove(tabStateKey(tabId)).catch(() => {});
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    browser.storage.session.remove(tabStateKey(tabId)).catch(() => {});
  });
});

async function showOverdue(overdue: OverdueMql[]): Promise<void> {
  const [first] = overdue;
  if (!first) return;
  await loadLanguage();
  const message =
    overdue.length === 1
      ? t('slaNotifyOne', first.name, formatDuration(first.overdueByMs))
      : t(
          'slaNotifyMany',
          overdue.length,
          overdue
            .slice(0, 3)
            .map((o) => o.name)
            .join(', '),
        );
  await browser.notifications.create(`sla:${first.key}`, {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title: t('slaNotifyTitle'),
    message,
  });
}

async function createContextMenus(): Promise<void> {
  await loadLanguage();
  await browser.contextMenus.removeAll();
  for (const item of contextMenuItems(menuLabel)) {
    // The browser types spell contexts as an enum; the values are the same strings.
    browser.contextMenus.create(item as Parameters<typeof browser.contextMenus.create>[0]);
  }
}

/** The outcome of a context-menu action, as a browser notification. */
async function notifyUser(message: string): Promise<void> {
  await loadLanguage();
  await browser.notifications.create({
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title: 'LeadLens',
    message,
  });
}
