import { bant, meddic } from './frameworks';
import { nextBestQuestion, type QuestionKind } from './nextQuestion';
import type { Answer, Framework } from './schema';
import { answer, answers, NOW } from './testSupport';

describe('nextBestQuestion', () => {
  it.each<[string, Framework, Answer[], string, QuestionKind, string]>([
    ['nothing answered: the required item', bant, [], 'need', 'required', 'Need is required to qualify'],
    [
      'Need met: the next item in framework order',
      bant,
      answers({ need: 'met' }),
      'budget',
      'min-met',
      'BANT needs 3 met, has 1',
    ],
    [
      'a fresh "not met" is not asked again',
      bant,
      answers({ need: 'met', budget: 'not-met' }),
      'authority',
      'min-met',
      'BANT needs 3 met, has 1',
    ],
    [
      'a required item answered not met long ago comes first',
      bant,
      [answer('need', 'not-met', 120), ...answers({ budget: 'met', timeline: 'met' })],
      'need',
      'required',
      'Need is required to qualify; the last answer is 120 days old',
    ],
    [
      'completing minMet before re-confirming a stale answer',
      bant,
      [answer('budget', 'met', 200), ...answers({ need: 'met' })],
      'authority',
      'min-met',
      'BANT needs 3 met, has 2',
    ],
    [
      'passing: a stale met item before an unanswered one',
      bant,
      [answer('need', 'met', 120), ...answers({ budget: 'met', timeline: 'met' })],
      'need',
      'stale',
      'Need was confirmed 120 days ago; check it still holds',
    ],
    [
      'passing: a stale "not met" is re-asked',
      bant,
      [answer('authority', 'not-met', 95), ...answers({ need: 'met', budget: 'met', timeline: 'met' })],
      'authority',
      'stale',
      'Authority was answered 95 days ago; check it still holds',
    ],
    [
      'passing with fresh answers: what is left',
      bant,
      answers({ need: 'met', budget: 'met', timeline: 'met' }),
      'authority',
      'unanswered',
      'Not needed to pass BANT, but completes the picture',
    ],
    [
      'an "unknown" answer counts as unanswered',
      bant,
      answers({ need: 'unknown' }),
      'need',
      'required',
      'Need is required to qualify',
    ],
    [
      'MEDDIC: required items in framework order',
      meddic,
      [],
      'economic-buyer',
      'required',
      'Economic buyer is required to qualify',
    ],
    [
      'MEDDIC: the heavier Champion before earlier items',
      meddic,
      answers({ 'economic-buyer': 'met', 'identify-pain': 'met' }),
      'champion',
      'min-met',
      'MEDDIC needs 4 met, has 2',
    ],
  ])('%s', (_, framework, given, itemId, kind, why) => {
    const next = nextBestQuestion(framework, given, NOW);
    const item = framework.items.find((i) => i.id === itemId);
    expect(next).toEqual({ item, question: item?.question, kind, why });
  });

  it('breaks ties by weight, then framework order', () => {
    const weighted: Framework = {
      id: 'weighted',
      name: 'Weighted',
      items: [
        { id: 'a', letter: 'A', label: 'A', question: 'A?' },
        { id: 'b', letter: 'B', label: 'B', question: 'B?', weight: 3 },
        { id: 'c', letter: 'C', label: 'C', question: 'C?', weight: 3 },
        { id: 'd', letter: 'D', label: 'D', question: 'D?', weight: 5 },
      ],
      passRule: { minMet: 3, required: ['a', 'b', 'c'] },
    };
    const order: string[] = [];
    const given: Answer[] = [];
    for (let next = nextBestQuestion(weighted, given, NOW); next; next = nextBestQuestion(weighted, given, NOW)) {
      order.push(`${next.item.id}:${next.kind}`);
      given.push(answer(next.item.id, 'met'));
    }
    expect(order).toEqual(['b:required', 'c:required', 'a:required', 'd:unanswered']);
  });

  it('returns null when every item has a fresh answer', () => {
    const all = answers({ budget: 'not-met', authority: 'partly', need: 'met', timeline: 'met' });
    expect(nextBestQuestion(bant, all, NOW)).toBeNull();
  });

  it('uses maxAgeDays', () => {
    const given = [answer('need', 'met', 120), ...answers({ budget: 'met', authority: 'met', timeline: 'met' })];
    expect(nextBestQuestion(bant, given, NOW)?.item.id).toBe('need');
    expect(nextBestQuestion(bant, given, NOW, { maxAgeDays: 180 })).toBeNull();
  });
});
