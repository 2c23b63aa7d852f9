import {
  companyPrefixes,
  compareNames,
  findMatchCandidates,
  type MatchableLead,
  nameTokens,
  normalizeCompany,
  pairKey,
} from './fuzzyMatch';

describe('nameTokens', () => {
  it.each([
    ['Jan van der Berg', ['jan', 'berg']],
    ['JAN VAN DEN BERG', ['jan', 'berg']],
    ["Pieter 't Hart", ['pieter', 'hart']],
    ['Dr. Małgorzata Wiśniewska, MBA', ['malgorzata', 'wisniewska']],
    ['Ștefan Țurcanu', ['stefan', 'turcanu']],
    ['Ştefan Ţurcanu', ['stefan', 'turcanu']],
    ['Łukasz Żółć', ['lukasz', 'zolc']],
    ['Björn Åkesson', ['bjorn', 'akesson']],
    ['Jan (Johannes) de Vries', ['jan', 'vries']],
  ])('%s', (name, tokens) => {
    expect(nameTokens(name)).toEqual(tokens);
  });
});

describe('normalizeCompany', () => {
  it.each([
    ['Acme B.V.', 'acme'],
    ['ACME BV', 'acme'],
    ['Acme N.V.', 'acme'],
    ['Nordkust Logistik AB', 'nordkust logistik'],
    ['Nordkust Logistik AB (publ)', 'nordkust logistik'],
    ['Polskie Okna Sp. z o.o.', 'polskie okna'],
    ['Polskie Okna sp. z o. o.', 'polskie okna'],
    ['Carpathia Software S.R.L.', 'carpathia software'],
    ['Carpathia Software SRL', 'carpathia software'],
    ['Rheinwerk GmbH', 'rheinwerk'],
    ['Widgets Ltd', 'widgets'],
    ['Widgets Ltd.', 'widgets'],
    ['Widgets, Inc.', 'widgets'],
    // A name that is only a legal form word stays.
    ['AB', 'ab'],
    // Suffix words inside the name stay.
    ['AB Volvo', 'ab volvo'],
  ])('%s -> %s', (company, expected) => {
    expect(normalizeCompany(company)).toBe(expected);
  });
});

describe('compareNames', () => {
  it.each([
    ['Jan de Vries', 'jan DE VRIES', 'same-name'],
    ['Jan de Vries', 'Jan Vries', 'same-name'],
    ['Ana Popescu', 'Ana Maria Popescu', 'middle-name'],
    ['Anna Karin Lindqvist', 'Anna Lindqvist', 'middle-name'],
    ['J. de Vries', 'Jan de Vries', 'initial'],
    ['Ștefan Țurcanu', 'Stefan Turcanu', 'same-name'],
    ['Jan de Vries', 'Piet de Vries', null],
    ['Jan de Vries', 'Jan de Boer', null],
    ['Anna', 'Anna', null],
    ['J. de Vries', 'K. de Vries', null],
  ])('%s ~ %s -> %s', (a, b, expected) => {
    expect(compareNames(a, b)).toBe(expected);
  });
});

const lead = (id: string, name: string, company: string, identityKeys: string[] = []): MatchableLead => ({
  id,
  name,
  company,
  identityKeys,
});

describe('findMatchCandidates', () => {
  const jan = lead('jan', 'Jan de Vries', 'Acme B.V.', ['linkedin:in/jan-de-vries']);

  it.each<[string, MatchableLead, string | null]>([
    ['the same person from a CRM', lead('c1', 'Jan de Vries', 'ACME BV', ['hubspot:1/2']), 'same-name'],
    [
      'with a middle name, from an import',
      lead('c2', 'Jan Willem de Vries', 'Acme', ['email:jw@acme.nl']),
      'middle-name',
    ],
    ['by initial', lead('c3', 'J. de Vries', 'acme b.v.'), 'initial'],
    ['the same name at another company', lead('n1', 'Jan de Vries', 'Philips N.V.'), null],
    ['the same company, another person', lead('n2', 'Piet de Vries', 'Acme B.V.'), null],
    ['the same company, another surname', lead('n3', 'Jan Jansen', 'Acme B.V.'), null],
    [
      'another LinkedIn profile with the same name',
      lead('n4', 'Jan de Vries', 'Acme', ['linkedin:in/jan-de-vries-2']),
      null,
    ],
    ['a shared inbox "name"', lead('n5', 'Info Acme', 'Acme B.V.', ['email:info@acme.nl']), null],
    ['a name that is an e-mail address', lead('n6', 'jan@acme.nl de Vries', 'Acme'), null],
    ['no company', { id: 'n7', name: 'Jan de Vries', identityKeys: [] }, null],
    ['a first name only', lead('n8', 'Jan', 'Acme'), null],
  ])('%s', (_, other, reason) => {
    const found = findMatchCandidates(jan, [other], new Set());
    expect(found).toEqual(reason ? [{ leadId: other.id, reason }] : []);
  });

  it('proposes nothing for a self-employed person with a common name', () => {
    const a = lead('a', 'Anna Berg', 'Self-employed');
    expect(findMatchCandidates(a, [lead('b', 'Anna Berg', 'Self employed')], new Set())).toEqual([]);
    expect(findMatchCandidates(lead('z', 'Jan Jansen', 'ZZP'), [lead('y', 'Jan Jansen', 'zzp')], new Set())).toEqual(
      [],
    );
  });

  it('never proposes the lead itself or a pair a person dismissed', () => {
    const twin = lead('c1', 'Jan de Vries', 'Acme');
    expect(findMatchCandidates(jan, [jan, twin], new Set([pairKey('c1', 'jan')]))).toEqual([]);
    expect(pairKey('b', 'a')).toBe(pairKey('a', 'b'));
  });

  it('lists the strongest reason first', () => {
    const found = findMatchCandidates(
      jan,
      [lead('i', 'J. de Vries', 'Acme'), lead('m', 'Jan Pieter de Vries', 'Acme'), lead('s', 'jan de vries', 'Acme')],
      new Set(),
    );
    expect(found.map((c) => c.reason)).toEqual(['same-name', 'middle-name', 'initial']);
  });
});

describe('companyPrefixes', () => {
  it.each([
    ['Acme B.V.', ['Acme']],
    ['  Ștefan Tech SRL', ['Ștefan', 'Stefan']],
    ['Łódź Soft', ['Łódź', 'Łodz']],
    ['', []],
    [undefined, []],
  ] as const)('%s -> %j', (company, expected) => {
    expect(companyPrefixes(company)).toEqual(expected);
  });
});
