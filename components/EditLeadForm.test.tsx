import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { LeadRecord } from '@/lib/db/records';
import type { LeadEdit } from '@/lib/manualEntry';
import { EditLeadForm } from './EditLeadForm';

const lead: LeadRecord = {
  id: 'L1',
  name: 'Ana Popescu',
  title: 'Engineer',
  company: 'Carpathia',
  country: 'RO',
  companySize: 120,
  identityKeys: [],
  sources: ['linkedin'],
  stage: 'lead',
  stageManual: false,
  stageHistory: [],
  tags: [],
  createdAt: 0,
  updatedAt: 0,
};

function setup(onSave: (fields: LeadEdit) => Promise<void> = async () => {}) {
  const user = userEvent.setup();
  render(<EditLeadForm lead={lead} onSave={onSave} />);
  const field = (name: string) => screen.getByRole('textbox', { name }) as HTMLInputElement;
  return { user, field };
}

describe('EditLeadForm', () => {
  it('starts from the lead and saves the edited fields, an emptied one cleared', async () => {
    const saved: LeadEdit[] = [];
    const { user, field } = setup(async (fields) => void saved.push(fields));
    expect(field('Title')).toHaveValue('Engineer');
    expect(screen.getByRole('spinbutton', { name: 'Employees' })).toHaveValue(120);
    await user.clear(field('Title'));
    await user.type(field('Title'), 'Chief Executive Officer');
    await user.clear(field('Company'));
    await user.type(field('Email'), ' Ana@Carpathia.RO ');
    await user.type(field('Website'), 'carpathia.ro');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(saved).toEqual([
      {
        name: 'Ana Popescu',
        title: 'Chief Executive Officer',
        email: 'ana@carpathia.ro',
        website: 'carpathia.ro',
        country: 'RO',
        companySize: 120,
      },
    ]);
    expect(screen.getByRole('status')).toHaveTextContent('Changes saved');
  });

  it('shows an error beside each badly formatted field and saves nothing', async () => {
    const saved: LeadEdit[] = [];
    const { user, field } = setup(async (fields) => void saved.push(fields));
    await user.clear(field('Name'));
    await user.type(field('Email'), 'ana@');
    await user.type(field('Phone'), 'call me');
    await user.type(field('LinkedIn URL'), 'https://example.com/ana');
    await user.type(field('Website'), 'not a site');
    await user.clear(field('Country'));
    await user.type(field('Country'), 'Atlantis');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(saved).toEqual([]);
    expect(field('Name')).toHaveAccessibleDescription('A name is required.');
    expect(field('Email')).toHaveAccessibleDescription('Expected an email address like jan@acme.nl.');
    expect(field('Phone')).toHaveAccessibleDescription('Expected a phone number like +31 20 123 4567.');
    expect(field('LinkedIn URL')).toHaveAccessibleDescription(/Expected a LinkedIn profile URL/);
    expect(field('Website')).toHaveAccessibleDescription('Expected a website like https://acme.nl.');
    expect(field('Country')).toHaveAccessibleDescription('Expected a country, like NL or Netherlands.');
    expect(field('Title')).toHaveAttribute('aria-invalid', 'false');
  });

  it('says why a save failed', async () => {
    const { user } = setup(async () => {
      throw new Error('Ion Ionescu already has this email or LinkedIn URL');
    });
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Could not save the changes: Ion Ionescu already has this email',
    );
  });
});
