import type { Framework, FrameworkItem } from '../schema';
import { authority, money, need } from './commonItems';

const urgency: FrameworkItem = {
  id: 'urgency',
  letter: 'U',
  label: 'Urgency',
  question: 'What makes this a priority now rather than next year? Is there an event or deadline behind it?',
  metWhen: 'A concrete trigger or deadline within the next few months.',
};

/**
 * ANUM: Authority first: talk to the person who decides before anything else. Pass rule: 3 of 4,
 * Authority and Need required; either Urgency or Money may still be open.
 */
export const anum: Framework = {
  id: 'anum',
  name: 'ANUM',
  description: 'Authority, Need, Urgency, Money: reach the decision maker first, then confirm the need.',
  items: [authority, need, urgency, money],
  passRule: { minMet: 3, required: ['authority', 'need'] },
};
