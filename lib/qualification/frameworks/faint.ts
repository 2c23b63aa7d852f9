import type { Framework, FrameworkItem } from '../schema';
import { authority, need } from './commonItems';

const funds: FrameworkItem = {
  id: 'funds',
  letter: 'F',
  label: 'Funds',
  question:
    'If this solves the problem, could the company find the money for it, even if it is not in this year’s budget?',
  metWhen: 'The company can pay (the money exists somewhere), even without an allocated budget.',
};

const interest: FrameworkItem = {
  id: 'interest',
  letter: 'I',
  label: 'Interest',
  question: 'What made you want to look at this now, and how much time would you put into exploring it?',
  metWhen: 'Active interest: the buyer takes meetings, shares information and agrees to next steps.',
};

const timing: FrameworkItem = {
  id: 'timing',
  letter: 'T',
  label: 'Timing',
  question: 'When would it make sense to start, and what is happening in your business that sets that timing?',
  metWhen: 'A start within the next two quarters, tied to something happening in the business.',
};

/**
 * FAINT: for buyers without a budget line yet: Funds asks whether the company could pay, not
 * whether money is allocated. Pass rule: 4 of 5, Funds and Need required: a company that cannot
 * pay or has no need is not a lead for sales, whatever its interest.
 */
export const faint: Framework = {
  id: 'faint',
  name: 'FAINT',
  description: 'Funds, Authority, Interest, Need, Timing: for buyers who have the money but no budget line yet.',
  items: [funds, authority, interest, need, timing],
  passRule: { minMet: 4, required: ['funds', 'need'] },
};
