import fc from 'fast-check';
import Papa from 'papaparse';
import { withoutInvisible } from '@/lib/capture/sanitize';
import { type AnswerRecord, type LeadRecord, STAGES } from '@/lib/db/records';
import { detectColumns, type LeadField, PRESET_HEADERS, PRESETS } from '@/lib/io/columnMapping';
import { EXPORT_FORMATS, exportLeadsCsv } from '@/lib/io/csvExport';
import { type CsvInput, parseLeadsCsv, previewRows, readCsvSample } from '@/lib/io/csvImport';
import type { ParsedLead, RowError } from '@/lib/io/csvRows';
import { INVISIBLE_OR_CONTROL } from '../fuzz';
import { storedLead } from '../leadFixtures';

/**
 * The CSV importer under random bytes and hostile text (quotes, line breaks, delimiters, byte order
 * marks, NUL, lone surrogates, Latin-1 bytes, 1 MB cells, formulas) below a CRM's header, read as
 * the import dialog does: sample, detected mapping, preview, parse. Whatever comes in, every step
 * resolves in time and every refusal names a line of the file and says why. And whatever the
 * exporter writes re-imports to the same values, with no cell a spreadsheet would run as a formula.
 */

const SEED = 4242;
const RUNS = { bytes: 500, hostile: 1500, neutralized: 500, roundTrip: 1000 };
/** Far more than any of these small inputs needs: longer means a hang. */
const LIMIT_MS = 5000;

async function inTime<T>(promise: Promise<T>): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${LIMIT_MS} ms`)), LIMIT_MS);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Physical lines as the importer counts them (header = line 1; \r\n, \r and \n each end one). */
const lineCount = (text: string) => 1 + (text.match(/\r\n|\r|\n/g)?.length ?? 0);

function expectExplained(errors: readonly RowError[], lines: number): void {
  expect(errors.length).toBeGreaterThan(0);
  for (const error of errors) {
    expect(Number.isInteger(error.line) && error.line >= 1 && error.line <= lines, `line ${error.line}`).toBe(true);
    expect(error.message.trim()).not.toBe('');
  }
}

const EMAIL = /^[^\s@]+@[^\s@]+$/;

/**
 * The importer's promises about a lead: trimmed values within the field limit with no control,
 * zero-width or bidi-override characters (cleaned as captured text is), a name or an email, a
 * lower-case email, an ISO country, a whole employee count, a known stage.
 */
function expectLead(lead: ParsedLead, lines: number): void {
  expect(lead.line >= 2 && lead.line <= lines, `line ${lead.line}`).toBe(true);
  const { fields } = lead;
  expect(fields.name !== undefined || fields.email !== undefined).toBe(true);
  for (const value of Object.values(fields)) {
    if (typeof value !== 'string') continue;
    expect(value).toBe(value.trim());
    expect(value.length >= 1 && value.length <= 500).toBe(true);
    expect(value).not.toMatch(INVISIBLE_OR_CONTROL);
  }
  if (fields.email !== undefined) {
    expect(fields.email).toMatch(EMAIL);
    expect(fields.email).toBe(fields.email.toLowerCase());
  }
  if (fields.country !== undefined) expect(fields.country).toMatch(/^[A-Z]{2}$/);
  if (fields.companySize !== undefined) {
    expect(Number.isInteger(fields.companySize)).toBe(true);
    expect(fields.companySize).toBeGreaterThanOrEqual(0);
    expect(fields.companySize).toBeLessThanOrEqual(10_000_000);
  }
  if (lead.stage !== undefined) expect(STAGES).toContain(lead.stage);
}

/** The import dialog's steps on one input: none may throw, reject or hang, and each result is explained. */
async function importAsTheDialogDoes(input: CsvInput, text: string): Promise<void> {
  const lines = lineCount(text);
  const sample = await inTime(readCsvSample(input, 5));
  if (!sample.ok) {
    expectExplained(sample.errors, lines);
    return;
  }
  expect(sample.line >= 1 && sample.line <= lines).toBe(true);
  const { mapping } = detectColumns(sample.headers);
  for (const row of previewRows(sample.headers, sample.rows, mapping)) {
    if ('lead' in row) expectLead(row.lead, lines);
    else expectExplained(row.errors, lines);
  }
  const result = await inTime(parseLeadsCsv(input, mapping));
  if (!result.ok) {
    expectExplained(result.errors, lines);
    for (const error of result.errors) {
      if (error.message === 'there are no rows below the header') expect(error.line).toBe(sample.line + 1);
    }
    return;
  }
  expect(result.rows.length).toBeGreaterThan(0);
  for (const lead of result.rows) expectLead(lead, lines);
  for (const { line, into } of result.merged) expect(into >= 2 && into < line && line <= lines).toBe(true);
}

const IDENTITY: readonly (LeadField | null)[] = ['name', 'firstName', 'lastName', 'email'];

/**
 * A CRM export's header: a name or email column and more of the same CRM's, any delimiter and line
 * end, maybe after a byte order mark and blank lines.
 */
const header = fc
  .record({
    preset: fc.constantFrom(...PRESETS),
    identity: fc.nat(),
    more: fc.array(fc.nat(), { maxLength: 6 }),
    delimiter: fc.constantFrom(',', ';', '\t'),
    lineEnd: fc.constantFrom('\r\n', '\n', '\r'),
    bom: fc.boolean(),
    blankLines: fc.constantFrom('', '', '\n', '\r\n\r\n'),
  })
  .map(({ preset, identity, more, delimiter, lineEnd, bom, blankLines }) => {
    const table = PRESET_HEADERS[preset];
    const ids = table.filter(([, field]) => IDENTITY.includes(field));
    const names = [ids[identity % ids.length], ...more.map((i) => table[i % table.length])].map((h) => h?.[0] ?? '');
    const columns = [...new Set(names)];
    const text = `${bom ? '\uFEFF' : ''}${blankLines}${columns.join(delimiter)}${lineEnd}`;
    return { delimiter, columns: columns.length, text };
  });

const FORMULAS = ["=cmd|' /C calc'!A0", '=HYPERLINK("https://evil.example","x")', '+1+1', '-2+3', '@SUM(A1:A9)'];

/** Values of the columns a CRM export has, good and bad. */
const VALUES = [
  'Ana Popescu',
  'VP Sales',
  'ana@x.ro',
  'ANA@X.RO',
  'jan@',
  'NL',
  'Netherlands',
  'Narnia',
  '250',
  '1,200',
  '51-200',
  '99999999999',
  'mql',
  'Marketing Qualified Lead',
  'constructor',
  '__proto__',
  'https://www.linkedin.com/in/ana/',
];

/** Text that CSV readers get wrong. */
const piece = fc.oneof(
  { weight: 10, arbitrary: fc.constantFrom('"', '""', '"x""y"', ',', ';', '\t', '\r', '\n', '\r\n', ' ', "'") },
  { weight: 6, arbitrary: fc.constantFrom(...FORMULAS, '=', '+', '-', '@', "'=") },
  { weight: 6, arbitrary: fc.constantFrom('\uFEFF', '\u0000', '\uD800', '\uDC00', '\u202E', '\u200B', '\u00FF', 'é') },
  { weight: 6, arbitrary: fc.constantFrom(...VALUES) },
  { weight: 4, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) },
  { weight: 2, arbitrary: fc.constant('x'.repeat(600)) },
);
const hostileText = fc.array(piece, { minLength: 1, maxLength: 4 }).map((pieces) => pieces.join(''));

/** A plain value, hostile text quoted as a CSV writer would, or hostile text as a broken writer leaves it. */
const cell = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom('', ...VALUES) },
  { weight: 3, arbitrary: hostileText.map((text) => `"${text.replaceAll('"', '""')}"`) },
  { weight: 3, arbitrary: hostileText },
);

/** A header and rows of as many cells; in one input of about fifty, a 1 MB cell somewhere. */
const hostileCsv = header.chain((head) =>
  fc
    .record({
      rows: fc.array(fc.array(cell, { minLength: head.columns, maxLength: head.columns }), {
        minLength: 1,
        maxLength: 4,
      }),
      lineEnd: fc.constantFrom('\r\n', '\n', '\r'),
      huge: fc.oneof({ weight: 49, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: fc.nat() }),
    })
    .map(({ rows, lineEnd, huge }) => {
      const body = rows.map((cells) => cells.join(head.delimiter)).join(lineEnd);
      const at = huge === null ? -1 : huge % (body.length + 1);
      return head.text + (at < 0 ? body : `${body.slice(0, at)}${'y'.repeat(1 << 20)}${body.slice(at)}`);
    }),
);

/** The same text as the app may get it: a string, UTF-8 bytes, Latin-1 bytes, or UTF-8 with a stray 0xFF byte. */
type Encoding = 'string' | 'utf-8' | 'latin-1' | 'utf-8 with 0xFF';
const encoding = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom<Encoding>('string', 'utf-8') },
  { weight: 1, arbitrary: fc.constantFrom<Encoding>('latin-1', 'utf-8 with 0xFF') },
);

function encode(text: string, encoding: Encoding, at: number): { input: CsvInput; text: string } {
  if (encoding === 'string') return { input: text, text };
  let bytes: Uint8Array<ArrayBuffer>;
  if (encoding === 'latin-1') {
    bytes = new Uint8Array(text.length);
    for (let i = 0; i < text.length; i++) bytes[i] = Math.min(text.charCodeAt(i), 0xff);
  } else {
    bytes = new TextEncoder().encode(text);
    if (encoding === 'utf-8 with 0xFF') {
      const cut = at % (bytes.length + 1);
      const spliced = new Uint8Array(bytes.length + 1);
      spliced.set(bytes.subarray(0, cut));
      spliced[cut] = 0xff;
      spliced.set(bytes.subarray(cut), cut + 1);
      bytes = spliced;
    }
  }
  return { input: new Blob([bytes]), text: new TextDecoder().decode(bytes) };
}

/** Lead text as a user or a capture may leave it: formulas, quotes, delimiters, line breaks, odd characters. */
const leadText = fc
  .array(fc.oneof(piece, fc.string({ maxLength: 12 })), { minLength: 1, maxLength: 5 })
  .map((pieces) => pieces.join('').slice(0, 500));

const TEXT_FIELDS = ['name', 'title', 'company', 'phone', 'location', 'industry', 'website'] as const;

/** Leads with the given text fields; one email each (some that look like formulas), so none are merged. */
function leadsOf(texts: readonly (string | null)[][], i = 0): LeadRecord[] {
  return texts.map((values, index) => {
    const fields = Object.fromEntries(TEXT_FIELDS.map((field, f) => [field, values[f] ?? undefined]));
    return storedLead({
      id: `lead-${index}`,
      ...fields,
      email: `${['', '-', '+', "'-", "'+"][(index + i) % 5]}lead${index}@example.com`,
      linkedinUrl: index % 2 ? `https://www.linkedin.com/in/lead-${index}/` : undefined,
      headline: undefined,
    });
  });
}

const leadValues = (text: fc.Arbitrary<string>) =>
  fc.array(fc.array(fc.option(text), { minLength: TEXT_FIELDS.length, maxLength: TEXT_FIELDS.length }), {
    minLength: 1,
    maxLength: 4,
  });

describe('CSV import under fuzz', () => {
  test(`random bytes after a CRM header (${RUNS.bytes} runs)`, async () => {
    // Any bytes, or ASCII bytes (control characters included), which pass the UTF-8 check.
    const bytes = fc.oneof(fc.uint8Array({ maxLength: 2000 }), fc.uint8Array({ max: 0x7f, maxLength: 2000 }));
    await fc.assert(
      fc.asyncProperty(header, bytes, async ({ text }, random) => {
        const file = new Uint8Array([...new TextEncoder().encode(text), ...random]);
        await importAsTheDialogDoes(new Blob([file]), new TextDecoder().decode(file));
      }),
      { seed: SEED, numRuns: RUNS.bytes },
    );
  });

  test(`hostile rows below a CRM header, as text and as bytes (${RUNS.hostile} runs)`, async () => {
    await fc.assert(
      fc.asyncProperty(hostileCsv, encoding, fc.nat(), async (csv, how, at) => {
        const { input, text } = encode(csv, how, at);
        await importAsTheDialogDoes(input, text);
      }),
      { seed: SEED + 1, numRuns: RUNS.hostile },
    );
  });
});

describe('CSV export under fuzz', () => {
  const FORMULA_START = /^[=+\-@\t\r]/;
  const BANT_ITEMS = ['budget', 'authority', 'need', 'timeline'];

  test(`no cell starts a formula, whatever the lead and answers hold (${RUNS.neutralized} runs)`, () => {
    fc.assert(
      fc.property(
        leadValues(leadText),
        fc.array(leadText, { maxLength: 4 }),
        fc.constantFrom(...EXPORT_FORMATS),
        (values, answerTexts, format) => {
          const leads = leadsOf(values);
          const answers: AnswerRecord[] = answerTexts.map((answer, i) => ({
            id: `lead-0:bant:${BANT_ITEMS[i]}`,
            leadId: 'lead-0',
            framework: 'bant',
            item: BANT_ITEMS[i] as string,
            status: 'met',
            answer,
            answeredAt: 0,
          }));
          const csv = exportLeadsCsv(leads, new Map([['lead-0', answers]]), format);
          const [, ...rows] = Papa.parse<string[]>(csv, { delimiter: ',', newline: '\r\n' }).data;
          expect(rows).toHaveLength(leads.length);
          for (const cell of rows.flat()) expect(cell).not.toMatch(FORMULA_START);
        },
      ),
      { seed: SEED + 2, numRuns: RUNS.neutralized },
    );
  });

  test(`what is exported re-imports to the same values (${RUNS.roundTrip} runs)`, async () => {
    // Values as LeadLens stores them: cleaned of control and bidi characters (capture and import
    // both do that) and trimmed.
    const trimmed = leadText.map((text) => withoutInvisible(text).trim()).filter((text) => text !== '');
    await fc.assert(
      fc.asyncProperty(leadValues(trimmed), fc.constantFrom(...EXPORT_FORMATS), fc.nat(), async (values, format, i) => {
        const leads = leadsOf(values, i).map((lead, index) => ({
          ...lead,
          country: [undefined, 'NL', 'RO', 'CI', 'US'][(index + i) % 5],
          companySize: (index + i) % 3 ? undefined : i % 10_000_001,
          stage: STAGES[(index + i) % STAGES.length] ?? 'lead',
        }));
        const csv = exportLeadsCsv(leads, new Map(), format);
        const sample = await readCsvSample(csv, 0);
        if (!sample.ok) throw new Error(JSON.stringify(sample.errors));
        const result = await parseLeadsCsv(csv, detectColumns(sample.headers).mapping);
        if (!result.ok) throw new Error(JSON.stringify(result.errors));
        // CRMs that split the name into first and last join it again with a single space.
        const splitsName = format === 'hubspot' || format === 'salesforce';
        const expected = leads.map((lead) => ({
          stage: lead.stage,
          fields: Object.fromEntries(
            (
              [
                'name',
                'email',
                'title',
                'company',
                'phone',
                'location',
                'country',
                'companySize',
                'industry',
                'website',
                'linkedinUrl',
              ] as const
            ).flatMap((k) => {
              const value = k === 'name' && splitsName ? lead.name?.split(/\s+/).join(' ') : lead[k];
              return value === undefined ? [] : [[k, value]];
            }),
          ),
        }));
        expect(result.merged).toEqual([]);
        expect(result.rows.map(({ stage, fields }) => ({ stage, fields }))).toEqual(expected);
      }),
      { seed: SEED + 3, numRuns: RUNS.roundTrip },
    );
  });
});
