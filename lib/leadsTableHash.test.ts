import { DEFAULT_QUERY, type LeadsLocation, leadsHash, parseLeadsHash } from './leadsTableHash';

describe('parseLeadsHash', () => {
  it.each<[string, LeadsLocation]>([
    ['', { query: DEFAULT_QUERY, leadId: null }],
    ['#leads', { query: DEFAULT_QUERY, leadId: null }],
    ['#leads?lead=abc-1', { query: DEFAULT_QUERY, leadId: 'abc-1' }],
    [
      '#leads?sort=created&dir=asc&stage=mql&stage=sql&grade=A&source=linkedin&country=NL&tag=vip&overdue=1&q=jan%20de',
      {
        query: {
          sort: 'created',
          direction: 'asc',
          filter: {
            stages: ['mql', 'sql'],
            grades: ['A'],
            sources: ['linkedin'],
            countries: ['NL'],
            tags: ['vip'],
            overdue: true,
            search: 'jan de',
          },
        },
        leadId: null,
      },
    ],
    [
      // Typed or pasted nonsense is left out, never passed on.
      '#leads?sort=evil&dir=up&stage=boss&grade=Z&country=netherlands&overdue=yes&q=%20%20&lead=',
      { query: DEFAULT_QUERY, leadId: null },
    ],
  ])('%s', (hash, expected) => {
    expect(parseLeadsHash(hash)).toEqual(expected);
  });
});

describe('leadsHash', () => {
  it.each<[Parameters<typeof leadsHash>, string]>([
    [[DEFAULT_QUERY], '#leads'],
    [[DEFAULT_QUERY, 'x y'], '#leads?lead=x+y'],
    [
      [{ sort: 'grade', direction: 'asc', filter: { stages: ['nurture'], search: ' Ștefan ', overdue: true } }, 'l1'],
      '#leads?sort=grade&dir=asc&stage=nurture&overdue=1&q=%C8%98tefan&lead=l1',
    ],
  ])('%j → %s', (args, expected) => {
    expect(leadsHash(...args)).toBe(expected);
  });

  it('round-trips through parseLeadsHash', () => {
    const location: LeadsLocation = {
      query: {
        sort: 'lastActivity',
        direction: 'asc',
        filter: { grades: ['B', 'C'], countries: ['SE'], tags: ['q4 event'], sources: ['hubspot'], search: 'a&b=c' },
      },
      leadId: 'lead/1?',
    };
    expect(parseLeadsHash(leadsHash(location.query, location.leadId))).toEqual(location);
  });
});
