import { DAY_MS } from './answers';
import { evaluateFramework } from './evaluate';
import { anum, bant, gpctba, meddic } from './frameworks';
import type { AnswerStatus, Framework } from './schema';
import { answer, answers, NOW } from './testSupport';

type Statuses = Record<string, AnswerStatus>;

describe('evaluateFramework: pass rules and reasons', () => {
  it.each<[string, Framework, Statuses, boolean, string]>([
    [
      'BANT with 3 of 4 and Need',
      bant,
      { budget: 'met', need: 'met', timeline: 'met' },
      true,
      'BANT met: Budget, Need, Timeline (3 of 4, Need required)',
    ],
    [
      'BANT with all 4',
      bant,
      { budget: 'met', authority: 'met', need: 'met', timeline: 'met' },
      true,
      'BANT met: Budget, Authority, Need, Timeline (4 of 4, Need required)',
    ],
    [
      'BANT with 3 of 4 but Need not met',
      bant,
      { budget: 'met', authority: 'met', need: 'not-met', timeline: 'met' },
      false,
      'Not qualified: Need is not met',
    ],
    [
      'BANT with Need only partly met',
      bant,
      { budget: 'met', authority: 'met', need: 'partly', timeline: 'met' },
      false,
      'Not qualified: Need is only partly met',
    ],
    [
      'BANT with 2 of 4',
      bant,
      { budget: 'met', need: 'met', timeline: 'not-met' },
      false,
      'Not qualified: 2 of 4 met, needs 3',
    ],
    [
      'BANT where partly counts nothing',
      bant,
      { budget: 'met', need: 'met', authority: 'partly', timeline: 'partly' },
      false,
      'Not qualified: 2 of 4 met, needs 3',
    ],
    ['BANT with no answers', bant, {}, false, 'Not qualified: Need is still unknown; 0 of 4 met, needs 3'],
    [
      'ANUM missing both required items',
      anum,
      { urgency: 'met', money: 'met', need: 'not-met' },
      false,
      'Not qualified: Authority is still unknown; Need is not met; 2 of 4 met, needs 3',
    ],
    [
      'MEDDIC short by half an item',
      meddic,
      {
        'identify-pain': 'met',
        'economic-buyer': 'met',
        champion: 'partly',
        metrics: 'partly',
        'decision-criteria': 'partly',
      },
      false,
      'Not qualified: 3.5 of 6 met, needs 4',
    ],
    [
      'MEDDIC reaching 4 with partly met items at 0.5',
      meddic,
      {
        'identify-pain': 'met',
        'economic-buyer': 'met',
        champion: 'partly',
        metrics: 'partly',
        'decision-criteria': 'partly',
        'decision-process': 'partly',
      },
      true,
      'MEDDIC met: Economic buyer, Identify pain; partly: Metrics, Decision criteria, Decision process, Champion (4 of 6, partly counts 0.5, Economic buyer and Identify pain required)',
    ],
    [
      'GPCTBA/C&I without Goals',
      gpctba,
      { plans: 'met', challenges: 'met', timeline: 'met', budget: 'met', authority: 'met', goals: 'partly' },
      false,
      'Not qualified: Goals is only partly met',
    ],
  ])('%s', (_, framework, statuses, passed, reason) => {
    const evaluation = evaluateFramework(framework, answers(statuses), NOW);
    expect(evaluation.passed).toBe(passed);
    expect(evaluation.reason).toBe(reason);
  });

  it('counts met items and credit separately', () => {
    const evaluation = evaluateFramework(
      meddic,
      answers({ 'identify-pain': 'met', 'economic-buyer': 'met', champion: 'partly', metrics: 'not-met' }),
      NOW,
    );
    expect(evaluation).toMatchObject({ metCount: 2, credit: 2.5, minMetReached: false, requiredMissing: [] });
  });

  it('lists required items that are missing in framework order', () => {
    expect(evaluateFramework(anum, [], NOW).requiredMissing).toEqual(['authority', 'need']);
    expect(evaluateFramework(meddic, [], NOW).requiredMissing).toEqual(['economic-buyer', 'identify-pain']);
  });

  it('passes when three items partly met at 1/3 make exactly 1', () => {
    const thirds: Framework = {
      id: 'thirds',
      name: 'Thirds',
      items: ['a', 'b', 'c'].map((id) => ({ id, letter: id.toUpperCase(), label: id, question: `${id}?` })),
      passRule: { minMet: 1, required: [], partlyCountsAs: 1 / 3 },
    };
    const evaluation = evaluateFramework(thirds, answers({ a: 'partly', b: 'partly', c: 'partly' }), NOW);
    expect(evaluation.passed).toBe(true);
    expect(evaluation.reason).toBe('Thirds met; partly: a, b, c (1 of 3, partly counts 0.33)');
  });
});

describe('evaluateFramework: answers', () => {
  it('returns every item in framework order with its latest answer', () => {
    const old = answer('need', 'met', 20, 'Churn is killing us');
    const latest = answer('need', 'not-met', 2, 'Churn is fine now');
    const { items } = evaluateFramework(bant, [latest, old, answer('budget', 'partly')], NOW);
    expect(items.map((e) => [e.item.id, e.status, e.required])).toEqual([
      ['budget', 'partly', false],
      ['authority', 'unknown', false],
      ['need', 'not-met', true],
      ['timeline', 'unknown', false],
    ]);
    expect(items[2]?.answer).toBe(latest);
    expect(items[1]).not.toHaveProperty('answer');
  });

  it('ignores answers for items the framework does not have', () => {
    const evaluation = evaluateFramework(bant, answers({ champion: 'met', need: 'met', budget: 'met' }), NOW);
    expect(evaluation.metCount).toBe(2);
    expect(evaluation.passed).toBe(false);
  });
});

describe('evaluateFramework: stale answers', () => {
  const staleNeed = [answer('need', 'met', 120), answer('budget', 'met'), answer('timeline', 'met')];

  it('still counts a stale met item, flags it and asks to re-confirm it', () => {
    const evaluation = evaluateFramework(bant, staleNeed, NOW);
    expect(evaluation.passed).toBe(true);
    expect(evaluation.items.find((e) => e.item.id === 'need')?.stale).toBe(true);
    expect(evaluation.reason).toBe(
      'BANT met: Budget, Need, Timeline (3 of 4, Need required); re-confirm Need: answered over 90 days ago',
    );
  });

  it('uses maxAgeDays', () => {
    const evaluation = evaluateFramework(bant, staleNeed, NOW, { maxAgeDays: 180 });
    expect(evaluation.items.some((e) => e.stale)).toBe(false);
    expect(evaluation.reason).toBe('BANT met: Budget, Need, Timeline (3 of 4, Need required)');
  });

  it.each<[string, number, boolean]>([
    ['exactly 90 days', 90 * DAY_MS, false],
    ['90 days and 1 ms', 90 * DAY_MS + 1, true],
  ])('an answer %s old is stale: %s', (_, msAgo, stale) => {
    const need = { itemId: 'need', status: 'met' as const, answer: '', answeredAt: NOW.getTime() - msAgo };
    expect(evaluateFramework(bant, [need], NOW).items[2]?.stale).toBe(stale);
  });

  it('flags stale not-met answers without asking to re-confirm them in the reason', () => {
    const evaluation = evaluateFramework(bant, [...staleNeed, answer('authority', 'not-met', 200)], NOW);
    expect(evaluation.items[1]?.stale).toBe(true);
    expect(evaluation.reason).toMatch(/re-confirm Need:/);
  });

  it('never flags an unknown answer or a missing one as stale', () => {
    const evaluation = evaluateFramework(bant, [answer('budget', 'unknown', 300)], NOW);
    expect(evaluation.items.map((e) => e.stale)).toEqual([false, false, false, false]);
  });
});
