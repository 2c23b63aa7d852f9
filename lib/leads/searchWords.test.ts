import { leadSearchWords, MAX_WORD_LENGTH, matchesSearch, queryWords } from './searchWords';

describe('leadSearchWords', () => {
  it.each([
    ['a Dutch name with a tussenvoegsel', { name: 'Jan de Vries' }, ['jan', 'de', 'vries']],
    ['Polish letters folded', { name: 'Małgorzata Wiśniewska' }, ['malgorzata', 'wisniewska']],
    ['Romanian comma-below letters', { name: 'Ștefan Țurcanu' }, ['stefan', 'turcanu']],
    ['Swedish letters', { name: 'Åsa Sjöberg', company: 'Ørsted' }, ['asa', 'sjoberg', 'orsted']],
    ['an email split at @ and dots', { email: 'jan.de-vries@acme.nl' }, ['jan', 'de', 'vries', 'acme', 'nl']],
    [
      'every field, each word once',
      { name: 'Anna Berg', company: 'Berg & Co', title: 'CEO', email: 'anna@berg.se' },
      ['anna', 'berg', '&', 'co', 'ceo', 'se'],
    ],
    ['no fields', {}, []],
    ['a word cut to the longest kept', { title: 'x'.repeat(100) }, ['x'.repeat(MAX_WORD_LENGTH)]],
  ])('%s', (_name, lead, words) => {
    expect(leadSearchWords(lead)).toEqual(words);
  });

  it('keeps at most 64 words of a long title', () => {
    const title = Array.from({ length: 200 }, (_, i) => `w${i}`).join(' ');
    expect(leadSearchWords({ title })).toHaveLength(64);
  });
});

describe('matchesSearch', () => {
  const lead = { name: 'Jan de Vries', company: 'Acme Logistiek', title: 'Inkoopmanager', email: 'jan@acme.nl' };
  it.each([
    ['jan', true],
    ['vries', true],
    ['JAN VR', true],
    ['logist', true],
    ['inkoop acme', true],
    ['acme.nl', true],
    ['manager', false],
    ['jan smit', false],
    ['', true],
  ])('"%s" → %s', (search, matched) => {
    expect(matchesSearch(lead, queryWords(search))).toBe(matched);
  });

  it('finds a lead by a word longer than the kept length', () => {
    const long = 'y'.repeat(60);
    expect(matchesSearch({ name: long }, queryWords(long))).toBe(true);
  });
});
