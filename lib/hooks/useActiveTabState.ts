import { useEffect, useState } from 'react';
import { type TabState, TabStateSchema, tabStateKey } from '../messaging/tabState';

export type ActiveTab = { status: 'loading' } | { status: 'ready'; tabId: number | null; state: TabState | null };

async function readTabState(tabId: number): Promise<TabState | null> {
  const key = tabStateKey(tabId);
  const stored = await browser.storage.session.get(key);
  const parsed = TabStateSchema.safeParse(stored[key]);
  return parsed.success ? parsed.data : null;
}

/**
 * The active tab of this window and what LeadLens captured there, kept current as the user
 * switches tabs and as captures land.
 */
export function useActiveTabState(): ActiveTab {
  const [active, setActive] = useState<ActiveTab>({ status: 'loading' });

  useEffect(() => {
    let cancelled = false;
    let tabId: number | null = null;
    // Set when this panel is open as a page in a tab of its own (a pinned tab, the e2e tests):
    // activating that tab must not make the panel lose the lead it shows.
    const ownTab = browser.tabs.getCurrent().then(
      (tab) => tab?.id ?? null,
      () => null,
    );

    const refresh = async () => {
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      const activeId = tab?.id ?? null;
      if (activeId === null || activeId !== (await ownTab)) tabId = activeId;
      const state = tabId === null ? null : await readTabState(tabId);
      if (!cancelled) setActive({ status: 'ready', tabId, state });
    };
    const onStorage = (changes: Record<string, unknown>) => {
      if (tabId !== null && tabStateKey(tabId) in changes) void refresh();
    };

    void refresh();
    browser.tabs.onActivated.addListener(refresh);
    browser.storage.session.onChanged.addListener(onStorage);
    return () => {
      cancelled = true;
      browser.tabs.onActivated.removeListener(refresh);
      browser.storage.session.onChanged.removeListener(onStorage);
    };
  }, []);

  return active;
}
