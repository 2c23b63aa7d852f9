import { crmIdentityKey } from './crmKey';
import { emailIdentityKey } from './emailKey';
import { identityKeysFor, linkedInProfileKey, salesNavigatorLeadKey } from './identity';

describe('linkedInProfileKey', () => {
  it.each([
    ['https://www.linkedin.com/in/jan-de-vries/', 'in/jan-de-vries'],
    ['https://nl.linkedin.com/in/Jan-de-Vries?trk=public_profile', 'in/jan-de-vries'],
    ['https://se.linkedin.com/in/anna-lindqvist-123abc/details/experience/', 'in/anna-lindqvist-123abc'],
    ['www.linkedin.com/in/kowalski-%C5%82ukasz', 'in/kowalski-łukasz'],
    ['https://www.linkedin.com/in/x%E0%A4%A', 'in/x%e0%a4%a'],
    ['https://www.linkedin.com/company/acme/', null],
    ['https://evil.com/in/jan-de-vries', null],
    ['https://notlinkedin.com/in/jan', null],
    ['not a url at all', null],
  ])('%s -> %s', (raw, expected) => {
    expect(linkedInProfileKey(raw)).toBe(expected);
  });
});

describe('salesNavigatorLeadKey', () => {
  it.each([
    ['https://www.linkedin.com/sales/lead/ACwAAAB1,NAME_SEARCH,abc?x=1', 'sales/ACwAAAB1'],
    ['https://www.linkedin.com/sales/people/ACwAAAC2,name', 'sales/ACwAAAC2'],
    ['https://www.linkedin.com/in/jan/', null],
  ])('%s -> %s', (raw, expected) => {
    expect(salesNavigatorLeadKey(raw)).toBe(expected);
  });
});

describe('identityKeysFor', () => {
  it('combines profile URL, page URL and email without duplicates', () => {
    expect(
      identityKeysFor(
        { linkedinUrl: 'https://www.linkedin.com/in/ana-popescu/', email: ' Ana@Firma.RO ' },
        'https://ro.linkedin.com/in/ana-popescu?trk=x',
      ),
    ).toEqual(['linkedin:in/ana-popescu', 'email:ana@firma.ro']);
  });
  it('has no keys for a page that identifies nobody', () => {
    expect(identityKeysFor({ name: 'Someone' }, 'https://www.linkedin.com/feed/')).toEqual([]);
  });
});

describe('emailIdentityKey', () => {
  it.each([
    ['Jan@Acme.NL ', 'email:jan@acme.nl'],
    ['jan+news@acme.nl', 'email:jan@acme.nl'],
    ['jan+news+2026@acme.nl', 'email:jan@acme.nl'],
    ['ana.popescu+crm@firma.ro', 'email:ana.popescu@firma.ro'],
    ['J.an+x@googlemail.com', 'email:jan@gmail.com'],
    ['jan.devries@gmail.com', 'email:jandevries@gmail.com'],
    ['jan.devries@acme.nl', 'email:jan.devries@acme.nl'],
    // Yahoo has no plus addressing: the address is taken as written.
    ['jan+x@yahoo.com', 'email:jan+x@yahoo.com'],
    ['jan+x@yahoo.co.uk', 'email:jan+x@yahoo.co.uk'],
    ['jan+x@ymail.com', 'email:jan+x@ymail.com'],
    // Shared role inboxes are never keys, with or without a tag.
    ['info@acme.nl', null],
    ['Sales@acme.nl', null],
    ['sales+eu@acme.nl', null],
    ['contact@firma.ro', null],
    ['office@firma.ro', null],
    ['hello@startup.se', null],
    ['admin@acme.nl', null],
    ['support@acme.nl', null],
    ['noreply@acme.nl', null],
    ['no-reply@acme.nl', null],
    ['noreply-alerts@acme.nl', null],
    ['kontakt@firma.se', null],
    ['biuro@okna.pl', null],
    ['bureau@acme.nl', null],
    ['verkoop@acme.nl', null],
    // Names that merely start like a role are people.
    ['information.officer.anna@acme.nl', 'email:information.officer.anna@acme.nl'],
    ['salesforce.admin.jan@acme.nl', 'email:salesforce.admin.jan@acme.nl'],
    ['+news@acme.nl', null],
    ['no-at-sign', null],
    ['@acme.nl', null],
    ['jan@', null],
  ])('%s -> %s', (raw, expected) => {
    expect(emailIdentityKey(raw)).toBe(expected);
  });
});

describe('crmIdentityKey', () => {
  const person = (recordId: string) => ({ recordId, entity: 'person' as const });
  it.each<[string, string, { recordId: string; entity: 'person' | 'company' }, string | null]>([
    ['hubspot', 'https://app.hubspot.com/contacts/2718281/record/0-1/51', person('51'), 'hubspot:2718281/51'],
    ['hubspot', 'https://app-eu1.hubspot.com/contacts/999/contact/51/', person('51'), 'hubspot:999/51'],
    ['hubspot', 'https://app.hubspot.com/reports/51', person('51'), null],
    [
      'salesforce',
      'https://acme.lightning.force.com/lightning/r/Lead/00Q5g00000AbCdEEAV/view',
      person('00Q5g00000AbCdEEAV'),
      'salesforce:00Q5g00000AbCdEEAV',
    ],
    ['pipedrive', 'https://acme-sales.pipedrive.com/person/42', person('42'), 'pipedrive:acme-sales/42'],
    ['pipedrive', 'https://other.pipedrive.com/person/42', person('42'), 'pipedrive:other/42'],
    [
      'dynamics',
      'https://acme.crm4.dynamics.com/main.aspx?etn=lead&id=%7b0f8fad5b-d9cb-469f-a165-70867728950e%7d',
      person('0f8fad5b-d9cb-469f-a165-70867728950e'),
      'dynamics:0f8fad5b-d9cb-469f-a165-70867728950e',
    ],
    ['zoho', 'https://crm.zoho.eu/crm/org123/tab/Leads/4000000123', person('4000000123'), 'zoho:4000000123'],
    ['hubspot', 'https://app.hubspot.com/contacts/2718281/record/0-2/7', { recordId: '7', entity: 'company' }, null],
    ['linkedin', 'https://www.linkedin.com/in/x/', person('1'), null],
  ])('%s %s -> %s', (site, url, record, expected) => {
    expect(crmIdentityKey(site, record, url)).toBe(expected);
  });

  it('puts the CRM key among a record capture’s identity keys, not the role inbox', () => {
    expect(
      identityKeysFor(
        { name: 'Anna Berg', email: 'info@nordkust.se' },
        'https://app.hubspot.com/contacts/77/record/0-1/5',
        {
          site: 'hubspot',
          crm: { recordId: '5', entity: 'person' },
        },
      ),
    ).toEqual(['hubspot:77/5']);
  });

  it('gives a Sales Navigator page that shows the public profile both LinkedIn keys', () => {
    expect(
      identityKeysFor(
        { linkedinUrl: 'https://www.linkedin.com/in/anna-berg/', email: 'anna+li@nordkust.se' },
        'https://www.linkedin.com/sales/lead/ACwAAB1,NAME_SEARCH,x',
      ),
    ).toEqual(['linkedin:in/anna-berg', 'linkedin:sales/ACwAAB1', 'email:anna@nordkust.se']);
  });

  it('ignores /sales/lead/ paths on other hosts', () => {
    expect(salesNavigatorLeadKey('https://evil.example/sales/lead/ACw1,x')).toBeNull();
  });
});
