import { normalizeCompanyUrl, normalizeProfileUrl, salesLeadId } from './urls';

describe('normalizeProfileUrl', () => {
  test.each([
    ['https://se.linkedin.com/in/eduardo-alvarez-nowak', 'https://www.linkedin.com/in/eduardo-alvarez-nowak/'],
    ['https://www.linkedin.com/in/Asa-Lindqvist/?trk=x', 'https://www.linkedin.com/in/asa-lindqvist/'],
    ['/in/malgorzata-wojcik-zajac/overlay/about-this-profile/', 'https://www.linkedin.com/in/malgorzata-wojcik-zajac/'],
    [
      'https://www.linkedin.com/in/michael-r%C3%BCffer-61125324',
      'https://www.linkedin.com/in/michael-r%C3%BCffer-61125324/',
    ],
    ['https://www.linkedin.com/public-profile/in/ivan/', 'https://www.linkedin.com/in/ivan/'],
    ['https://evil.example/in/asa-lindqvist/', undefined],
    ['https://www.linkedin.com/company/tulpveld/', undefined],
    ['javascript:alert(1)', undefined],
    [undefined, undefined],
  ])('%s → %s', (href, url) => {
    expect(normalizeProfileUrl(href)).toBe(url);
  });
});

describe('normalizeCompanyUrl', () => {
  test.each([
    ['https://nl.linkedin.com/company/tulpveld', 'https://www.linkedin.com/company/tulpveld/'],
    ['https://www.linkedin.com/company/przedzalnia-lodz/about/', 'https://www.linkedin.com/company/przedzalnia-lodz/'],
    ['https://www.linkedin.com/in/asa/', undefined],
  ])('%s → %s', (href, url) => {
    expect(normalizeCompanyUrl(href)).toBe(url);
  });
});

describe('salesLeadId', () => {
  test.each([
    ['/sales/lead/ACwAABPJVermeulen01xYz,NAME_SEARCH,Ab3d', 'ACwAABPJVermeulen01xYz'],
    [
      '/sales/people/ACwAAAzkTNABmryDnvdm-SaCy9FNjdDXUzHFOJ0,kFrw,NAME_SEARCH',
      'ACwAAAzkTNABmryDnvdm-SaCy9FNjdDXUzHFOJ0',
    ],
    ['/sales/company/5566778', undefined],
  ])('%s → %s', (path, id) => {
    expect(salesLeadId(path)).toBe(id);
  });
});
