import { INVISIBLE_OR_CONTROL, MARKUP, pick, prng } from '@/test/unit/fuzz';
import { crmCases, loadCrmPage } from '../../../test/fixtures/crm/pages';
import { extractFromPage } from '..';
import { CaptureResultSchema } from '../schema';
import { MAX_FIELD_LENGTH } from '../types';
import { MAX_ACTIVITIES } from './activities';
import { walkDeep } from './shadow';
import type { CrmCaptureResult } from './types';

/**
 * Every CRM fixture, mutated step by step with a seeded PRNG (elements removed or moved,
 * attributes and input values scrambled, text replaced by hostile strings, shadow trees
 * included), must still give a valid, safe, bounded result for the same record.
 */

const HOSTILE = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  '<<b>script>alert(1)<</b>/script>',
  'x'.repeat(100_000),
  `${' '.repeat(100_000)}x`,
  `${'1 '.repeat(50_000)}x`,
  `${'a@'.repeat(20_000)}.x`,
  `${'Mr. '.repeat(20_000)}Anna Berg`,
  '\u202Egnp.exe\u202C Anna',
  'An\u200Bna\u200C\u200D\uFEFF Berg',
  '\u2066Berg\u2069\u0000\u0007',
  '__proto__',
  'constructor',
  '',
  ' \n\t ',
  '--',
  '😀'.repeat(300),
  '9'.repeat(30),
  'javascript:alert(1)',
  'mailto:<b>x</b>@y.z',
  '2025-03-14T09:30:00Z',
  '1741600800000',
  'EMAIL_OPEN',
  'property-input-email',
  'sfdc:RecordField.Lead.Email',
  'emailaddress1.fieldControl-mail-text-input',
  'field-email',
  'value_Email',
  'E-mail',
  'slds-timeline__item_call',
];

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/** Every element of the page, shadow trees included. */
function allElements(doc: Document): Element[] {
  const elements: Element[] = [];
  walkDeep(doc, (el) => {
    elements.push(el);
    return undefined;
  });
  return elements;
}

/** Whether `node` is `el` or inside it, shadow trees included (`contains` stops at a shadow root). */
function composedContains(el: Element, node: Node): boolean {
  for (let current: Node | null = node; current; ) {
    if (current === el) return true;
    current = current.parentNode ?? (current as Partial<ShadowRoot>).host ?? null;
  }
  return false;
}

function mutate(random: () => number, doc: Document): void {
  const el = pick(random, allElements(doc));
  if (!el || el === doc.documentElement || el === doc.body || el === doc.head) return;
  const hostile = pick(random, HOSTILE) ?? '';
  const roll = random();
  if (roll < 0.2) {
    el.remove();
  } else if (roll < 0.45) {
    const attribute = pick(random, el.attributes);
    if (attribute) el.setAttribute(attribute.name, random() < 0.6 ? hostile : [...attribute.value].reverse().join(''));
    else el.setAttribute(random() < 0.5 ? 'data-selenium-test' : 'field-label', hostile);
  } else if (roll < 0.55 && (el.tagName === 'INPUT' || el.tagName === 'TEXTAREA')) {
    (el as HTMLInputElement).value = hostile;
  } else if (roll < 0.65) {
    // Move the element somewhere else (another shadow tree, another section).
    const target = pick(random, allElements(doc));
    if (target && !composedContains(el, target)) target.appendChild(el);
  } else if (roll < 0.72 && !el.shadowRoot && el.tagName.includes('-')) {
    el.attachShadow({ mode: 'open' }).textContent = hostile;
  } else {
    el.textContent = hostile;
  }
}

function expectSafe(
  result: CrmCaptureResult,
  want: { kind: string; site: string; crm?: Record<string, string> },
): void {
  CaptureResultSchema.parse(result);
  expect({ kind: result.kind, site: result.site }).toEqual({ kind: want.kind, site: want.site });
  // The per-strategy try/catch is a safety net: no strategy should need it, even on hostile pages.
  expect(result.diagnostics.filter((d) => d.strategy.endsWith('-failed'))).toEqual([]);
  if (want.crm) {
    expect(result.crm).toMatchObject({
      recordId: want.crm.recordId,
      objectType: want.crm.objectType,
      entity: want.crm.entity,
    });
  } else {
    expect(result.crm).toBeUndefined();
  }
  expect(result.activities.length).toBeLessThanOrEqual(MAX_ACTIVITIES);
  const keys = new Set<string>();
  for (const activity of result.activities) {
    expect(activity.at).toMatch(ISO);
    expect(activity.dedupeKey.startsWith(`${result.site}:${want.crm?.recordId}:`)).toBe(true);
    expect(activity.dedupeKey.length).toBeLessThanOrEqual(300);
    expect(keys.has(activity.dedupeKey)).toBe(false);
    keys.add(activity.dedupeKey);
  }
  const texts = [
    ...Object.values(result.fields).filter((value): value is string => typeof value === 'string'),
    ...Object.values(result.crm ?? {}),
    ...result.activities.flatMap((activity) => [activity.detail ?? '', activity.dedupeKey]),
  ];
  for (const text of texts) {
    expect(text.length).toBeLessThanOrEqual(MAX_FIELD_LENGTH);
    expect(text).not.toMatch(MARKUP);
    expect(text).not.toMatch(INVISIBLE_OR_CONTROL);
  }
}

const ROUNDS = 15;

describe('CRM extraction survives hostile, broken pages', () => {
  test.each(crmCases.map((c, index) => ({ ...c, seed: 7000 + index })))(`$name (${ROUNDS} rounds)`, (want) => {
    const random = prng(want.seed);
    const doc = loadCrmPage(want.file);
    const url = new URL(want.url);
    for (let round = 0; round < ROUNDS; round++) {
      const steps = 1 + Math.floor(random() * 4);
      for (let step = 0; step < steps; step++) mutate(random, doc);
      expectSafe(extractFromPage(doc, url) as CrmCaptureResult, want);
    }
  });
});
