import { describe, expect, it } from 'vitest';
import { defaultModel } from './defaultModel';
import type { ScoringModel } from './model';
import { diffModels, formatPath, parseModelJson, serializeModel } from './modelIO';

// biome-ignore lint/suspicious/noExplicitAny: tests reach into model JSON freely to break it on purpose
type Json = any;

/** The default model as plain JSON data to break on purpose. */
function editable(): Json {
  return JSON.parse(serializeModel(defaultModel));
}

function errorsOf(text: string) {
  const result = parseModelJson(text);
  if (result.ok) throw new Error('expected errors');
  return result.errors;
}

describe('parseModelJson', () => {
  it('reads back what serializeModel wrote', () => {
    expect(parseModelJson(serializeModel(defaultModel))).toEqual({ ok: true, model: defaultModel });
  });

  it('accepts a byte order mark and fills defaults', () => {
    const data = editable();
    delete data.competitorDomains;
    delete data.decay.groups;
    delete data.engagementRules[0].repeat;
    const result = parseModelJson(`\uFEFF${JSON.stringify(data)}`);
    expect(result).toEqual({ ok: true, model: defaultModel });
  });

  it.each([
    ['a missing value', '{"a": }', 1, 7, "unexpected '}' where a value should be"],
    ['a trailing comma', '{\n  "name": "x",\n}', 3, 1, "expected a property name in double quotes but found '}'"],
    ['an empty text', '', 1, 1, 'unexpected end of the text'],
    ['a truncated object', '{"name": "x"', 1, 13, 'unexpected end of the text'],
    ['a bad literal', '{"a": tru}', 1, 7, "unexpected 't' where a value should be"],
    ['text after the value', '[1, 2] x', 1, 8, "unexpected 'x' after the end of the JSON"],
    ['a line break in a string', '{"a": "one\ntwo"}', 1, 11, 'bad or unterminated string'],
    ['a single-quoted key', "{'a': 1}", 1, 2, "expected a property name in double quotes but found '''"],
    ['a missing colon', '{"a" 1}', 1, 6, "expected ':' but found '1'"],
    ['a missing comma', '[1 2]', 1, 4, "expected ',' or ']' but found '2'"],
    ['a bad escape', '["\\x"]', 1, 3, 'bad or unterminated string'],
    ['deep nesting', '['.repeat(100_000), 1, 100_001, 'unexpected end of the text'],
  ])('places %s', (_name, text, line, column, reason) => {
    expect(errorsOf(text)).toEqual([
      { path: '', message: `Invalid JSON at line ${line}, column ${column}: ${reason}`, line, column },
    ]);
  });

  it.each<[string, (m: Json) => void, string, string]>([
    ['a non-object', () => {}, '', 'expected object'],
    ['a foreign format', (m) => (m.format = 'other'), 'format', 'not a LeadLens model'],
    ['a newer format version', (m) => (m.formatVersion = 2), 'formatVersion', 'reads formatVersion 1'],
    ['a missing name', (m) => delete m.name, 'name', 'expected string'],
    ['text for points', (m) => (m.engagementRules[2].points = 'ten'), 'engagementRules[2].points', 'expected number'],
    ['fractional points', (m) => (m.fitRules[0].points = 2.5), 'fitRules[0].points', 'expected int'],
    [
      'an unknown condition type',
      (m) => (m.fitRules[0].when[0].type = 'zodiac'),
      'fitRules[0].when[0].type',
      'unknown or missing "type"',
    ],
    [
      'an unknown operator',
      (m) => (m.fitRules[0].when[0] = { type: 'field', field: 'custom.x', op: 'near' }),
      'fitRules[0].when[0].op',
      'unknown or missing "op"',
    ],
    [
      'an unknown lead field',
      (m) => (m.fitRules[0].when[0] = { type: 'field', field: 'shoeSize', op: 'exists' }),
      'fitRules[0].when[0].field',
      'custom.<key>',
    ],
    [
      'an unknown seniority',
      (m) => (m.fitRules[0].when[0].in = ['emperor']),
      'fitRules[0].when[0].in[0]',
      'Invalid option',
    ],
    [
      'a country name',
      (m) => (m.fitRules[13].when[0].in = ['Germany']),
      'fitRules[13].when[0].in[0]',
      'ISO 3166-1 alpha-2',
    ],
    [
      'an empty size band',
      (m) => (m.fitRules[6].when[0] = { type: 'companySize' }),
      'fitRules[6].when[0]',
      'set min, max or both',
    ],
    [
      'an upside-down size band',
      (m) => (m.fitRules[6].when[0] = { type: 'companySize', min: 9, max: 1 }),
      'fitRules[6].when[0]',
      'min must not exceed max',
    ],
    ['a rule without conditions', (m) => (m.fitRules[0].when = []), 'fitRules[0].when', 'Too small'],
    [
      'an upper-case competitor',
      (m) => (m.competitorDomains = ['Rival.com']),
      'competitorDomains[0]',
      'lower-case domain',
    ],
    [
      'a bad activity type',
      (m) => (m.engagementRules[0].activityType = 'Pricing Page'),
      'engagementRules[0].activityType',
      'kebab-case',
    ],
    [
      'an unknown repeat rule',
      (m) => (m.engagementRules[0].repeat = 'twice'),
      'engagementRules[0].repeat',
      'Invalid option',
    ],
    ['a zero cap', (m) => (m.engagementRules[0].capPerDay = 0), 'engagementRules[0].capPerDay', 'Too small'],
    [
      'an unknown decay',
      (m) => (m.decay.default = { kind: 'linear' }),
      'decay.default.kind',
      'unknown or missing "kind"',
    ],
    ['a zero half-life', (m) => (m.decay.default.days = 0), 'decay.default.days', 'Too small'],
    ['grades out of order', (m) => (m.thresholds.grades.A = 10), 'thresholds.grades', 'must not increase'],
    [
      'levels out of order',
      (m) => (m.thresholds.levels[2] = 90),
      'thresholds.levels',
      'level 1 needs at least level 2',
    ],
    ['a threshold over 100', (m) => (m.thresholds.mqlFit = 101), 'thresholds.mqlFit', 'Too big'],
    [
      'a duplicate rule id',
      (m) => (m.knockouts[0].id = 'c-level-title'),
      'knockouts[0].id',
      'duplicate rule id c-level-title',
    ],
    [
      'two rules for one activity',
      (m) => (m.engagementRules[1].activityType = 'pricing-page-visit'),
      'engagementRules[1].activityType',
      'second rule',
    ],
    [
      'a missing decay group',
      (m) => (m.engagementRules[0].decayGroup = 'email'),
      'engagementRules[0].decayGroup',
      'no decay group email',
    ],
    [
      'a decay group with an odd name',
      (m) => (m.decay.groups['email opens'] = { kind: 'none' }),
      'decay.groups["email opens"]',
      'kebab-case group name',
    ],
    [
      'an unknown decay in a group',
      (m) => (m.decay.groups.email = { kind: 'week' }),
      'decay.groups.email.kind',
      'unknown or missing "kind"',
    ],
    [
      'an inherited group name',
      (m) => (m.engagementRules[0].decayGroup = 'constructor'),
      'engagementRules[0].decayGroup',
      'no decay group constructor',
    ],
  ])('reports %s at its path', (name, breakIt, path, message) => {
    const data = editable();
    breakIt(data);
    const errors = errorsOf(name === 'a non-object' ? '[]' : JSON.stringify(data));
    expect(errors).toHaveLength(1);
    expect(errors[0]?.path).toBe(path);
    expect(errors[0]?.message).toContain(message);
  });

  it('lists every structural error at once', () => {
    const data = editable();
    data.engagementRules[2].points = 'ten';
    data.fitRules[0].label = '';
    data.thresholds.mqlEngagement = -1;
    expect(errorsOf(JSON.stringify(data)).map((e) => e.path)).toEqual([
      'fitRules[0].label',
      'engagementRules[2].points',
      'thresholds.mqlEngagement',
    ]);
  });

  it('never throws on odd text', () => {
    expect(parseModelJson(undefined as unknown as string).ok).toBe(false);
  });
});

describe('formatPath', () => {
  it.each<[PropertyKey[], string]>([
    [[], ''],
    [['name'], 'name'],
    [['engagementRules', 2, 'points'], 'engagementRules[2].points'],
    [['decay', 'groups', 'email opens'], 'decay.groups["email opens"]'],
  ])('%o is %s', (path, text) => {
    expect(formatPath(path)).toBe(text);
  });
});

describe('diffModels', () => {
  const edited = (edit: (m: Json) => void): ScoringModel => {
    const data = editable();
    edit(data);
    const result = parseModelJson(JSON.stringify(data));
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    return result.model;
  };

  it('finds nothing between equal models', () => {
    expect(
      diffModels(
        defaultModel,
        edited(() => {}),
      ),
    ).toEqual([]);
  });

  it('ignores key order', () => {
    const reordered = edited((m) => (m.fitRules[6].when[0] = { max: 50, min: 11, type: 'companySize' }));
    expect(diffModels(defaultModel, reordered)).toEqual([]);
  });

  it.each<[string, (m: Json) => void, string[]]>([
    ['points', (m) => (m.fitRules[1].points = 22), ['Fit rule "VP or Director title": points +20 → +22']],
    [
      'a condition',
      (m) => (m.fitRules[1].when[0].in = ['vp']),
      ['Fit rule "VP or Director title": when seniority vp or director → seniority vp'],
    ],
    [
      'a label',
      (m) => (m.engagementRules[0].label = 'Pricing visit'),
      ['Engagement rule "Pricing visit": label "Pricing page visit" → "Pricing visit"'],
    ],
    [
      'a cap',
      (m) => delete m.engagementRules[0].capTotal,
      ['Engagement rule "Pricing page visit": capTotal 100 → (none)'],
    ],
    [
      'an added rule',
      (m) => m.fitRules.push({ id: 'nl', label: 'Dutch', points: 3, when: [{ type: 'country', in: ['NL'] }] }),
      ['Added fit rule "Dutch" (+3)'],
    ],
    ['a removed rule', (m) => m.knockouts.splice(0, 1), ['Removed knock-out "Student or intern"']],
    [
      'a knock-out reason',
      (m) => (m.knockouts[2].reason = 'Not served.'),
      ['Knock-out "Country not served": reason "We do not serve this country." → "Not served."'],
    ],
    [
      'the decay',
      (m) => (m.decay.default = { kind: 'window', days: 90 }),
      ['Engagement decay: 30-day half-life → counts fully for 90 days, then not at all'],
    ],
    [
      'a decay group',
      (m) => (m.decay.groups.email = { kind: 'half-life', days: 7 }),
      ['Decay group email: (none) → 7-day half-life'],
    ],
    ['a threshold', (m) => (m.thresholds.mqlFit = 50), ['MQL fit threshold: 40 → 50']],
    ['a total threshold', (m) => (m.thresholds.mqlTotal = 120), ['MQL total threshold: (none) → 120']],
    ['a grade', (m) => (m.thresholds.grades.A = 70), ['Grade A threshold: 60 → 70']],
    ['competitors', (m) => (m.competitorDomains = ['rival.com']), ['Competitor domain added: rival.com']],
    ['the version', (m) => (m.version = 2), ['Model version: 1 → 2']],
    ['the name', (m) => (m.name = 'Mine'), ['Model name: "LeadLens default" → "Mine"']],
  ])('describes a change of %s', (_name, edit, texts) => {
    expect(diffModels(defaultModel, edited(edit)).map((c) => c.text)).toEqual(texts);
  });

  it('gives the rule, the field and both values', () => {
    expect(
      diffModels(
        defaultModel,
        edited((m) => (m.engagementRules[1].points = 70)),
      ),
    ).toEqual([
      {
        kind: 'changed',
        section: 'engagement',
        ruleId: 'demo-request',
        label: 'Demo request',
        field: 'points',
        before: 60,
        after: 70,
        text: 'Engagement rule "Demo request": points +60 → +70',
      },
    ]);
    const [removed] = diffModels(
      edited((m) => (m.competitorDomains = ['rival.com'])),
      defaultModel,
    );
    expect(removed).toMatchObject({
      kind: 'removed',
      section: 'domains',
      ruleId: 'competitorDomains:rival.com',
      before: 'rival.com',
    });
  });
});
