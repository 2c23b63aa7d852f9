import '@/lib/strictZod';
import { getDatabase } from '@/lib/db/database';
import { ensureActiveModel } from '@/lib/db/models';
import { rescoreAll, resumeRescore } from '@/lib/db/rescore';
import type { OverdueMql } from '@/lib/db/slaCheck';
import { notifyOverdueMqls } from '@/lib/db/slaNotifications';
import { loadLanguage, t } from '@/lib/i18n';
import { createHandlers } from '@/lib/messaging/handlers';
import { routeMessage } from '@/lib/messaging/router';
import { tabStateKey } from '@/lib/messaging/tabState';
import { formatDuration } from '@/lib/speedToLead';

const DECAY_ALARM = 'daily-decay-rescore';
const SLA_ALARM = 'sla-check';

export default defineBackground(() => {
  const db = getDatabase();
  const handlers = createHandlers({
    db,
    now: () => new Date(),
    setTabState: (key, state) => browser.storage.session.set({ [key]: state }),
  });
  const context = { extensionId: browser.runtime.id, extensionOrigin: browser.runtime.getURL('/') };

  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    routeMessage(message, sender, context, handlers).then(sendResponse);
    return true; // the reply is asynchronous
  });

  // Engagement decays as time passes: re-evaluate every lead daily so stages follow (cause "decay").
  // A rescore cut off by a stopped service worker resumes at the next start.
  // Every 15 minutes: a notification for each MQL that passed the SLA without a first touch.
  for (const [name, periodInMinutes] of [
    [DECAY_ALARM, 24 * 60],
    [SLA_ALARM, 15],
  ] as const) {
    browser.alarms.get(name).then((existing) => {
      // Re-creating on every worker start would keep pushing the next run back.
      if (!existing) browser.alarms.create(name, { periodInMinutes });
    });
  }
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === DECAY_ALARM) rescoreAll(db, new Date(), { cause: 'decay' }).catch(console.error);
    if (alarm.name === SLA_ALARM) notifyOverdueMqls(db, new Date(), showOverdue).catch(console.error);
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
