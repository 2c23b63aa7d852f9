import { INVISIBLE_OR_CONTROL, MARKUP, pick, prng } from '@/test/unit/fuzz';
import {
  fixtureCases,
  parseHtml,
  readFixture,
  readRealPage,
  realPageFiles,
  realPageUrl,
} from '../../test/fixtures/linkedin/pages';
import { extractFromPage } from '.';
import { CaptureResultSchema } from './schema';
import { type CaptureResult, MAX_FIELD_LENGTH } from './types';

/**
 * Every fixture and real page, mutated step by step (elements removed, attributes scrambled,
 * text and embedded JSON replaced by hostile strings), must still give a valid, safe result.
 */

const HOSTILE = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  '<<b>script>alert(1)<</b>/script>',
  'x'.repeat(100_000),
  // Long runs that make badly anchored regular expressions quadratic.
  `${' '.repeat(100_000)}x`,
  `${'1 '.repeat(50_000)}followers`,
  `${'. '.repeat(50_000)}|`,
  `Anna ${'Berg '.repeat(20_000)}`,
  '\u202Egnp.exe\u202C Anna',
  'An\u200Bna\u200C\u200D\uFEFF Berg',
  '\u2066Berg\u2069\u0000\u0007',
  'Current company: <b>Evil</b>. Click to skip to experience card',
  '__proto__',
  'constructor',
  '',
  ' \n\t ',
  '😀'.repeat(300),
  '9'.repeat(30),
  'javascript:alert(1)',
  '{"@type":"Person","name":"<svg onload=alert(1)>"}',
];

/** Elements that extractors read, so mutations hit them more often than chance would. */
const TARGETS =
  'h1, h2, p, span, a, button, dd, dt, code, title, meta, li, script[type="application/ld+json"], [data-anonymize], [componentkey], [aria-label]';

/** Replaces some string values of a JSON text with hostile strings; breaks the JSON now and then. */
function poisonJson(random: () => number, text: string): string {
  if (random() < 0.2) return text.slice(0, Math.floor(random() * text.length));
  try {
    return JSON.stringify(JSON.parse(text), (_key, value) =>
      typeof value === 'string' && random() < 0.3 ? pick(random, HOSTILE) : value,
    );
  } catch {
    return text;
  }
}

/**
 * Applies one change to an element still in the page; false when the pick changed nothing (an
 * attribute reversed into itself, text replaced by the same text), so the caller can pick again.
 */
function tryMutate(random: () => number, doc: Document, targets: ArrayLike<Element>): boolean {
  const el = random() < 0.7 ? pick(random, targets) : pick(random, doc.getElementsByTagName('*'));
  if (!el?.isConnected || el === doc.documentElement || el === doc.body || el === doc.head) return false;
  const hostile = pick(random, HOSTILE) ?? '';
  const roll = random();
  if (roll < 0.25) {
    el.remove();
    return true;
  }
  if (roll < 0.5) {
    const attribute = pick(random, el.attributes);
    const name = attribute?.name ?? 'aria-label';
    const before = el.getAttribute(name);
    const after = attribute && random() >= 0.5 ? [...attribute.value].reverse().join('') : hostile;
    el.setAttribute(name, after);
    return after !== before;
  }
  const before = el.textContent ?? '';
  el.textContent =
    roll < 0.75 && (el.tagName === 'CODE' || el.tagName === 'SCRIPT') ? poisonJson(random, before) : hostile;
  return el.textContent !== before;
}

/**
 * Changes the page once: an element removed, an attribute scrambled, text or JSON poisoned; on a
 * page worn down to nothing, a hostile element added. So every counted mutation is a real change.
 */
function mutate(random: () => number, doc: Document, targets: ArrayLike<Element>): void {
  for (let attempt = 0; attempt < 20; attempt++) if (tryMutate(random, doc, targets)) return;
  const el = doc.createElement(pick(random, ['h1', 'p', 'span', 'code']) ?? 'p');
  el.textContent = pick(random, HOSTILE) ?? '';
  el.setAttribute('aria-label', pick(random, HOSTILE) ?? '');
  doc.body.append(el);
}

function expectSafe(result: CaptureResult): void {
  CaptureResultSchema.parse(result);
  // The per-strategy try/catch is a safety net: no strategy should need it, even on hostile pages.
  expect(result.diagnostics.filter((d) => d.strategy.endsWith('-failed'))).toEqual([]);
  const texts = [
    ...Object.values(result.fields).filter((value): value is string => typeof value === 'string'),
    ...result.activities.flatMap((activity) => [activity.detail ?? '', activity.dedupeKey]),
  ];
  for (const text of texts) {
    expect(text.length).toBeLessThanOrEqual(MAX_FIELD_LENGTH);
    expect(text).not.toMatch(MARKUP);
    expect(text).not.toMatch(INVISIBLE_OR_CONTROL);
  }
}

interface Page {
  name: string;
  html: () => string;
  url: (doc: Document) => URL;
  /** Extractions, each after `steps` more mutations of the same page. */
  rounds: number;
  steps: number;
  /** Rounds between fresh parses, so mutations also hit a page that is still mostly whole. */
  reparseEvery: number;
}

// Small fixtures parse in milliseconds: many rounds, a fresh page every few. Real pages are up to
// 1.3 MB, slow to parse and extract in jsdom: fewer rounds, more mutations each, one fresh parse.
const pages: Page[] = [
  ...fixtureCases.map((c) => ({
    name: `fixture ${c.file} at ${c.url}`,
    html: () => readFixture(c.file),
    url: () => new URL(c.url),
    rounds: 100,
    steps: 3,
    reparseEvery: 10,
  })),
  ...realPageFiles().map((file) => ({
    name: `real page ${file}`,
    html: () => readRealPage(file),
    url: (doc: Document) => realPageUrl(file, doc),
    rounds: 40,
    steps: 8,
    reparseEvery: 20,
  })),
];

/** Fixed by the table above: every step is one real change (see mutate), every round one extraction. */
const EXTRACTIONS = pages.reduce((sum, page) => sum + page.rounds, 0);
const MUTATIONS = pages.reduce((sum, page) => sum + page.rounds * page.steps, 0);

describe(`extraction survives hostile, broken pages (${MUTATIONS} mutations, ${EXTRACTIONS} extractions)`, () => {
  test.each(pages.map((page, index) => ({ ...page, seed: 1000 + index })))(
    '$name ($rounds extractions x $steps mutations)',
    ({ html, url, rounds, steps, reparseEvery, seed }) => {
      const random = prng(seed);
      const source = html();
      let doc = parseHtml(source);
      const pageUrl = url(doc);
      for (let round = 0; round < rounds; round++) {
        if (round > 0 && round % reparseEvery === 0) doc = parseHtml(source);
        const targets = doc.querySelectorAll(TARGETS);
        for (let step = 0; step < steps; step++) mutate(random, doc, targets);
        expectSafe(extractFromPage(doc, pageUrl));
      }
    },
  );

  test.each([
    ['spaces', `${' '.repeat(30_000)}x`],
    ['digits and spaces', `${'1 '.repeat(15_000)}followers`],
    ['dots and spaces', `${'. '.repeat(15_000)}|`],
    ['dashes', `${' - '.repeat(10_000)}| LinkedIn`],
  ])('stays fast with long runs of %s in every place extractors read', (_, value) => {
    const attr = value.replace(/"/g, '&quot;');
    const json = JSON.stringify(value);
    const html = `<html><head><title>${value}</title>
      <meta property="og:title" content="${attr}"><meta name="description" content="${attr}">
      <link rel="canonical" href="${attr}">
      <script type="application/ld+json">{"@graph":[{"@type":"Person","name":${json},"jobTitle":[${json}],"address":{"addressLocality":${json},"addressCountry":${json}}},{"@type":"Organization","name":${json},"sameAs":${json}}]}</script>
      </head><body><main><h1 class="text-heading-xlarge">${value}</h1>
      <div class="text-body-medium break-words">${value}</div>
      <button aria-label="Current company: ${attr}">x</button>
      <div componentkey="xTopcard"><h2>${value}</h2><p>${value}</p><p>${value}</p></div>
      <h3 class="top-card-layout__first-subline">${value}</h3>
      <div data-test-id="about-us__size"><dd>${value}</dd></div>
      <span data-anonymize="location">${value}</span></main></body></html>`;
    const doc = parseHtml(html);
    for (const url of [
      'https://www.linkedin.com/in/anna-berg/',
      'https://www.linkedin.com/company/tulpveld/',
      'https://www.linkedin.com/sales/lead/ACwAAB1,NAME_SEARCH,x',
    ]) {
      const start = performance.now();
      expectSafe(extractFromPage(doc, new URL(url)));
      expect(performance.now() - start).toBeLessThan(2000);
    }
  });

  test('hostile values reach the extractors and come out clean', () => {
    const name = '<script>alert(1)</script>\u202EAnna\u200B Berg';
    // Escaped as LinkedIn does, so "</script>" in a value cannot end the script element.
    const jsonLd = JSON.stringify({
      '@context': 'http://schema.org',
      '@graph': [{ '@type': 'Person', name, jobTitle: ['x'.repeat(100_000)], worksFor: [{ name: '<b>Evil</b> AB' }] }],
    }).replace(/</g, '\\u003c');
    const doc = parseHtml(
      `<html><head><script type="application/ld+json">${jsonLd}</script></head><body></body></html>`,
    );
    const result = extractFromPage(doc, new URL('https://www.linkedin.com/in/anna-berg/'));
    expectSafe(result);
    expect(result.fields).toMatchObject({ name: 'Anna Berg', company: 'Evil AB', title: 'x'.repeat(MAX_FIELD_LENGTH) });
  });
});
