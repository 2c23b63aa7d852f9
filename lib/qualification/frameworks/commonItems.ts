import type { FrameworkItem } from '../schema';

/*
 * Items that several frameworks share. The same concept keeps the same id, letter and question in
 * every framework, so a rep's answer and muscle memory carry over when a team switches frameworks.
 */

export const budget: FrameworkItem = {
  id: 'budget',
  letter: 'B',
  label: 'Budget',
  question: 'Is there budget set aside for this, and roughly what range are you working with?',
  metWhen: 'An amount or range is allocated or approved, and it covers a deal of our size.',
};

export const authority: FrameworkItem = {
  id: 'authority',
  letter: 'A',
  label: 'Authority',
  question: 'Besides you, who is involved in choosing a solution, and who signs off on the purchase?',
  metWhen: 'You know who signs, and you are talking to them or they back the evaluation.',
};

export const need: FrameworkItem = {
  id: 'need',
  letter: 'N',
  label: 'Need',
  question: 'What problem are you trying to solve, and what happens if you leave it as it is?',
  metWhen: 'The buyer names, in their own words, a concrete problem our product solves.',
};

export const timeline: FrameworkItem = {
  id: 'timeline',
  letter: 'T',
  label: 'Timeline',
  question: 'By when do you need this in place, and what is driving that date?',
  metWhen: 'A decision or go-live date within the next two quarters, tied to a real event.',
};

export const challenges: FrameworkItem = {
  id: 'challenges',
  letter: 'C',
  label: 'Challenges',
  question: 'What is the biggest obstacle in your way on this right now, and what have you already tried?',
  metWhen: 'A specific challenge we can solve, with what was tried and why it fell short.',
};

export const money: FrameworkItem = {
  id: 'money',
  letter: 'M',
  label: 'Money',
  question: 'If this solves the problem, how would it be paid for: is there budget, or where would it come from?',
  metWhen: 'Money is available, or there is a clear path to it (a budget holder who would fund it).',
};
