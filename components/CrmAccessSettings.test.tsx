import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CRM_HOSTS } from '@/lib/capture/crm/hosts';
import { CrmAccessSettings, type PermissionsApi } from './CrmAccessSettings';

/** Host permissions as the browser keeps them; `answer` is what the user says to the prompt. */
function fakePermissions(initial: readonly string[], answer = true) {
  const granted = new Set(initial);
  const listeners = { added: new Set<() => void>(), removed: new Set<() => void>() };
  const requests: string[][] = [];
  const event = (set: Set<() => void>) => ({
    addListener: (l: () => void) => void set.add(l),
    removeListener: (l: () => void) => void set.delete(l),
  });
  const api: PermissionsApi = {
    contains: async ({ origins }) => origins.every((o) => granted.has(o)),
    request: async ({ origins }) => {
      requests.push(origins);
      if (!answer) return false;
      for (const o of origins) granted.add(o);
      for (const l of listeners.added) l();
      return true;
    },
    remove: async ({ origins }) => {
      for (const o of origins) granted.delete(o);
      for (const l of listeners.removed) l();
      return true;
    },
    onAdded: event(listeners.added),
    onRemoved: event(listeners.removed),
  };
  /** A change made in the browser's own settings page. */
  const revokeElsewhere = (origins: readonly string[]) => {
    for (const o of origins) granted.delete(o);
    for (const l of listeners.removed) l();
  };
  return { api, granted, requests, revokeElsewhere };
}

describe('CrmAccessSettings', () => {
  it('shows what the browser granted, one switch per CRM', async () => {
    const { api } = fakePermissions(CRM_HOSTS.pipedrive);
    render(<CrmAccessSettings permissions={api} />);
    expect(await screen.findByRole('checkbox', { name: 'Read Pipedrive records' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Read HubSpot records' })).not.toBeChecked();
    expect(screen.getAllByRole('checkbox')).toHaveLength(5);
    expect(screen.getByRole('checkbox', { name: 'Read Pipedrive records' })).toHaveAccessibleDescription(
      'On: records you open there appear in the side panel.',
    );
  });

  it('turning a CRM on asks for exactly its hosts and says it was granted', async () => {
    const user = userEvent.setup();
    const { api, requests } = fakePermissions([]);
    render(<CrmAccessSettings permissions={api} />);
    await user.click(await screen.findByRole('checkbox', { name: 'Read HubSpot records' }));
    expect(requests).toEqual([[...CRM_HOSTS.hubspot]]);
    expect(await screen.findByRole('status')).toHaveTextContent('Access to HubSpot granted.');
    expect(screen.getByRole('checkbox', { name: 'Read HubSpot records' })).toBeChecked();
  });

  it('a refused prompt leaves the CRM off and says so', async () => {
    const user = userEvent.setup();
    const { api } = fakePermissions([], false);
    render(<CrmAccessSettings permissions={api} />);
    await user.click(await screen.findByRole('checkbox', { name: 'Read Zoho CRM records' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Access to Zoho CRM was not granted');
    expect(screen.getByRole('checkbox', { name: 'Read Zoho CRM records' })).not.toBeChecked();
  });

  it('turning a CRM off removes its hosts', async () => {
    const user = userEvent.setup();
    const { api, granted } = fakePermissions([...CRM_HOSTS.salesforce, ...CRM_HOSTS.hubspot]);
    render(<CrmAccessSettings permissions={api} />);
    const salesforce = await screen.findByRole('checkbox', { name: 'Read Salesforce records' });
    await waitFor(() => expect(salesforce).toBeChecked());
    await user.click(salesforce);
    expect([...granted]).toEqual([...CRM_HOSTS.hubspot]);
    expect(await screen.findByRole('status')).toHaveTextContent('Salesforce is off');
    expect(salesforce).not.toBeChecked();
  });

  it('follows a change made in the browser, and shows a partial grant', async () => {
    const { api, revokeElsewhere } = fakePermissions(CRM_HOSTS.hubspot);
    render(<CrmAccessSettings permissions={api} />);
    const hubspot = await screen.findByRole('checkbox', { name: 'Read HubSpot records' });
    await waitFor(() => expect(hubspot).toBeChecked());
    act(() => revokeElsewhere(CRM_HOSTS.hubspot.slice(0, 2)));
    await waitFor(() => expect(hubspot).not.toBeChecked());
    expect(hubspot).toHaveAccessibleDescription(/Partly on/);
  });
});
