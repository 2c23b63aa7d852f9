import { defaultModel } from './defaultModel';
import {
  addDecayGroup,
  addRule,
  type ConditionForm,
  conditionToForm,
  emptyCondition,
  errorsUnder,
  formToCandidate,
  formToCondition,
  type ModelForm,
  modelToForm,
  moveItem,
  moveRule,
  newRuleId,
  parseNumber,
  removeDecayGroup,
  removeRule,
  renameDecayGroup,
  splitList,
  validateForm,
} from './editModel';
import type { Condition, ScoringModel } from './model';
import { testModel } from './testSupport';

const withThresholds = (form: ModelForm, patch: Partial<ModelForm['thresholds']>): ModelForm => ({
  ...form,
  thresholds: { ...form.thresholds, ...patch },
});

describe('modelToForm and back', () => {
  const rich: ScoringModel = testModel({
    description: 'for tests',
    competitorDomains: ['rival.com'],
    extraFreeMailDomains: ['mail.example'],
    fitRules: [
      {
        id: 'not-edu',
        label: 'Not education',
        points: 5,
        when: [{ type: 'industry', anyOf: ['education'], negate: true }],
      },
      { id: 'big', label: 'Big', points: -3, when: [{ type: 'companySize', min: 5001 }] },
      {
        id: 'custom',
        label: 'Plan',
        points: 4,
        when: [{ type: 'field', field: 'custom.plan', op: 'in', values: ['pro', 3, true] }],
      },
      {
        id: 'known',
        label: 'Known',
        points: 1,
        when: [{ type: 'field', field: 'email', op: 'exists', negate: false }],
      },
      {
        id: 'range',
        label: 'Range',
        points: 1,
        when: [{ type: 'field', field: 'custom.seats', op: 'range', max: 9.5 }],
      },
    ],
    knockouts: [
      { id: 'rival', label: 'Rival', reason: 'A competitor', when: [{ type: 'emailDomain', is: 'competitor' }] },
    ],
    engagementRules: [
      {
        id: 'open',
        label: 'Open',
        activityType: 'email-open',
        points: 1,
        repeat: 'every',
        capPerDay: 3,
        decayGroup: 'email',
      },
      { id: 'demo', label: 'Demo', activityType: 'demo-request', points: 60, repeat: 'first' },
    ],
    decay: { default: { kind: 'window', days: 90 }, groups: { email: { kind: 'half-life', days: 7 } } },
    thresholds: {
      grades: { A: 70, B: 40, C: 10 },
      levels: { 1: 60, 2: 20 },
      mqlFit: 30,
      mqlEngagement: 30,
      mqlTotal: 120,
    },
  });

  it.each([
    ['the shipped default model', defaultModel],
    ['a model using every kind of field', rich],
  ])('%s comes back unchanged and valid', (_, model) => {
    const result = validateForm(modelToForm(model));
    expect([...result.errors]).toEqual([]);
    expect(result.model).toEqual(model);
  });
});

describe('conditions', () => {
  it.each<[string, Condition]>([
    ['seniority', { type: 'seniority', in: ['vp', 'director'] }],
    ['negated department', { type: 'department', in: ['sales'], negate: true }],
    ['size band', { type: 'companySize', min: 11, max: 50 }],
    ['country list with a region', { type: 'country', in: ['EU', 'GB'] }],
    ['tech stack', { type: 'techStack', anyOf: ['HubSpot', 'Zoho CRM'] }],
    ['email domain', { type: 'emailDomain', is: 'free' }],
    ['field equals a number', { type: 'field', field: 'companySize', op: 'equals', value: 42 }],
    ['field contains', { type: 'field', field: 'title', op: 'contains', value: 'growth' }],
  ])('%s round-trips', (_, condition) => {
    expect(formToCondition(conditionToForm(condition))).toEqual(condition);
  });

  const typed = (patch: Partial<ConditionForm>) => formToCondition({ ...emptyCondition(), ...patch });
  it.each<[string, Partial<ConditionForm>, unknown]>([
    [
      'list items are trimmed, empty ones dropped',
      { type: 'industry', list: ' software, ,consulting ' },
      { type: 'industry', anyOf: ['software', 'consulting'] },
    ],
    ['an empty bound is left out', { type: 'companySize', min: '', max: '200' }, { type: 'companySize', max: 200 }],
    [
      'true/false and numbers in a field list',
      { type: 'field', field: 'custom.x', op: 'in', list: 'true, 7, 07, a' },
      { type: 'field', field: 'custom.x', op: 'in', values: [true, 7, '07', 'a'] },
    ],
    [
      'switching type keeps only that type’s values',
      { type: 'emailDomain', picked: ['vp'], list: 'x', is: 'free' },
      { type: 'emailDomain', is: 'free' },
    ],
  ])('%s', (_, patch, expected) => {
    expect(typed(patch)).toEqual(expected);
  });
});

describe('parseNumber and splitList', () => {
  it.each<[string, number | string | undefined]>([
    ['', undefined],
    ['  ', undefined],
    ['42', 42],
    [' -5 ', -5],
    ['2,5', 2.5],
    ['12abc', '12abc'],
  ])('parseNumber(%j) → %j', (input, expected) => {
    expect(parseNumber(input)).toBe(expected);
  });

  it('splits on commas and new lines', () => {
    expect(splitList('a.com\nb.com, c.com\n\n')).toEqual(['a.com', 'b.com', 'c.com']);
  });
});

describe('validateForm', () => {
  const base = modelToForm(defaultModel);
  const fit0 = base.fitRules[0] as ModelForm['fitRules'][number];
  const eng0 = base.engagementRules[0] as ModelForm['engagementRules'][number];

  it.each<[string, ModelForm, string, RegExp]>([
    [
      'points that are not a number',
      { ...base, fitRules: [{ ...fit0, points: 'ten' }] },
      'fitRules[0].points',
      /number/,
    ],
    ['points that are not whole', { ...base, fitRules: [{ ...fit0, points: '2.5' }] }, 'fitRules[0].points', /int/],
    ['an empty label', { ...base, fitRules: [{ ...fit0, label: ' ' }] }, 'fitRules[0].label', /too small|>=1/i],
    [
      'a seniority condition with nothing picked',
      { ...base, fitRules: [{ ...fit0, when: [emptyCondition()] }] },
      'fitRules[0].when[0].in',
      /.+/,
    ],
    ['a rule without conditions', { ...base, fitRules: [{ ...fit0, when: [] }] }, 'fitRules[0].when', /.+/],
    [
      'a size band upside down',
      { ...base, fitRules: [{ ...fit0, when: [{ ...emptyCondition('companySize'), min: '500', max: '10' }] }] },
      'fitRules[0].when[0]',
      /min must not exceed max/,
    ],
    [
      'an unknown country',
      { ...base, fitRules: [{ ...fit0, when: [{ ...emptyCondition('country'), list: 'Narnia' }] }] },
      'fitRules[0].when[0].in[0]',
      /ISO 3166-1/,
    ],
    [
      'a second rule for one activity',
      { ...base, engagementRules: [eng0, { ...eng0, id: 'other' }] },
      'engagementRules[1].activityType',
      /second rule for pricing-page-visit/,
    ],
    ['a cap of zero', { ...base, engagementRules: [{ ...eng0, capTotal: '0' }] }, 'engagementRules[0].capTotal', /.+/],
    ['MQL fit above 100', withThresholds(base, { mqlFit: '101' }), 'thresholds.mqlFit', /100/],
    ['grades out of order', withThresholds(base, { gradeB: '90' }), 'thresholds.grades', /must not increase/],
    ['a bad competitor domain', { ...base, competitorDomains: 'Rival' }, 'competitorDomains[0]', /lower-case domain/],
    ['decay days of zero', { ...base, decay: { kind: 'half-life', days: '0' } }, 'decay.default.days', /.+/],
  ])('%s is reported at its field and blocks saving', (_, form, path, message) => {
    const result = validateForm(form);
    expect(result.model).toBeNull();
    expect(result.errors.get(path)?.join(' ')).toMatch(message);
  });

  it('reports decay group problems by the group’s position, and two groups with one name', () => {
    let form = addDecayGroup(addDecayGroup(base));
    form = renameDecayGroup(form, 1, 'group-1');
    form = {
      ...form,
      decayGroups: form.decayGroups.map((g, i) => (i === 0 ? { ...g, decay: { kind: 'window', days: '-1' } } : g)),
    };
    const { errors, model } = validateForm(form);
    expect(model).toBeNull();
    expect(errors.get('decayGroups[1]')).toEqual(['another group is called group-1']);
    expect(errors.get('decayGroups[0].days')).toBeDefined();
  });

  it('collects the problems under a rule for the rule’s summary', () => {
    const form = { ...base, fitRules: [{ ...fit0, label: '', points: 'x' }] };
    expect(errorsUnder(validateForm(form).errors, 'fitRules[0]')).toHaveLength(2);
    expect(errorsUnder(validateForm(form).errors, 'fitRules[1]')).toEqual([]);
  });

  it('changing a threshold gives a valid model with only that threshold changed', () => {
    const { model } = validateForm(withThresholds(base, { mqlFit: '55' }));
    expect(model).toEqual({ ...defaultModel, thresholds: { ...defaultModel.thresholds, mqlFit: 55 } });
  });
});

describe('editing rules', () => {
  const base = modelToForm(defaultModel);

  it.each(['fitRules', 'knockouts', 'engagementRules'] as const)(
    'adds an empty %s rule with a fresh id, to fill in',
    (section) => {
      const form = addRule(addRule(base, section), section);
      const added = form[section].slice(-2);
      expect(new Set(added.map((r) => r.id)).size).toBe(2);
      expect(added.every((r) => r.label === '')).toBe(true);
      const { errors } = validateForm(form);
      expect(errors.get(`${section}[${form[section].length - 1}].label`)).toBeDefined();
    },
  );

  it('removes and moves rules without touching the others', () => {
    const ids = (f: ModelForm) => f.fitRules.map((r) => r.id);
    const moved = moveRule(base, 'fitRules', 0, 2);
    expect(ids(moved).slice(0, 3)).toEqual(['vp-director-title', 'head-manager-title', 'c-level-title']);
    const removed = removeRule(moved, 'fitRules', 2);
    expect(ids(removed)).not.toContain('c-level-title');
    expect(removed.knockouts).toBe(base.knockouts);
    expect(validateForm(removed).model?.fitRules).toHaveLength(defaultModel.fitRules.length - 1);
  });

  it.each<[number, number, string[]]>([
    [0, 1, ['b', 'a', 'c']],
    [2, 0, ['c', 'a', 'b']],
    [1, 1, ['a', 'b', 'c']],
    [0, 3, ['a', 'b', 'c']],
    [-1, 0, ['a', 'b', 'c']],
  ])('moveItem from %i to %i', (from, to, expected) => {
    expect(moveItem(['a', 'b', 'c'], from, to)).toEqual(expected);
  });

  it.each<[string[], string, string]>([
    [[], 'fit', 'fit-1'],
    [['fit-1', 'fit-2'], 'fit', 'fit-3'],
    [['fit-2'], 'fit', 'fit-1'],
  ])('newRuleId among %j', (taken, prefix, expected) => {
    expect(newRuleId(new Set(taken), prefix)).toBe(expected);
  });

  it('renaming or removing a decay group carries the rules that use it along', () => {
    let form = addDecayGroup(base);
    form = {
      ...form,
      engagementRules: form.engagementRules.map((r, i) => (i === 0 ? { ...r, decayGroup: 'group-1' } : r)),
    };
    const renamed = renameDecayGroup(form, 0, 'pricing');
    expect(renamed.engagementRules[0]?.decayGroup).toBe('pricing');
    expect(validateForm(renamed).model?.engagementRules[0]?.decayGroup).toBe('pricing');
    const removed = removeDecayGroup(renamed, 0);
    expect(removed.engagementRules[0]?.decayGroup).toBe('');
    expect(validateForm(removed).model).not.toBeNull();
  });

  it('keeps what the form does not edit from the version it started from', () => {
    const model = { ...defaultModel, selectorOverrides: [] };
    expect(formToCandidate(modelToForm(model))).toMatchObject({ format: 'leadlens-model', selectorOverrides: [] });
  });
});
