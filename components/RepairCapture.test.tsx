import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { SelectorOverride } from '@/lib/capture/overrides';
import type { ManualLead } from '@/lib/leads/manualLead';
import { CaptureHealth } from './CaptureHealth';
import { ManualLeadForm } from './ManualLeadForm';

describe('repairing a field with a selector', () => {
  function setup(overrides: SelectorOverride[] = []) {
    const saved: SelectorOverride[] = [];
    const removed: string[] = [];
    render(
      <CaptureHealth
        fields={{ name: 'Jan de Vries' }}
        diagnostics={[{ field: 'name', strategy: 'og-title' }]}
        open
        repair={{
          site: 'linkedin',
          overrides,
          onSave: async (o) => {
            saved.push(o);
          },
          onRemove: async (field) => {
            removed.push(field);
          },
        }}
      />,
    );
    return { saved, removed };
  }

  it('explains a bad selector and never saves it', async () => {
    const user = userEvent.setup();
    const { saved } = setup();
    await user.click(screen.getByRole('button', { name: 'Fix Title' }));
    await user.type(screen.getByRole('textbox', { name: 'CSS selector for Title' }), 'h2[[[[');
    expect(screen.getByRole('alert')).toHaveTextContent(/selector/i);
    expect(screen.getByRole('button', { name: 'Save and capture again' })).toBeDisabled();
    expect(saved).toEqual([]);
  });

  it('saves a valid selector for the site, with an optional attribute', async () => {
    const user = userEvent.setup();
    const { saved } = setup();
    await user.click(screen.getByRole('button', { name: 'Fix Company' }));
    await user.type(screen.getByRole('textbox', { name: 'CSS selector for Company' }), 'a[[data-field="company"]');
    await user.type(screen.getByRole('textbox', { name: /Attribute/ }), 'title');
    await user.click(screen.getByRole('button', { name: 'Save and capture again' }));
    expect(saved).toEqual([
      { site: 'linkedin', field: 'company', selector: 'a[data-field="company"]', attribute: 'title' },
    ]);
    expect(screen.queryByRole('textbox', { name: /CSS selector/ })).toBeNull();
  });

  it('shows and removes an existing override', async () => {
    const user = userEvent.setup();
    const { removed } = setup([{ site: 'linkedin', field: 'title', selector: '.my-title' }]);
    await user.click(screen.getByRole('button', { name: 'Remove your selector for Title' }));
    expect(removed).toEqual(['title']);
    await user.click(screen.getByRole('button', { name: 'Fix Title' }));
    expect(screen.getByRole('textbox', { name: 'CSS selector for Title' })).toHaveValue('.my-title');
  });
});

describe('ManualLeadForm', () => {
  it('starts from what the page showed and saves the checked lead', async () => {
    const user = userEvent.setup();
    const saved: ManualLead[] = [];
    render(
      <ManualLeadForm
        prefill={{ title: 'Inköpsansvarig', company: 'Fjällsoft AB' }}
        onSave={async (lead) => {
          saved.push(lead);
        }}
      />,
    );
    expect(screen.getByRole('textbox', { name: 'Company' })).toHaveValue('Fjällsoft AB');
    await user.type(screen.getByRole('textbox', { name: 'Name' }), 'Åsa Lindqvist');
    await user.type(screen.getByRole('textbox', { name: 'Email' }), 'Asa@Fjallsoft.se');
    await user.click(screen.getByRole('button', { name: 'Save lead' }));
    expect(saved).toEqual([
      { name: 'Åsa Lindqvist', title: 'Inköpsansvarig', company: 'Fjällsoft AB', email: 'asa@fjallsoft.se' },
    ]);
    expect(screen.getByRole('status')).toHaveTextContent('Lead saved.');
  });

  it('says what is wrong next to each field and saves nothing', async () => {
    const user = userEvent.setup();
    const saved: ManualLead[] = [];
    render(<ManualLeadForm prefill={{}} onSave={async (lead) => void saved.push(lead)} />);
    await user.type(screen.getByRole('textbox', { name: 'Email' }), 'asa@');
    await user.type(screen.getByRole('textbox', { name: 'LinkedIn URL' }), 'https://evil.example/in/x');
    await user.click(screen.getByRole('button', { name: 'Save lead' }));
    expect(screen.getByRole('textbox', { name: 'Name' })).toHaveAccessibleDescription('A name is required');
    expect(screen.getByRole('textbox', { name: 'Email' })).toHaveAccessibleDescription(/Expected an email address/);
    expect(screen.getByRole('textbox', { name: 'LinkedIn URL' })).toHaveAccessibleDescription(/LinkedIn profile URL/);
    expect(saved).toEqual([]);
  });

  it('reports a refusal from the background', async () => {
    const user = userEvent.setup();
    render(
      <ManualLeadForm
        prefill={{ name: 'Jan' }}
        onSave={async () => {
          throw new Error('add a LinkedIn URL or an email so the lead can be found again');
        }}
      />,
    );
    await user.click(screen.getByRole('button', { name: 'Save lead' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Could not save the lead: add a LinkedIn URL or an email');
  });
});
