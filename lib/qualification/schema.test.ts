import { AnswerSchema, type Framework, parseFramework } from './schema';

const custom: Framework = {
  id: 'spiced',
  name: 'SPICED',
  items: [
    { id: 'situation', letter: 'S', label: 'Situation', question: 'How do you handle this today?' },
    { id: 'pain', letter: 'P', label: 'Pain', question: 'What does that cost you?' },
    { id: 'impact', letter: 'I', label: 'Impact', question: 'What changes if it is solved?' },
  ],
  passRule: { minMet: 2, required: ['pain'] },
};

/** The custom framework with some changes: `edit` gets a deep copy to mutate. */
function variant(edit: (f: Framework) => void): unknown {
  const copy = structuredClone(custom);
  edit(copy);
  return copy;
}

/** An edit that changes fields of item `i`. */
function withItem(i: number, patch: Partial<Framework['items'][number]>): (f: Framework) => void {
  return (f) => {
    f.items = f.items.map((item, j) => (j === i ? { ...item, ...patch } : item));
  };
}

describe('parseFramework', () => {
  it('accepts a valid custom framework', () => {
    expect(parseFramework(custom)).toEqual({ ok: true, framework: custom });
  });

  it('trims labels and questions', () => {
    const result = parseFramework(variant(withItem(0, { label: '  Situation ', question: ' How? ' })));
    expect(result.ok && result.framework.items[0]).toMatchObject({ label: 'Situation', question: 'How?' });
  });

  it.each<[string, (f: Framework) => void, { path: string; message: string }[]]>([
    [
      'duplicate letters',
      withItem(2, { letter: 'S' }),
      [{ path: 'items[2].letter', message: 'letter S is already used by Situation (items[0])' }],
    ],
    [
      'duplicate item ids',
      withItem(2, { id: 'situation' }),
      [{ path: 'items[2].id', message: 'duplicate item id "situation" (also items[0])' }],
    ],
    [
      'an unknown item in the rule',
      (f) => {
        f.passRule.required = ['pain', 'budget'];
      },
      [{ path: 'passRule.required[1]', message: 'unknown item "budget"; the items are situation, pain, impact' }],
    ],
    [
      'a required item listed twice',
      (f) => {
        f.passRule.required = ['pain', 'pain'];
      },
      [{ path: 'passRule.required[1]', message: '"pain" is listed twice' }],
    ],
    [
      'minMet above the number of items',
      (f) => {
        f.passRule.minMet = 4;
      },
      [{ path: 'passRule.minMet', message: 'minMet is 4 but the framework has only 3 items' }],
    ],
    [
      'minMet 0',
      (f) => {
        f.passRule.minMet = 0;
      },
      [{ path: 'passRule.minMet', message: 'minMet must be at least 1' }],
    ],
    [
      'a lowercase letter',
      withItem(0, { letter: 's' }),
      [{ path: 'items[0].letter', message: 'letter must be one capital letter A-Z' }],
    ],
    [
      'a two-letter key',
      withItem(0, { letter: 'SI' }),
      [{ path: 'items[0].letter', message: 'letter must be one capital letter A-Z' }],
    ],
    [
      'an id with spaces',
      withItem(0, { id: 'our situation' }),
      [{ path: 'items[0].id', message: 'use lowercase letters, digits and dashes, like "economic-buyer"' }],
    ],
    [
      'an empty question',
      withItem(1, { question: '   ' }),
      [{ path: 'items[1].question', message: 'question must not be empty' }],
    ],
    [
      'no items',
      (f) => {
        f.items = [];
        f.passRule = { minMet: 1, required: [] };
      },
      [
        { path: 'items', message: 'a framework needs at least one item' },
        { path: 'passRule.minMet', message: 'minMet is 1 but the framework has only 0 items' },
      ],
    ],
  ])('rejects %s, saying where', (_, edit, errors) => {
    expect(parseFramework(variant(edit))).toEqual({ ok: false, errors });
  });

  it('reports every problem at once', () => {
    const result = parseFramework(
      variant((f) => {
        withItem(1, { letter: 'S' })(f);
        f.passRule = { minMet: 5, required: ['nope'] };
      }),
    );
    expect(result.ok ? [] : result.errors.map((e) => e.path)).toEqual([
      'items[1].letter',
      'passRule.required[0]',
      'passRule.minMet',
    ]);
  });

  it.each([
    ['partlyCountsAs above 1', { minMet: 2, required: [], partlyCountsAs: 1.5 }, 'passRule.partlyCountsAs'],
    ['a fractional minMet', { minMet: 1.5, required: [] }, 'passRule.minMet'],
    ['a missing required list', { minMet: 2 }, 'passRule.required'],
  ])('rejects %s', (_, passRule, path) => {
    const result = parseFramework({ ...custom, passRule });
    expect(result.ok ? [] : result.errors.map((e) => e.path)).toEqual([path]);
  });

  it.each([null, 'BANT', 42, [], {}])('rejects %j without throwing', (input) => {
    expect(parseFramework(input).ok).toBe(false);
  });
});

describe('AnswerSchema', () => {
  const valid = { itemId: 'need', status: 'met', answer: 'Our churn doubled', confidence: 0.8, answeredAt: 1 };

  it('accepts an answer', () => {
    expect(AnswerSchema.parse(valid)).toEqual(valid);
  });

  it.each([
    ['an unknown status', { status: 'yes' }],
    ['confidence above 1', { confidence: 1.2 }],
    ['a negative time', { answeredAt: -1 }],
  ])('rejects %s', (_, change) => {
    expect(AnswerSchema.safeParse({ ...valid, ...change }).success).toBe(false);
  });
});
