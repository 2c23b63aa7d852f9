import type { Stage } from '../scoring/stage';
import { evaluateFramework } from './evaluate';
import { bant } from './frameworks';
import { qualificationStage } from './stage';
import { answer, NOW } from './testSupport';

const qualifiedAnswers = [
  answer('budget', 'met', 5, '50k set aside'),
  answer('need', 'met', 5, 'Churn doubled this year'),
  answer('timeline', 'met', 5, 'Live by Q3'),
];
const passing = evaluateFramework(bant, qualifiedAnswers, NOW);
const needTurned = [...qualifiedAnswers, answer('need', 'not-met', 1, 'We   fixed churn in Excel after all')];
const failing = evaluateFramework(bant, needTurned, NOW);

describe('qualificationStage', () => {
  it.each<[Stage, boolean, 'passing' | 'failing', Stage]>([
    ['lead', false, 'passing', 'sql'],
    ['mql', false, 'passing', 'sql'],
    ['sql', false, 'passing', 'sql'],
    ['sql', false, 'failing', 'mql'],
    ['lead', false, 'failing', 'lead'],
    ['mql', false, 'failing', 'mql'],
    ['lead', true, 'passing', 'lead'],
    ['mql', true, 'passing', 'mql'],
    ['sql', true, 'failing', 'sql'],
    ['disqualified', false, 'passing', 'disqualified'],
    ['opportunity', false, 'failing', 'opportunity'],
    ['customer', false, 'failing', 'customer'],
    ['customer', false, 'passing', 'customer'],
    ['lost', false, 'passing', 'lost'],
    ['nurture', false, 'passing', 'nurture'],
    ['nurture', false, 'failing', 'nurture'],
  ])('%s (manual: %s), %s evaluation: %s', (stage, manual, which, expected) => {
    const evaluation = which === 'passing' ? passing : failing;
    const result = qualificationStage({ stage, manual }, evaluation);
    expect(result).toMatchObject({ stage: expected, changed: expected !== stage, cause: 'qualification' });
    expect(result.reason).not.toBe('');
  });

  it('makes a lead SQL with the evaluation as the reason', () => {
    expect(qualificationStage({ stage: 'lead' }, passing)).toEqual({
      stage: 'sql',
      changed: true,
      cause: 'qualification',
      reason: 'BANT met: Budget, Need, Timeline (3 of 4, Need required)',
    });
  });

  it('sends an SQL back to MQL saying what turned, in the buyer’s words', () => {
    expect(qualificationStage({ stage: 'sql' }, failing, { previous: passing })).toEqual({
      stage: 'mql',
      changed: true,
      cause: 'qualification',
      reason: 'Need turned not met: "We fixed churn in Excel after all"; back to MQL',
    });
  });

  it('names every item that lost ground', () => {
    const both = evaluateFramework(bant, [...needTurned, answer('budget', 'partly', 0, '')], NOW);
    expect(qualificationStage({ stage: 'sql' }, both, { previous: passing }).reason).toBe(
      'Budget turned partly met; Need turned not met: "We fixed churn in Excel after all"; back to MQL',
    );
  });

  it('says an answer was cleared', () => {
    const cleared = evaluateFramework(bant, [...qualifiedAnswers, answer('need', 'unknown', 0)], NOW);
    expect(qualificationStage({ stage: 'sql' }, cleared, { previous: passing }).reason).toBe(
      'Need turned unknown; back to MQL',
    );
  });

  it('without the previous evaluation, gives the failing evaluation as the reason', () => {
    expect(qualificationStage({ stage: 'sql' }, failing).reason).toBe(
      'Not qualified: Need is not met; 2 of 4 met, needs 3; back to MQL',
    );
  });

  it.each<['lead' | 'mql' | 'disqualified', string]>([
    ['lead', 'Need turned not met: "We fixed churn in Excel after all"; back to lead'],
    ['mql', 'Need turned not met: "We fixed churn in Excel after all"; back to MQL'],
    ['disqualified', 'Need turned not met: "We fixed churn in Excel after all"; disqualified, as the score suggests'],
  ])('sends a failing SQL to the score-suggested stage %s', (scoreSuggested, reason) => {
    expect(qualificationStage({ stage: 'sql' }, failing, { previous: passing, scoreSuggested })).toMatchObject({
      stage: scoreSuggested,
      changed: true,
      reason,
    });
  });

  it.each([
    ['qualification', 'mql'],
    ['import', 'sql'],
    ['outcome', 'sql'],
  ])('a failing SQL set by %s becomes %s', (cause, stage) => {
    expect(qualificationStage({ stage: 'sql', cause }, failing).stage).toBe(stage);
  });

  it('explains why it leaves stages alone', () => {
    expect(qualificationStage({ stage: 'sql', manual: true }, failing).reason).toBe(
      'SQL was set by hand; qualification leaves it',
    );
    expect(qualificationStage({ stage: 'customer' }, failing).reason).toBe(
      'Qualification does not move a lead that is customer',
    );
    expect(qualificationStage({ stage: 'mql' }, failing).reason).toBe(
      'Stays MQL: Not qualified: Need is not met; 2 of 4 met, needs 3',
    );
    expect(qualificationStage({ stage: 'sql', cause: 'import' }, failing).reason).toBe(
      'Stays SQL: it was set by import, not qualification; Not qualified: Need is not met; 2 of 4 met, needs 3',
    );
  });

  it('keeps reasons within 500 characters and still says where the lead went', () => {
    const long = evaluateFramework(bant, [...qualifiedAnswers, answer('need', 'not-met', 0, 'x'.repeat(2000))], NOW);
    const result = qualificationStage({ stage: 'sql' }, long, { previous: passing });
    expect(result.reason.length).toBeLessThanOrEqual(500);
    expect(result.reason).toMatch(/^Need turned not met: "x+…"; back to MQL$/);
  });
});
