import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getDatabase } from '@/lib/db/database';
import { type TabState, tabStateKey } from '@/lib/messaging/tabState';
import { storedLead } from '@/test/unit/leadFixtures';
import { App } from './App';

function tabState(leadId: string | null, overrides: Partial<TabState> = {}): TabState {
  return {
    url: 'https://www.linkedin.com/in/ana-popescu/',
    site: 'linkedin',
    kind: 'profile',
    leadId,
    fields: { name: 'Ana Popescu' },
    updatedLeadIds: [],
    problem: null,
    diagnostics: [{ field: 'name', strategy: 'json-ld' }],
    at: 0,
    ...overrides,
  };
}

describe('side panel App', () => {
  // The lead and capture views load on demand: transform them once here, so each test waits for
  // rendering and not for the first compile of their modules.
  beforeAll(async () => {
    await Promise.all([
      import('@/components/LeadPanel'),
      import('@/components/CaptureProblem'),
      import('@/components/CaptureHealth'),
    ]);
  });

  beforeEach(async () => {
    fakeBrowser.reset();
    await fakeBrowser.windows.create({ focused: true });
    // A real side panel is in no tab (the fake answers with the active tab instead).
    vi.spyOn(fakeBrowser.tabs, 'getCurrent').mockResolvedValue(undefined);
    await getDatabase().leads.clear();
  });

  it('shows an empty state with what to do when the tab has no capture', async () => {
    await fakeBrowser.tabs.create({ url: 'https://example.com/', active: true });
    render(<App />);
    expect(await screen.findByRole('heading', { name: 'No lead on this tab' })).toBeVisible();
  });

  it('shows the lead captured on the active tab, live as it changes', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'https://www.linkedin.com/in/ana-popescu/', active: true });
    await getDatabase().leads.add(storedLead());
    await fakeBrowser.storage.session.set({ [tabStateKey(tab.id ?? -1)]: tabState('lead-ana') });
    render(<App />);
    expect(await screen.findByRole('heading', { name: 'Ana Popescu' })).toBeVisible();
    expect(screen.getByRole('status', { name: 'Stage: MQL' })).toBeVisible();

    await act(() => getDatabase().leads.update('lead-ana', { stage: 'sql', stageManual: true }));
    expect(await screen.findByRole('status', { name: 'Stage: SQL (set by hand)' })).toBeVisible();
  });

  it('follows the user to another tab and back', async () => {
    const first = await fakeBrowser.tabs.create({ url: 'https://www.linkedin.com/in/ana-popescu/', active: true });
    await getDatabase().leads.add(storedLead());
    await fakeBrowser.storage.session.set({ [tabStateKey(first.id ?? -1)]: tabState('lead-ana') });
    render(<App />);
    expect(await screen.findByRole('heading', { name: 'Ana Popescu' })).toBeVisible();

    await act(async () => {
      await fakeBrowser.tabs.create({ url: 'https://example.com/', active: true });
    });
    expect(await screen.findByRole('heading', { name: 'No lead on this tab' })).toBeVisible();
    // Still reachable from the lists (the hot list and the recent leads), read once they show.
    expect((await screen.findAllByRole('button', { name: /Ana Popescu/ })).length).toBeGreaterThan(0);

    await act(async () => {
      await fakeBrowser.tabs.update(first.id, { active: true });
    });
    expect(await screen.findByRole('heading', { name: 'Ana Popescu' })).toBeVisible();
  });

  it('keeps its lead when it is open in a tab of its own and that tab is activated', async () => {
    const profile = await fakeBrowser.tabs.create({ url: 'https://www.linkedin.com/in/ana-popescu/', active: true });
    await getDatabase().leads.add(storedLead());
    await fakeBrowser.storage.session.set({ [tabStateKey(profile.id ?? -1)]: tabState('lead-ana') });
    const own = await fakeBrowser.tabs.create({ url: 'chrome-extension://id/sidepanel.html', active: false });
    vi.spyOn(fakeBrowser.tabs, 'getCurrent').mockResolvedValue(own as never);
    render(<App />);
    expect(await screen.findByRole('heading', { name: 'Ana Popescu' })).toBeVisible();
    await act(async () => {
      await fakeBrowser.tabs.update(own.id, { active: true });
    });
    expect(screen.getByRole('heading', { name: 'Ana Popescu' })).toBeVisible();
  });

  it('shows a lead picked from the lists until the rep goes back to the tab', async () => {
    const user = userEvent.setup();
    await fakeBrowser.tabs.create({ url: 'https://example.com/', active: true });
    await getDatabase().leads.add(storedLead());
    render(<App />);
    await user.click((await screen.findAllByRole('button', { name: /Ana Popescu/ }))[0] as HTMLElement);
    expect(await screen.findByRole('heading', { name: 'Ana Popescu' })).toBeVisible();
    expect(new URL(location.href).searchParams.get('lead')).toBe('lead-ana');
    await user.click(screen.getByRole('button', { name: /Back to the current tab/ }));
    expect(await screen.findByRole('heading', { name: 'No lead on this tab' })).toBeVisible();
    expect(new URL(location.href).searchParams.get('lead')).toBeNull();
  });

  it('updates when a capture lands on the active tab', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'https://www.linkedin.com/in/x/', active: true });
    render(<App />);
    expect(await screen.findByRole('heading', { name: 'No lead on this tab' })).toBeVisible();
    await act(() =>
      fakeBrowser.storage.session.set({
        [tabStateKey(tab.id ?? -1)]: tabState(null, { kind: 'authwall', problem: 'page is authwall' }),
      }),
    );
    expect(await screen.findByRole('heading', { name: 'Nothing captured on this page' })).toBeVisible();
    expect(screen.getByText(/asks you to sign in/)).toBeVisible();
  });

  it('forgets the capture when the tab loads another page (its stored state removed)', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'https://www.linkedin.com/in/ana-popescu/', active: true });
    await getDatabase().leads.add(storedLead());
    render(<App />);
    expect(await screen.findByRole('heading', { name: 'No lead on this tab' })).toBeVisible();
    await act(() => fakeBrowser.storage.session.set({ [tabStateKey(tab.id ?? -1)]: tabState('lead-ana') }));
    expect(await screen.findByRole('heading', { name: 'Ana Popescu' })).toBeVisible();
    await act(() => fakeBrowser.storage.session.remove(tabStateKey(tab.id ?? -1)));
    expect(await screen.findByRole('heading', { name: 'No lead on this tab' })).toBeVisible();
  });
});
