import fc from 'fast-check';
import { DAY_MS } from './answers';
import { evaluateFramework } from './evaluate';
import { FRAMEWORKS } from './frameworks';
import { nextBestQuestion } from './nextQuestion';
import { type Answer, AnswerStatusSchema, type Framework, FrameworkSchema } from './schema';
import { NOW } from './testSupport';

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** Any valid framework: 1-8 items, a reachable minMet, some required items, any partly credit. */
const frameworkArb: fc.Arbitrary<Framework> = fc
  .integer({ min: 1, max: 8 })
  .chain((n) =>
    fc.record({
      n: fc.constant(n),
      minMet: fc.integer({ min: 1, max: n }),
      required: fc.subarray(
        Array.from({ length: n }, (_, i) => `item-${i}`),
        { maxLength: n },
      ),
      partlyCountsAs: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: undefined }),
      weights: fc.array(fc.option(fc.double({ min: 0.1, max: 10, noNaN: true }), { nil: undefined }), {
        minLength: n,
        maxLength: n,
      }),
    }),
  )
  .map(({ n, minMet, required, partlyCountsAs, weights }) => ({
    id: 'random',
    name: 'Random',
    items: Array.from({ length: n }, (_, i) => ({
      id: `item-${i}`,
      letter: LETTERS[i] ?? 'Z',
      label: `Item ${i}`,
      question: `Question ${i}?`,
      ...(weights[i] === undefined ? {} : { weight: weights[i] }),
    })),
    passRule: { minMet, required, ...(partlyCountsAs === undefined ? {} : { partlyCountsAs }) },
  }));

const anyFramework = fc.oneof(fc.constantFrom(...FRAMEWORKS), frameworkArb);

function answersFor(framework: Framework): fc.Arbitrary<Answer[]> {
  const answerArb = fc.record({
    itemId: fc.constantFrom(...framework.items.map((item) => item.id), 'not-an-item'),
    status: fc.constantFrom(...AnswerStatusSchema.options),
    answer: fc.string({ maxLength: 20 }),
    answeredAt: fc.integer({ min: NOW.getTime() - 400 * DAY_MS, max: NOW.getTime() + DAY_MS }),
  });
  return fc.array(answerArb, { maxLength: 12 });
}

const scenario = anyFramework.chain((framework) =>
  fc.record({ framework: fc.constant(framework), answers: answersFor(framework) }),
);

describe('qualification properties', () => {
  it('generates valid frameworks', () => {
    fc.assert(fc.property(frameworkArb, (framework) => FrameworkSchema.safeParse(framework).success));
  });

  it('adding a met answer never turns a passing evaluation into failing', () => {
    fc.assert(
      fc.property(
        scenario.chain(({ framework, answers }) =>
          fc.record({
            framework: fc.constant(framework),
            answers: fc.constant(answers),
            itemId: fc.constantFrom(...framework.items.map((item) => item.id)),
            answeredAt: fc.integer({ min: NOW.getTime() - 400 * DAY_MS, max: NOW.getTime() + DAY_MS }),
          }),
        ),
        ({ framework, answers, itemId, answeredAt }) => {
          const before = evaluateFramework(framework, answers, NOW);
          const met: Answer = { itemId, status: 'met', answer: '', answeredAt };
          const after = evaluateFramework(framework, [...answers, met], NOW);
          return !before.passed || after.passed;
        },
      ),
    );
  });

  it('credit stays between metCount and the number of items, and passing means minMet is reached', () => {
    fc.assert(
      fc.property(scenario, ({ framework, answers }) => {
        const evaluation = evaluateFramework(framework, answers, NOW);
        expect(evaluation.credit).toBeGreaterThanOrEqual(evaluation.metCount);
        expect(evaluation.credit).toBeLessThanOrEqual(framework.items.length);
        if (evaluation.passed) expect(evaluation.requiredMissing).toEqual([]);
        if (evaluation.passed) expect(evaluation.minMetReached).toBe(true);
      }),
    );
  });

  it('the next question is always an item still to ask, and null only when none is left', () => {
    fc.assert(
      fc.property(scenario, ({ framework, answers }) => {
        const { items } = evaluateFramework(framework, answers, NOW);
        const askable = items.filter((e) => e.status === 'unknown' || e.stale).map((e) => e.item.id);
        const next = nextBestQuestion(framework, answers, NOW);
        if (askable.length === 0) expect(next).toBeNull();
        else expect(askable).toContain(next?.item.id);
      }),
    );
  });
});
