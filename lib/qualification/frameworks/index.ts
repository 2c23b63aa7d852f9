import type { Framework } from '../schema';
import { anum } from './anum';
import { bant } from './bant';
import { champ } from './champ';
import { faint } from './faint';
import { gpctba } from './gpctba';
import { meddic } from './meddic';
import { meddpicc } from './meddpicc';

export { anum, bant, champ, faint, gpctba, meddic, meddpicc };

/** The frameworks LeadLens ships, in the order a picker shows them; BANT first as the default. */
export const FRAMEWORKS: readonly Framework[] = [bant, meddic, meddpicc, champ, anum, faint, gpctba];

export const DEFAULT_FRAMEWORK: Framework = bant;
