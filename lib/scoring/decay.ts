import type { Decay } from './model';
import { DAY_MS } from './time';

/** How much of a positive activity's points remain after `ageMs` (0..1, never rising with age). */
export type DecayFactor = (ageMs: number) => number;

export function decayFactor(decay: Decay): DecayFactor {
  switch (decay.kind) {
    case 'half-life': {
      const rate = -Math.LN2 / (decay.days * DAY_MS);
      return (ageMs) => Math.exp(rate * ageMs);
    }
    case 'window': {
      const limit = decay.days * DAY_MS;
      return (ageMs) => (ageMs <= limit ? 1 : 0);
    }
    case 'none':
      return () => 1;
  }
}
