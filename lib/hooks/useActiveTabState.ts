import { useEffect, useState } from 'react';
import { type TabState, TabStateSchema, tabStateKey } from '../messaging/tabState';

export type ActiveTab = { status: 'loading' } | { status: 'ready'; tabId: number | null; state: TabState | null };

function asTabState(stored: unknown): TabState | null {
  const parsed = TabStateSchema.safeParse(stored);
  return parsed.success ? parsed.data : null;
}

async function readTabState(tabId: number): Promise<TabState | null> {
  const key = tabStateKey(tabId);
  return asTabState((await browser.storage.session.get(key))[key]);
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

    // A read of the stored state is dropped when a newer one started (quick tab switches) or when a
    // capture's change for the same tab arrived while it was reading (the change is newer).
    let reads = 0;
    let changes = 0;
    const refresh = async () => {
      const read = ++reads;
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      const activeId = tab?.id ?? null;
      if (activeId === null || activeId !== (await ownTab)) tabId = activeId;
      const changesBefore = changes;
      const state = tabId === null ? null : await readTabState(tabId);
      if (!cancelled && read === reads && changes === changesBefore) setActive({ status: 'ready', tabId, state });
    };
    // A capture landing in the shown tab: its new state is in the change itself, no need to read.
    const onStorage = (stored: Record<string, { newValue?: unknown }>) => {
      const change = tabId === null ? undefined : stored[tabStateKey(tabId)];
      if (!change || cancelled) return;
      changes++;
      setActive({ status: 'ready', tabId, state: asTabState(change.newValue) });
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
