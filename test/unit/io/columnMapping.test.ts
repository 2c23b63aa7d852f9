import { type ColumnMapping, detectColumns, normalizeHeader, type Preset } from '@/lib/io/columnMapping';

const HUBSPOT = [
  'Record ID',
  'First Name',
  'Last Name',
  'Email',
  'Job Title',
  'Company Name',
  'Phone Number',
  'Lifecycle Stage',
  'Lead Status',
  'Country/Region',
  'Number of Employees',
  'Industry',
  'Create Date',
];
const SALESFORCE = [
  'First Name',
  'Last Name',
  'Title',
  'Company',
  'Email',
  'Phone',
  'Lead Source',
  'Rating',
  'Status',
  'Industry',
  'No. of Employees',
  'Annual Revenue',
  'Country',
];
const PIPEDRIVE = [
  'Person - Name',
  'Person - Email',
  'Person - Phone',
  'Organization - Name',
  'Person - Job title',
  'Person - Label',
];

describe('detectColumns', () => {
  it.each<[string, string[], Preset | null, ColumnMapping]>([
    [
      'HubSpot contacts export',
      HUBSPOT,
      'hubspot',
      [
        null,
        'firstName',
        'lastName',
        'email',
        'title',
        'company',
        'phone',
        'stage',
        null,
        'country',
        'companySize',
        'industry',
        null,
      ],
    ],
    [
      'Salesforce leads export',
      SALESFORCE,
      'salesforce',
      [
        'firstName',
        'lastName',
        'title',
        'company',
        'email',
        'phone',
        null,
        null,
        null,
        'industry',
        'companySize',
        null,
        'country',
      ],
    ],
    ['Pipedrive people export', PIPEDRIVE, 'pipedrive', ['name', 'email', 'phone', 'company', 'title', null]],
    [
      'Pipedrive with typed emails and phones',
      [
        'Person - Name',
        'Person - Email - Work',
        'Person - Email - Home',
        'Person - Phone - Work',
        'Person - Organization',
      ],
      'pipedrive',
      ['name', 'email', null, 'phone', 'company'],
    ],
    [
      'case, spacing and punctuation variants',
      ['FIRST NAME', 'last_name', 'e-mail', 'job-title', 'company name', 'country / region', 'number of employees'],
      'hubspot',
      ['firstName', 'lastName', 'email', 'title', 'company', 'country', 'companySize'],
    ],
    [
      'common names from other tools',
      ['Full Name', 'Email Address', 'Position', 'Organisation', 'Employees', 'LinkedIn Profile', 'Sector'],
      null,
      ['name', 'email', 'title', 'company', 'companySize', 'linkedinUrl', 'industry'],
    ],
    ['unknown headers', ['Foo', 'Bar', 'Notes', ''], null, [null, null, null, null]],
    ['too few known headers for a preset', ['Email', 'Favourite colour'], null, ['email', null]],
    ['a tie between presets names none', ['Email', 'Company', 'Industry'], null, ['email', 'company', 'industry']],
    ['the same field twice: the first column wins', ['Email', 'Company', 'E-mail'], null, ['email', 'company', null]],
    [
      "LeadLens's own stage column wins over the CRM's",
      ['Email', 'Lifecycle Stage', 'First Name', 'LeadLens Stage', 'LeadLens Score'],
      'hubspot',
      ['email', null, 'firstName', 'stage', null],
    ],
    [
      'a LeadLens export',
      ['Name', 'Email', 'Title', 'Company', 'Phone', 'Location', 'Country', 'Company Size', 'LinkedIn URL'],
      'leadlens',
      ['name', 'email', 'title', 'company', 'phone', 'location', 'country', 'companySize', 'linkedinUrl'],
    ],
  ])('%s', (_, headers, preset, mapping) => {
    expect(detectColumns(headers)).toEqual({ preset, mapping });
  });

  it('normalizes headers ignoring case, spaces, punctuation and accents', () => {
    expect(normalizeHeader(' Country/Region ')).toBe('countryregion');
    expect(normalizeHeader('No. of Employees')).toBe('noofemployees');
    expect(normalizeHeader('Société')).toBe('societe');
  });
});
