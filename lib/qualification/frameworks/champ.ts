import type { Framework, FrameworkItem } from '../schema';
import { authority, challenges, money } from './commonItems';

const prioritization: FrameworkItem = {
  id: 'prioritization',
  letter: 'P',
  label: 'Prioritization',
  question: 'Where does this rank against your other projects this quarter, and what would move it up or down?',
  metWhen: 'It is a top priority with a date, not a "someday" project.',
};

/**
 * CHAMP: BANT reordered to lead with the buyer's challenges. Pass rule: 3 of 4, Challenges required:
 * the framework's point is that a real challenge comes before money and authority.
 */
export const champ: Framework = {
  id: 'champ',
  name: 'CHAMP',
  description: 'Challenges, Authority, Money, Prioritization: starts from the buyer’s problem, not their budget.',
  items: [challenges, authority, money, prioritization],
  passRule: { minMet: 3, required: ['challenges'] },
};
