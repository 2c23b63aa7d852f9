import type { Framework, FrameworkItem } from '../schema';
import { authority, budget, challenges, timeline } from './commonItems';

/*
 * Letters: G P C T B A from the acronym; of C&I, Negative consequences takes N (C is Challenges) and
 * Positive implications takes I (P is Plans).
 */

const goals: FrameworkItem = {
  id: 'goals',
  letter: 'G',
  label: 'Goals',
  question: 'What are your most important goals for this year, in numbers if you have them?',
  metWhen: 'Quantified goals that our product contributes to.',
};

const plans: FrameworkItem = {
  id: 'plans',
  letter: 'P',
  label: 'Plans',
  question: 'How do you plan to reach those goals, and what are you doing about it today?',
  metWhen: 'A concrete plan or initiative that we fit into, or a gap in it we fill.',
};

const negativeConsequences: FrameworkItem = {
  id: 'negative-consequences',
  letter: 'N',
  label: 'Negative consequences',
  question: 'What happens if you do not reach this goal, for the business and for you personally?',
  metWhen: 'The buyer acknowledges a clear cost of doing nothing.',
};

const positiveImplications: FrameworkItem = {
  id: 'positive-implications',
  letter: 'I',
  label: 'Positive implications',
  question: 'If you hit this goal, what would it mean for the business and for you?',
  metWhen: 'The buyer describes a gain that motivates them.',
};

/**
 * GPCTBA/C&I (HubSpot): for consultative, inbound selling. Pass rule: 5 of 8, Goals and Challenges
 * required, partly met counts 0.5: the conversation is built on the buyer's goals and what stands
 * in their way; the rest are often partly known at the hand-off to sales.
 */
export const gpctba: Framework = {
  id: 'gpctba-ci',
  name: 'GPCTBA/C&I',
  description:
    'Goals, Plans, Challenges, Timeline, Budget, Authority, Negative consequences and Positive implications: for consultative selling.',
  items: [goals, plans, challenges, timeline, budget, authority, negativeConsequences, positiveImplications],
  passRule: { minMet: 5, required: ['goals', 'challenges'], partlyCountsAs: 0.5 },
};
