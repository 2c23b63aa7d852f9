import { describe, expect, it } from 'vitest';
import { resolveStage, STAGES, type Stage } from './stage';
import type { SuggestedStage } from './types';

describe('resolveStage', () => {
  it.each<[Stage, boolean, SuggestedStage, Stage, boolean]>([
    ['lead', false, 'mql', 'mql', true],
    ['lead', false, 'lead', 'lead', false],
    ['lead', false, 'disqualified', 'disqualified', true],
    ['mql', false, 'lead', 'lead', true],
    ['mql', false, 'disqualified', 'disqualified', true],
    ['disqualified', false, 'lead', 'lead', true],
    ['disqualified', false, 'mql', 'mql', true],
    ['lead', true, 'mql', 'lead', false],
    ['mql', true, 'lead', 'mql', false],
    ['disqualified', true, 'mql', 'disqualified', false],
    ['sql', false, 'lead', 'sql', false],
    ['sql', false, 'disqualified', 'sql', false],
    ['opportunity', false, 'disqualified', 'opportunity', false],
    ['customer', false, 'mql', 'customer', false],
    ['lost', false, 'mql', 'lost', false],
    ['nurture', false, 'mql', 'nurture', false],
    ['nurture', false, 'disqualified', 'nurture', false],
  ])('%s (manual: %s) with suggestion %s stays or becomes %s', (stage, manual, suggested, expected, changed) => {
    expect(resolveStage({ stage, manual }, suggested)).toEqual({ stage: expected, changed });
  });

  it('treats a missing manual flag as automatic', () => {
    expect(resolveStage({ stage: 'lead' }, 'mql')).toEqual({ stage: 'mql', changed: true });
  });

  it('lists the stages in funnel order', () => {
    expect(STAGES).toEqual(['lead', 'mql', 'sql', 'opportunity', 'customer', 'lost', 'disqualified', 'nurture']);
  });
});
