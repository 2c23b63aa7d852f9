import type { Framework, FrameworkItem } from '../schema';

/*
 * Letters: each item takes its letter in the acronym, except the second D. Decision process takes
 * R (decision pRocess): P is Paper process in MEDDPICC, and MEDDIC uses the same letters so a rep
 * who moves between the two presses the same keys.
 */

export const metrics: FrameworkItem = {
  id: 'metrics',
  letter: 'M',
  label: 'Metrics',
  question: 'How will you measure success here: which number has to move, from what to what, and by when?',
  metWhen: 'A quantified outcome the buyer cares about, like cutting onboarding from 10 days to 3.',
};

export const economicBuyer: FrameworkItem = {
  id: 'economic-buyer',
  letter: 'E',
  label: 'Economic buyer',
  question: 'Who has the final say on spending for this, and have they said it is a priority?',
  metWhen: 'You know the economic buyer by name and have met them, or they have endorsed the project.',
};

export const decisionCriteria: FrameworkItem = {
  id: 'decision-criteria',
  letter: 'D',
  label: 'Decision criteria',
  question: 'What will you compare the options on? Which requirements are must-haves, and how will you weigh them?',
  metWhen: 'You know the agreed criteria and where we stand on each of them.',
};

export const decisionProcess: FrameworkItem = {
  id: 'decision-process',
  letter: 'R',
  label: 'Decision process',
  question: 'Walk me through how you will decide: which steps, who is involved at each, and on what dates?',
  metWhen: 'The steps, people and dates from evaluation to decision are known.',
};

export const identifyPain: FrameworkItem = {
  id: 'identify-pain',
  letter: 'I',
  label: 'Identify pain',
  question: 'What is this problem costing you today, in money, time or risk, and who feels it most?',
  metWhen: 'A specific pain with a business cost that someone senior wants fixed.',
};

export const champion: FrameworkItem = {
  id: 'champion',
  letter: 'C',
  label: 'Champion',
  question: 'Who on your side wants this to happen and will argue for it internally when we are not in the room?',
  metWhen:
    'Someone with influence is selling for us internally and has proven it (got us a meeting, shared inside information).',
  weight: 2,
};

/**
 * MEDDIC: for complex B2B deals. Pass rule: 4 of 6, Identify pain and Economic buyer required, partly
 * met counts 0.5. No pain or no access to the money means no deal; the other items mature during
 * the sale, so half-known criteria or a champion in the making earn half credit. Champion weighs 2
 * when choosing what to ask: after pain and the economic buyer it predicts a win best.
 */
export const meddic: Framework = {
  id: 'meddic',
  name: 'MEDDIC',
  description: 'Metrics, Economic buyer, Decision criteria and process, Identify pain, Champion: for complex deals.',
  items: [metrics, economicBuyer, decisionCriteria, decisionProcess, identifyPain, champion],
  passRule: { minMet: 4, required: ['identify-pain', 'economic-buyer'], partlyCountsAs: 0.5 },
};
