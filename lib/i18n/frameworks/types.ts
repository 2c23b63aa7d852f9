/** The frameworks LeadLens ships, by id (lib/qualification/frameworks). */
export type ShippedFrameworkId = 'bant' | 'meddic' | 'meddpicc' | 'champ' | 'anum' | 'faint' | 'gpctba-ci';

/**
 * The items of the shipped frameworks, by id. Frameworks share items (Budget is the same item in
 * BANT and GPCTBA/C&I), so each is translated once.
 */
export type ShippedItemId =
  | 'budget'
  | 'authority'
  | 'need'
  | 'timeline'
  | 'challenges'
  | 'money'
  | 'urgency'
  | 'prioritization'
  | 'funds'
  | 'interest'
  | 'timing'
  | 'goals'
  | 'plans'
  | 'negative-consequences'
  | 'positive-implications'
  | 'metrics'
  | 'economic-buyer'
  | 'decision-criteria'
  | 'decision-process'
  | 'identify-pain'
  | 'champion'
  | 'paper-process'
  | 'competition';

export interface ItemText {
  label: string;
  /** What the rep asks the buyer; ends in a question mark like the English. */
  question: string;
  metWhen: string;
}

/** One language's framework text. The framework names (BANT, MEDDIC, ...) and item letters stay as they are. */
export interface FrameworkText {
  descriptions: Record<ShippedFrameworkId, string>;
  items: Record<ShippedItemId, ItemText>;
}
