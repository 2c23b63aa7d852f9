import { splitHeadline } from './headline';

describe('splitHeadline', () => {
  test.each([
    ['Senior Hardware Engineer at Xbattery', { title: 'Senior Hardware Engineer', company: 'Xbattery' }],
    ['Hoofd Marketing bij Tulpveld B.V. | B2B SaaS', { title: 'Hoofd Marketing', company: 'Tulpveld B.V.' }],
    ['Head of Sales Nordics på Fjällsoft AB | SaaS', { title: 'Head of Sales Nordics', company: 'Fjällsoft AB' }],
    [
      'Kierownik ds. sprzedaży w Przędzalnia Łódź S.A.',
      { title: 'Kierownik ds. sprzedaży', company: 'Przędzalnia Łódź S.A.' },
    ],
    ['Inginer software la Carpatica Digital SRL', { title: 'Inginer software', company: 'Carpatica Digital SRL' }],
    ['SAFe certified Scrum Master @ Swedbank | Pega', { title: 'SAFe certified Scrum Master', company: 'Swedbank' }],
    ['Analytics Solutions | Data Architect & Engineer', {}],
    [undefined, {}],
  ])('%s', (headline, parts) => {
    expect(splitHeadline(headline)).toEqual(parts);
  });
});
