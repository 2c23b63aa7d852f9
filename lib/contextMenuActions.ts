import {
  fieldOfMenuItem,
  MENU_CAPTURE_PAGE,
  type SelectionField,
  type SelectionProblem,
  selectionValue,
} from './contextMenu';
import type { LeadLensDB } from './db/database';
import { addSelectionToLead } from './db/manualEdits';
import { type MessageKey, t } from './i18n';
import type { Reply } from './messaging/protocol';
import { type TabState, tabStateKey } from './messaging/tabState';

/** What a context-menu click needs from the background. */
export interface MenuDeps {
  db: LeadLensDB;
  now: () => Date;
  getTabState: (key: string) => Promise<TabState | null>;
  setTabState: (key: string, state: TabState) => Promise<void>;
  /** "Capture this page with LeadLens": the 'capture-tab' handler. */
  captureTab: (tabId: number) => Promise<Reply>;
  /** Tells the user the outcome (a browser notification). */
  notify: (message: string) => Promise<void>;
}

const PROBLEM_TEXT: Record<SelectionProblem, MessageKey> = {
  empty: 'selProblemEmpty',
  'too-long': 'selProblemTooLong',
  'not-email': 'selProblemNotEmail',
  'not-phone': 'selProblemNotPhone',
  'not-one-line': 'selProblemNotOneLine',
};

/** The title of a context-menu item in the user's language (for contextMenuItems). */
export function menuLabel(key: 'parent' | 'capturePage' | SelectionField): string {
  if (key === 'parent') return t('menuParent');
  if (key === 'capturePage') return t('menuCapturePage');
  return key === 'note' ? t('menuNote') : t(`field_${key}`);
}

const fieldLabel = (field: SelectionField) => menuLabel(field).toLowerCase();

/**
 * A click on a LeadLens context-menu item: capture the page, or add the selected text to the
 * lead the panel shows for that tab (a new manual lead when it shows none), validated first.
 * The outcome is always told, also when nothing was added and why.
 */
export async function handleMenuClick(
  deps: MenuDeps,
  info: { menuItemId: unknown; selectionText?: string },
  tab: { id?: number; url?: string } | undefined,
): Promise<void> {
  const tabId = tab?.id;
  if (tabId === undefined || tabId < 0) return;
  if (info.menuItemId === MENU_CAPTURE_PAGE) {
    const reply = await deps.captureTab(tabId);
    if (!reply.ok) return deps.notify(t('capturePageFailed', reply.error));
    const lead = reply.leadId ? await deps.db.leads.get(reply.leadId) : undefined;
    return deps.notify(lead ? t('notifyCaptured', lead.name ?? lead.email ?? '') : t('capturePageNoPerson'));
  }
  const field = fieldOfMenuItem(info.menuItemId);
  if (!field) return;
  const selection = selectionValue(field, info.selectionText);
  if (!selection.ok) return deps.notify(t('notifyNotAdded', fieldLabel(field), t(PROBLEM_TEXT[selection.problem])));

  const key = tabStateKey(tabId);
  const state = await deps.getTabState(key);
  const now = deps.now();
  const { leadId, created } = await addSelectionToLead(deps.db, state?.leadId ?? null, selection, now);
  // The panel follows the tab's state: from now on it shows this lead for the tab.
  await deps.setTabState(key, {
    ...(state ?? {
      url: tab?.url ?? 'about:blank',
      site: 'manual',
      kind: 'record',
      fields: {},
      updatedLeadIds: [],
      diagnostics: [],
    }),
    leadId,
    problem: null,
    at: now.getTime(),
  });
  const lead = await deps.db.leads.get(leadId);
  const who = (created && field !== 'name' ? undefined : lead?.name) ?? t('notifyNewLead');
  await deps.notify(
    field === 'note' ? t('notifyNoteAdded', who) : t('notifyAdded', selection.value, fieldLabel(field), who),
  );
}
