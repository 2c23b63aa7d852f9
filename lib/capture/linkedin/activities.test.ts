import { timeFromActivityId } from './activities';

describe('timeFromActivityId', () => {
  test.each([
    ['7160249507232792576', '2024-02-05T12:35:13.527Z'],
    ['7306245203558509517', '2025-03-14T09:30:00.000Z'],
    ['not-a-number', undefined],
    ['12345', undefined],
    ['99999999999999999999', undefined],
  ])('%s → %s', (id, iso) => {
    expect(timeFromActivityId(id)).toBe(iso);
  });
});
