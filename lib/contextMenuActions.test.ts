import Dexie from 'dexie';
import { handleMenuClick, type MenuDeps } from './contextMenuActions';
import { saveCapture } from './db/captures';
import { type LeadLensDB, openDatabase } from './db/database';
import type { TabState } from './messaging/tabState';

const now = new Date('2026-11-20T10:00:00Z');
let db: LeadLensDB;
let states: Map<string, TabState>;
let notes: string[];
let deps: MenuDeps;

beforeEach(async () => {
  db = openDatabase(`menu-${Math.random()}`);
  await db.open();
  states = new Map();
  notes = [];
  deps = {
    db,
    now: () => now,
    getTabState: async (key) => states.get(key) ?? null,
    setTabState: async (key, state) => void states.set(key, state),
    captureTab: async () => ({ ok: true, leadId: null }),
    notify: async (message) => void notes.push(message),
  };
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

const tab = { id: 5, url: 'https://example.com/about' };
const click = (item: string, selectionText?: string) =>
  handleMenuClick(deps, { menuItemId: `leadlens-add-${item}`, selectionText }, tab);

describe('handleMenuClick', () => {
  it('adds to the lead the panel shows for the tab', async () => {
    const url = 'https://www.linkedin.com/in/ana/';
    const saved = await saveCapture(
      db,
      { kind: 'profile', site: 'linkedin', fields: { name: 'Ana Popescu' }, activities: [], diagnostics: [] },
      url,
      now,
    );
    states.set('tab:5', {
      url,
      site: 'linkedin',
      kind: 'profile',
      leadId: saved.leadId,
      fields: {},
      updatedLeadIds: [],
      problem: null,
      diagnostics: [],
      at: 1,
    });
    await click('email', 'Ana@Carpathia.ro');
    expect((await db.leads.get(saved.leadId ?? ''))?.email).toBe('ana@carpathia.ro');
    expect(notes).toEqual(['“ana@carpathia.ro” added as email to Ana Popescu.']);
  });

  it('starts a new lead on a tab without one, which the panel then shows', async () => {
    await click('name', 'Jan de Vries');
    await click('title', 'Head of Sales');
    const leads = await db.leads.toArray();
    expect(leads).toMatchObject([{ name: 'Jan de Vries', title: 'Head of Sales' }]);
    expect(states.get('tab:5')).toMatchObject({ leadId: leads[0]?.id, url: tab.url, problem: null });
    expect(notes).toEqual([
      '“Jan de Vries” added as name to Jan de Vries.',
      '“Head of Sales” added as title to Jan de Vries.',
    ]);
  });

  it('refuses an invalid selection, saying why, and stores nothing', async () => {
    await click('phone', 'call me');
    expect(await db.leads.count()).toBe(0);
    expect(notes).toEqual(['Not added as phone: that is not a phone number like +31 20 123 4567.']);
  });

  it('captures the page and says when it shows no person', async () => {
    await handleMenuClick(deps, { menuItemId: 'leadlens-capture-page' }, tab);
    expect(notes).toEqual([
      'No person found on this page: no structured data, contact card or single email link names one.',
    ]);
  });
});
