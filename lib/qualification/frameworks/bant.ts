import type { Framework } from '../schema';
import { authority, budget, need, timeline } from './commonItems';

/**
 * BANT (IBM): the default. Pass rule: 3 of the 4 met, Need required. Without a need nothing else
 * matters; one of budget, authority and timeline may still be open when sales takes over.
 * Partly met counts 0: BANT items are yes/no checks.
 */
export const bant: Framework = {
  id: 'bant',
  name: 'BANT',
  description: 'Budget, Authority, Need, Timeline: the quick check for transactional and mid-size deals.',
  items: [budget, authority, need, timeline],
  passRule: { minMet: 3, required: ['need'] },
};
