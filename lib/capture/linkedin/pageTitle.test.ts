import { parsePageTitle } from './pageTitle';

describe('parsePageTitle', () => {
  test.each([
    [
      'Eduardo Alvarez Nowak - Tech Education Team Lead - Novare Potential | LinkedIn',
      { name: 'Eduardo Alvarez Nowak', title: 'Tech Education Team Lead', company: 'Novare Potential' },
    ],
    [
      'Sri Lalitha Jeevanige - Scrum Master - Software Engineer - Swedbank | LinkedIn',
      { name: 'Sri Lalitha Jeevanige', title: 'Scrum Master - Software Engineer', company: 'Swedbank' },
    ],
    ['(12) Åsa Lindqvist | LinkedIn', { name: 'Åsa Lindqvist' }],
    ['Joëlle van den Broek - Tulpveld B.V. | LinkedIn', { name: 'Joëlle van den Broek' }],
    ['Przędzalnia Łódź S.A.: About | LinkedIn', { name: 'Przędzalnia Łódź S.A.' }],
    ['Experience | Åsa Lindqvist | LinkedIn', {}],
    ['LinkedIn', {}],
    ['Åsa Lindqvist', {}],
    [undefined, {}],
  ])('%s', (title, parts) => {
    expect(parsePageTitle(title)).toEqual(parts);
  });
});
