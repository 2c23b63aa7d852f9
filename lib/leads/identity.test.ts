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
