import type { Framework, FrameworkItem } from '../schema';
import { champion, decisionCriteria, decisionProcess, economicBuyer, identifyPain, metrics } from './meddic';

/*
 * Letters: MEDDPICC repeats D and C. The MEDDIC items keep their MEDDIC letters (M E D R I C, with
 * R for decision pRocess); Paper process takes P and Competition takes O (cOmpetition), since C is
 * Champion. Keys: M E D R P I C O.
 */

const paperProcess: FrameworkItem = {
  id: 'paper-process',
  letter: 'P',
  label: 'Paper process',
  question:
    'Once you have decided, what happens before signing (legal, procurement, security review), and how long does that usually take?',
  metWhen: 'The contracting steps, the people involved and the lead time are known.',
};

const competition: FrameworkItem = {
  id: 'competition',
  letter: 'O',
  label: 'Competition',
  question: 'Who else are you looking at, including building it yourselves or doing nothing?',
  metWhen: 'You know the alternatives, the status quo included, and why we would win against each.',
};

/**
 * MEDDPICC: MEDDIC plus Paper process and Competition, for enterprise deals with procurement. Pass
 * rule: 5 of 8, Identify pain and Economic buyer required, partly met counts 0.5: the same bar as
 * MEDDIC with one more of the two added items expected.
 */
export const meddpicc: Framework = {
  id: 'meddpicc',
  name: 'MEDDPICC',
  description: 'MEDDIC plus Paper process and Competition: for enterprise deals with procurement and rivals.',
  items: [metrics, economicBuyer, decisionCriteria, decisionProcess, paperProcess, identifyPain, champion, competition],
  passRule: { minMet: 5, required: ['identify-pain', 'economic-buyer'], partlyCountsAs: 0.5 },
};
