import '@/lib/strictZod';
import { getDatabase } from '@/lib/db/database';
import { ensureActiveModel } from '@/lib/db/models';
import { rescoreAll, resumeRescore } from '@/lib/db/rescore';
import { createHandlers } from '@/lib/messaging/handlers';
import { routeMessage } from '@/lib/messaging/router';
import { tabStateKey } from '@/lib/messaging/tabState';

const DECAY_ALARM = 'daily-decay-rescore';

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
  browser.alarms.get(DECAY_ALARM).then((existing) => {
    // Re-creating on every worker start would keep pushing the next run back.
    if (!existing) browser.alarms.create(DECAY_ALARM, { periodInMinutes: 24 * 60 });
  });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === DECAY_ALARM) rescoreAll(db, new Date(), { cause: 'decay' }).catch(console.error);
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
