import fc from 'fast-check';
import { defaultModel } from './defaultModel';
import { type ModelError, parseModelJson, serializeModel } from './modelIO';

/**
 * The model importer under thousands of broken models: the default model's JSON with keys deleted,
 * types swapped, huge numbers, NaN-ish strings, deep nesting, very long strings, duplicated rules,
 * then maybe truncated or sprinkled with random bytes; and random text. parseModelJson never
 * throws, every refusal says what and where, and every model it accepts survives a round trip.
 */

// biome-ignore lint/suspicious/noExplicitAny: the fuzz edits model JSON of any shape
type Json = any;

const SEED = 5150;
const RUNS = { edited: 3000, corrupted: 1500, random: 1000 };

/** The default model plus the parts it leaves out, so mutations reach every kind of value. */
const BASE: Json = (() => {
  const model: Json = JSON.parse(serializeModel(defaultModel));
  model.competitorDomains = ['rival.com'];
  model.extraFreeMailDomains = ['mail.example'];
  model.fitRules.push(
    {
      id: 'field-equals',
      label: 'Field equals',
      points: 1,
      when: [{ type: 'field', field: 'title', op: 'equals', value: 'CTO' }],
    },
    {
      id: 'field-in',
      label: 'Field in',
      points: 1,
      when: [{ type: 'field', field: 'custom.tier', op: 'in', values: [1, 'a', true] }],
    },
    {
      id: 'field-contains',
      label: 'Field contains',
      points: 1,
      when: [{ type: 'field', field: 'company', op: 'contains', value: 'x', negate: true }],
    },
    {
      id: 'field-range',
      label: 'Field range',
      points: 1,
      when: [{ type: 'field', field: 'companySize', op: 'range', min: 1, max: 9 }],
    },
    { id: 'field-exists', label: 'Field exists', points: 1, when: [{ type: 'field', field: 'phone', op: 'exists' }] },
  );
  model.engagementRules[0].decayGroup = 'buying';
  model.decay.groups = { buying: { kind: 'window', days: 90 }, email: { kind: 'none' } };
  model.thresholds.mqlTotal = 90;
  model.selectorOverrides = [{ site: 'linkedin', field: 'name', selector: 'h1', attribute: 'title' }];
  return model;
})();

const HOSTILE_VALUES: Json[] = [
  null,
  true,
  0,
  -0,
  1.5,
  -1,
  1e308,
  -1e308,
  Number.MAX_SAFE_INTEGER + 2,
  'NaN',
  'Infinity',
  '-Infinity',
  '1e309',
  '0x10',
  '',
  ' ',
  '__proto__',
  'constructor',
  'x'.repeat(100_000),
  '\u0000\u202E\uFEFF',
  '\uD800',
  [],
  {},
  [null],
  JSON.parse('{"__proto__": 1, "length": 1}'),
];

/** Stands for a deeply nested array in the JSON text: JSON.stringify would recurse that deep. */
const DEEP = '\u0000deep\u0000';

const SECTIONS = ['fitRules', 'knockouts', 'engagementRules'] as const;

type Step =
  | { op: 'delete'; path: number[] }
  | { op: 'set'; path: number[]; value: Json }
  | { op: 'wrap'; path: number[]; inArray: boolean }
  | { op: 'add'; path: number[]; key: string; value: Json }
  | { op: 'copy'; path: number[]; from: number[] }
  | { op: 'duplicate'; section: (typeof SECTIONS)[number]; index: number };

const path = fc.array(fc.nat(), { minLength: 1, maxLength: 6 });
const value: fc.Arbitrary<Json> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...HOSTILE_VALUES) },
  { weight: 2, arbitrary: fc.oneof(fc.string(), fc.double(), fc.integer(), fc.boolean()) },
  { weight: 1, arbitrary: fc.constant(DEEP) },
  { weight: 1, arbitrary: fc.json().map((text) => JSON.parse(text)) },
);
const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ op: fc.constant('delete' as const), path }),
  fc.record({ op: fc.constant('set' as const), path, value }),
  fc.record({ op: fc.constant('wrap' as const), path, inArray: fc.boolean() }),
  fc.record({
    op: fc.constant('add' as const),
    path,
    key: fc.oneof(fc.constantFrom('__proto__', 'constructor', 'id', 'type', 'x'), fc.string()),
    value,
  }),
  fc.record({ op: fc.constant('copy' as const), path, from: path }),
  fc.record({ op: fc.constant('duplicate' as const), section: fc.constantFrom(...SECTIONS), index: fc.nat() }),
);

/** The container and key a path leads to: each index picks a key (modulo their number) until a leaf. */
function walk(root: Json, indexes: readonly number[]): { parent: Json; key: string | number } | undefined {
  let parent: Json = root;
  let key: string | number | undefined;
  for (const index of indexes) {
    const node = key === undefined ? parent : parent[key];
    if (node === null || typeof node !== 'object') break;
    const keys = Array.isArray(node) ? node.map((_, i) => i) : Object.keys(node);
    if (keys.length === 0) break;
    if (key !== undefined) parent = node;
    key = keys[index % keys.length];
  }
  return key === undefined ? undefined : { parent, key };
}

function apply(root: Json, s: Step): void {
  if (s.op === 'duplicate') {
    // A second rule with the same id (and activity type), where the section is still a list of rules.
    const rules = root[s.section];
    if (Array.isArray(rules) && rules.length > 0) rules.push(structuredClone(rules[s.index % rules.length]));
    return;
  }
  const at = walk(root, s.path);
  if (!at) return;
  const { parent, key } = at;
  switch (s.op) {
    case 'delete':
      if (Array.isArray(parent)) parent.splice(key as number, 1);
      else delete parent[key];
      break;
    case 'set':
      parent[key] = structuredClone(s.value);
      break;
    case 'wrap':
      parent[key] = s.inArray ? [parent[key]] : { value: parent[key] };
      break;
    case 'add':
      if (parent[key] !== null && typeof parent[key] === 'object' && !Array.isArray(parent[key])) {
        Object.defineProperty(parent[key], s.key, {
          value: structuredClone(s.value),
          enumerable: true,
          writable: true,
          configurable: true,
        });
      }
      break;
    case 'copy': {
      const from = walk(root, s.from);
      if (from) parent[key] = structuredClone(from.parent[from.key]);
      break;
    }
  }
}

function edited(steps: readonly Step[], pretty: boolean): string {
  const model = structuredClone(BASE);
  for (const s of steps) apply(model, s);
  return JSON.stringify(model, null, pretty ? 2 : undefined).replaceAll(
    JSON.stringify(DEEP),
    `${'['.repeat(50_000)}${']'.repeat(50_000)}`,
  );
}

function expectExplained(text: string, errors: readonly ModelError[]): void {
  expect(errors.length).toBeGreaterThan(0);
  let data: unknown;
  let isJson = true;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    isJson = false;
  }
  const structural = isJson && data !== null && typeof data === 'object' && !Array.isArray(data);
  const lines = text.split('\n').length;
  for (const error of errors) {
    expect(typeof error.message).toBe('string');
    expect(error.message.trim()).not.toBe('');
    expect(typeof error.path).toBe('string');
    // A problem inside the model is at a path; only a text that is no model at all is at ''.
    if (structural) expect(error.path, error.message).not.toBe('');
    if (!isJson) {
      expect(errors).toHaveLength(1);
      if (error.line !== undefined) {
        expect(Number.isInteger(error.line) && error.line >= 1 && error.line <= lines).toBe(true);
        expect(Number.isInteger(error.column) && (error.column ?? 0) >= 1).toBe(true);
      }
    }
  }
}

function check(text: string): void {
  const result = parseModelJson(text);
  if (!result.ok) {
    expectExplained(text, result.errors);
    return;
  }
  const again = parseModelJson(serializeModel(result.model));
  expect(again).toEqual({ ok: true, model: result.model });
}

describe('parseModelJson under fuzz', () => {
  test('the fuzzed base model is valid', () => {
    expect(parseModelJson(JSON.stringify(BASE)).ok).toBe(true);
  });

  test(`edited models: keys deleted, types swapped, values huge, rules duplicated (${RUNS.edited} runs)`, () => {
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 6 }), fc.boolean(), (steps, pretty) =>
        check(edited(steps, pretty)),
      ),
      { seed: SEED, numRuns: RUNS.edited },
    );
  });

  test(`edited models cut short or with random bytes in them (${RUNS.corrupted} runs)`, () => {
    fc.assert(
      fc.property(
        fc.array(step, { maxLength: 3 }),
        fc.nat(),
        fc.oneof(fc.constant(null), fc.uint8Array({ minLength: 1, maxLength: 16 })),
        fc.boolean(),
        (steps, at, bytes, bom) => {
          const text = edited(steps, true);
          const cut = at % (text.length + 1);
          // Bytes as a Latin-1 reader would show them; or no bytes, and the text ends there.
          const corrupted = bytes
            ? `${text.slice(0, cut)}${String.fromCharCode(...bytes)}${text.slice(cut)}`
            : text.slice(0, cut);
          check(`${bom ? '\uFEFF' : ''}${corrupted}`);
        },
      ),
      { seed: SEED + 1, numRuns: RUNS.corrupted },
    );
  });

  test(`random text and random bytes (${RUNS.random} runs)`, () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'binary', maxLength: 200 }),
          fc.uint8Array({ maxLength: 200 }).map((bytes) => new TextDecoder().decode(bytes)),
          fc.json(),
        ),
        check,
      ),
      { seed: SEED + 2, numRuns: RUNS.random },
    );
  });
});
