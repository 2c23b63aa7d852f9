import Papa from 'papaparse';
import type { AnswerRecord, LeadRecord } from '@/lib/db/records';
import { detectColumns } from '@/lib/io/columnMapping';
import { EXPORT_FORMATS, exportLeadsCsv, neutralizeFormula } from '@/lib/io/csvExport';
import { parseLeadsCsv, readCsvHeaders } from '@/lib/io/csvImport';
import { storedLead } from '../leadFixtures';

const ana = storedLead({
  id: 'ana',
  email: 'ana.popescu@carpathia.ro',
  phone: '+40 264 123 456',
  companySize: 250,
  industry: 'Computer Software',
  website: 'https://carpathia.ro',
  linkedinUrl: 'https://www.linkedin.com/in/ana-popescu/',
});
const jan = storedLead({
  id: 'jan',
  name: 'Jan de Vries',
  title: 'CTO',
  headline: undefined,
  company: 'Acme, "the" BV',
  location: 'Amsterdam',
  country: 'NL',
  email: 'jan@acme.nl',
  stage: 'lost',
  score: undefined,
  identityKeys: ['email:jan@acme.nl'],
});
const madonna = storedLead({
  id: 'madonna',
  name: 'Madonna',
  title: undefined,
  headline: undefined,
  company: undefined,
  location: undefined,
  country: 'CI',
  email: 'm@example.ci',
  stage: 'sql',
  identityKeys: ['email:m@example.ci'],
});

const answer = (item: string, status: AnswerRecord['status'], text: string): AnswerRecord => ({
  id: `ana:bant:${item}`,
  leadId: 'ana',
  framework: 'bant',
  item,
  status,
  answer: text,
  answeredAt: Date.UTC(2026, 10, 20),
});
const answers = new Map([
  [
    'ana',
    [answer('budget', 'met', '€40k approved for Q1'), answer('need', 'partly', 'Wants "fewer" spreadsheets,\nsoon')],
  ],
]);

const rowsOf = (csv: string) => Papa.parse<string[]>(csv).data;

describe('exportLeadsCsv', () => {
  it.each([
    [
      'hubspot',
      'First Name,Last Name,Email,Phone Number,Job Title,Company Name,City,Country/Region,Industry,Number of Employees,Website URL,LinkedIn URL,Lifecycle Stage',
    ],
    [
      'salesforce',
      'First Name,Last Name,Title,Company,Email,Phone,City,Country,Industry,No. of Employees,Website,LinkedIn URL',
    ],
    [
      'pipedrive',
      'Person - Name,Person - Email,Person - Phone,Person - Job title,Person - LinkedIn profile,Person - Postal address - City/town,Person - Postal address - Country,Organization - Name,Organization - Industry,Organization - Number of employees,Organization - Website',
    ],
    ['leadlens', 'Name,Email,Title,Company,Phone,Location,Country,Company Size,Industry,Website,LinkedIn URL'],
  ] as const)('writes the %s import columns, then the LeadLens score and BANT columns', (format, crmHeaders) => {
    const [header] = exportLeadsCsv([], new Map(), format).split('\r\n');
    expect(header).toBe(
      `${crmHeaders},LeadLens Stage,LeadLens Score,LeadLens Fit,LeadLens Engagement,LeadLens Grade,` +
        'BANT Budget,BANT Budget answer,BANT Authority,BANT Authority answer,BANT Need,BANT Need answer,BANT Timeline,BANT Timeline answer',
    );
  });

  it('writes a HubSpot row: split name, country name, lifecycle value, score, cell and answers', () => {
    const [header, row] = rowsOf(exportLeadsCsv([ana], answers, 'hubspot'));
    expect(Object.fromEntries(header?.map((h, i) => [h, row?.[i]]) ?? [])).toEqual({
      'First Name': 'Ana',
      'Last Name': 'Popescu',
      Email: 'ana.popescu@carpathia.ro',
      'Phone Number': "'+40 264 123 456",
      'Job Title': 'Director vânzări',
      'Company Name': 'Carpathia Software',
      City: 'Cluj-Napoca, Romania',
      'Country/Region': 'Romania',
      Industry: 'Computer Software',
      'Number of Employees': '250',
      'Website URL': 'https://carpathia.ro',
      'LinkedIn URL': 'https://www.linkedin.com/in/ana-popescu/',
      'Lifecycle Stage': 'marketingqualifiedlead',
      'LeadLens Stage': 'mql',
      'LeadLens Score': '105',
      'LeadLens Fit': '70',
      'LeadLens Engagement': '35',
      'LeadLens Grade': 'A2',
      'BANT Budget': 'met',
      'BANT Budget answer': '€40k approved for Q1',
      'BANT Authority': '',
      'BANT Authority answer': '',
      'BANT Need': 'partly',
      'BANT Need answer': 'Wants "fewer" spreadsheets,\nsoon',
      'BANT Timeline': '',
      'BANT Timeline answer': '',
    });
  });

  it('puts a one-word name where each CRM requires a name', () => {
    const cells = (format: 'hubspot' | 'salesforce') => rowsOf(exportLeadsCsv([madonna], new Map(), format))[1];
    expect(cells('hubspot')?.slice(0, 2)).toEqual(['Madonna', '']);
    expect(cells('salesforce')?.slice(0, 2)).toEqual(['', 'Madonna']);
  });

  it('neutralizes formulas: = + - @ tab and CR at the start of a cell get an apostrophe', () => {
    const evil = storedLead({
      id: 'evil',
      name: '=HYPERLINK("https://evil.example","click")',
      title: '+cmd|" /C calc"!A0',
      company: '-2+3',
      location: '@SUM(A1:A9)',
      industry: '\t=1+1',
      website: '\r=1+1',
      email: 'safe@example.com',
      phone: undefined,
    });
    const csv = exportLeadsCsv([evil], new Map(), 'leadlens');
    const row = rowsOf(csv)[1];
    expect(row?.slice(0, 10)).toEqual([
      `'=HYPERLINK("https://evil.example","click")`,
      'safe@example.com',
      `'+cmd|" /C calc"!A0`,
      "'-2+3",
      '',
      "'@SUM(A1:A9)",
      'RO',
      '',
      "'\t=1+1",
      "'\r=1+1",
    ]);
    expect(csv.split('\r\n')[1]?.startsWith(`"'=HYPERLINK(""https://evil.example"",""click"")"`)).toBe(true);
    expect(['=1', '+1', '-1', '@a', '\tx', '\rx', 'a=1', ' =1', ''].map(neutralizeFormula)).toEqual([
      "'=1",
      "'+1",
      "'-1",
      "'@a",
      "'\tx",
      "'\rx",
      'a=1',
      ' =1',
      '',
    ]);
  });

  it.each(EXPORT_FORMATS)(
    'round trip: %s export, parsed with the detected mapping, gives the same leads',
    async (format) => {
      const leads = [ana, jan, madonna];
      const csv = exportLeadsCsv(leads, answers, format);
      const headers = await readCsvHeaders(csv);
      if (!headers.ok) throw new Error('no headers');
      const detected = detectColumns(headers.headers);
      expect(detected.preset).toBe(format);
      const parsed = await parseLeadsCsv(csv, detected.mapping);
      const fieldsOf = (l: LeadRecord) =>
        Object.fromEntries(
          (
            [
              'name',
              'email',
              'title',
              'company',
              'phone',
              'location',
              'country',
              'companySize',
              'industry',
              'website',
              'linkedinUrl',
            ] as const
          ).flatMap((k) => (l[k] === undefined ? [] : [[k, l[k]]])),
        );
      expect(parsed).toEqual({
        ok: true,
        merged: [],
        // Ana's BANT Need answer has a line break: her row spans lines 2 and 3.
        rows: leads.map((l, i) => ({ line: [2, 4, 5][i], stage: l.stage, fields: fieldsOf(l) })),
      });
    },
  );
});
