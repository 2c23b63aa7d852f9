import { getDatabase } from '@/lib/db/database';
import { createHandlers } from '@/lib/messaging/handlers';
import { routeMessage } from '@/lib/messaging/router';
import { tabStateKey } from '@/lib/messaging/tabState';

export default defineBackground(() => {
  const handlers = createHandlers({
    db: getDatabase(),
    now: () => new Date(),
    setTabState: (key, state) => browser.storage.session.set({ [key]: state }),
  });
  const context = { extensionId: browser.runtime.id, extensionOrigin: browser.runtime.getURL('/') };

  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    routeMessage(message, sender, context, handlers).then(sendResponse);
    return true; // the reply is asynchronous
  });

  if (import.meta.env.FIREFOX) {
    // Firefox: the toolbar button toggles the sidebar (the same panel entrypoint).
    browser.action.onClicked.addListener(() => {
      browser.sidebarAction.toggle().catch(() => {});
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
