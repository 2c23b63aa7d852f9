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

/**
 * Applies one change to a page element; false when the pick changed nothing (an attribute
 * reversed into itself, a value or text replaced by the same, an element moved where it was),
 * so the caller can pick again.
 */
function tryMutate(random: () => number, doc: Document, elements: readonly Element[]): boolean {
  const el = pick(random, elements);
  if (!el?.isConnected || el === doc.documentElement || el === doc.body || el === doc.head) return false;
  const hostile = pick(random, HOSTILE) ?? '';
  const roll = random();
  if (roll < 0.2) {
    el.remove();
    return true;
  }
  if (roll < 0.45) {
    const attribute = pick(random, el.attributes);
    const name = attribute?.name ?? (random() < 0.5 ? 'data-selenium-test' : 'field-label');
    const before = el.getAttribute(name);
    const after = attribute && random() >= 0.6 ? [...attribute.value].reverse().join('') : hostile;
    el.setAttribute(name, after);
    return after !== before;
  }
  if (roll < 0.55 && (el.tagName === 'INPUT' || el.tagName === 'TEXTAREA')) {
    const input = el as HTMLInputElement;
    const before = input.value;
    input.value = hostile;
    return input.value !== before;
  }
  if (roll < 0.65) {
    // Move the element somewhere else (another shadow tree, another section).
    const target = pick(random, elements);
    if (!target?.isConnected || composedContains(el, target) || target.lastElementChild === el) return false;
    target.appendChild(el);
    return true;
  }
  if (roll < 0.72 && !el.shadowRoot && el.tagName.includes('-')) {
    el.attachShadow({ mode: 'open' }).textContent = hostile;
    return true;
  }
  const before = el.textContent ?? '';
  el.textContent = hostile;
  return el.textContent !== before;
}

/**
 * Changes the page once (see tryMutate); on a page worn down to nothing, a hostile element is
 * added. So every counted mutation is a real change.
 */
function mutate(random: () => number, doc: Document): void {
  const elements = allElements(doc);
  for (let attempt = 0; attempt < 20; attempt++) if (tryMutate(random, doc, elements)) return;
  const el = doc.createElement(pick(random, ['span', 'input', 'lightning-formatted-text']) ?? 'span');
  el.setAttribute('field-label', pick(random, HOSTILE) ?? '');
  el.textContent = pick(random, HOSTILE) ?? '';
  doc.body.append(el);
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

/** Extractions per fixture, each after STEPS more mutations of the same page. */
const ROUNDS = 100;
const STEPS = 3;
/** Rounds between fresh loads, so mutations also hit a page that is still mostly whole. */
const RELOAD_EVERY = 10;
/** Fixed by the constants above: every step is one real change (see mutate), every round one extraction. */
const EXTRACTIONS = crmCases.length * ROUNDS;
const MUTATIONS = EXTRACTIONS * STEPS;

describe(`CRM extraction survives hostile, broken pages (${MUTATIONS} mutations, ${EXTRACTIONS} extractions)`, () => {
  test.each(crmCases.map((c, index) => ({ ...c, seed: 7000 + index })))(
    `$name (${ROUNDS} extractions x ${STEPS} mutations)`,
    (want) => {
      const random = prng(want.seed);
      let doc = loadCrmPage(want.file);
      const url = new URL(want.url);
      for (let round = 0; round < ROUNDS; round++) {
        if (round > 0 && round % RELOAD_EVERY === 0) doc = loadCrmPage(want.file);
        for (let step = 0; step < STEPS; step++) mutate(random, doc);
        expectSafe(extractFromPage(doc, url) as CrmCaptureResult, want);
      }
    },
  );
});
