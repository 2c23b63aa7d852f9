import { render, screen } from '@testing-library/react';
import { storedLead } from '@/test/unit/leadFixtures';
import { CompanyView } from './CompanyView';

const fields = {
  company: 'Tulpveld B.V.',
  industry: 'Software Development',
  companySizeBand: '51-200',
  headquarters: 'Utrecht, Utrecht',
  website: 'https://www.tulpveld.example',
  followers: 4812,
};

describe('CompanyView', () => {
  it('shows the company facts and the leads the page updated', () => {
    render(
      <CompanyView fields={fields} leads={[storedLead({ name: 'Joëlle van den Broek', title: 'Hoofd Marketing' })]} />,
    );
    expect(screen.getByRole('heading', { name: 'Tulpveld B.V.' })).toBeVisible();
    expect(screen.getByText('51-200')).toBeVisible();
    expect(screen.getByText('Utrecht, Utrecht')).toBeVisible();
    expect(screen.getByText('Updated 1 lead(s) at this company:')).toBeVisible();
    expect(screen.getByText('Joëlle van den Broek')).toBeVisible();
  });

  it('says what happens when no lead works there yet', () => {
    render(<CompanyView fields={{ company: 'Nordkust Logistik AB' }} leads={[]} />);
    expect(screen.getByText(/No leads at this company yet/)).toBeVisible();
    expect(screen.queryByText('Industry')).toBeNull();
  });
});
