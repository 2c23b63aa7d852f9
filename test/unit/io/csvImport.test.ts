import { Blob as NodeBlob } from 'node:buffer';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { detectColumns } from '@/lib/io/columnMapping';
import { neutralizeFormula } from '@/lib/io/csvExport';
import {
  type CsvInput,
  type ParseProgress,
  parseLeadsCsv,
  previewRows,
  readCsvHeaders,
  readCsvSample,
} from '@/lib/io/csvImport';

const fixture = (name: string) => readFileSync(path.resolve(import.meta.dirname, '../../fixtures/csv', name));

/** Parses with the mapping detected from the file's own headers, as the import dialog starts. */
async function parse(input: CsvInput) {
  const headers = await readCsvHeaders(input);
  if (!headers.ok) throw new Error(JSON.stringify(headers.errors));
  return parseLeadsCsv(input, detectColumns(headers.headers).mapping);
}

async function errorsOf(input: CsvInput) {
  const result = await parse(input);
  if (result.ok) throw new Error('expected errors');
  return result.errors;
}

describe('parseLeadsCsv on CRM exports', () => {
  it('reads a HubSpot contacts export: names joined, emails lower case, countries as ISO, sizes as numbers', async () => {
    const result = await parse(fixture('hubspot-contacts.csv').toString('utf8'));
    expect(result).toEqual({
      ok: true,
      merged: [],
      rows: [
        {
          line: 2,
          stage: 'mql',
          fields: {
            name: 'Ana Popescu',
            email: 'ana.popescu@carpathia.ro',
            phone: '+40 264 123 456',
            title: 'Director vânzări',
            company: 'Carpathia Software',
            country: 'RO',
            companySize: 250,
            industry: 'Computer Software',
          },
        },
        {
          line: 3,
          stage: 'lead',
          fields: {
            name: 'Jan de Vries',
            email: 'jan@acme.nl',
            phone: '+31 20 123 4567',
            title: 'VP Sales',
            company: 'Acme BV',
            country: 'NL',
            companySize: 1200,
            industry: 'Computer Software',
          },
        },
        {
          // HubSpot's "Other" lifecycle stage says nothing: no stage.
          line: 4,
          fields: {
            name: 'Karin Lindqvist',
            email: 'karin@nordhavn.se',
            title: 'Head of Marketing',
            company: 'Nordhavn AB',
            country: 'SE',
            companySize: 51,
            companySizeBand: '51-200',
            industry: 'Logistics',
          },
        },
      ],
    });
  });

  it('reads a Salesforce export with a byte order mark and CRLF line ends', async () => {
    const file = fixture('salesforce-leads.csv');
    const headers = await readCsvHeaders(file.toString('utf8'));
    expect(headers).toMatchObject({ ok: true, line: 1 });
    expect(headers.ok && headers.headers[0]).toBe('First Name');
    const result = await parse(new Blob([file]));
    expect(result.ok && result.rows.map((r) => [r.line, r.fields.name, r.fields.company, r.fields.country])).toEqual([
      [2, 'Piotr Nowak', 'Wisła Tech sp. z o.o.', 'PL'],
      [3, 'Sofia Berg', 'Berg & Söner, AB', 'SE'],
    ]);
  });

  it('reads a Pipedrive people export', async () => {
    const result = await parse(fixture('pipedrive-people.csv').toString('utf8'));
    expect(result.ok && result.rows.map((r) => r.fields)).toEqual([
      {
        name: 'Ines Carvalho',
        email: 'ines@lisboa-digital.pt',
        phone: '+351 21 000 1234',
        company: 'Lisboa Digital',
        title: 'Head of Growth',
      },
      { name: 'Marek Dvořák', email: 'marek@brno-soft.cz', company: 'Brno Soft s.r.o.', title: 'CTO' },
    ]);
  });

  it('reports the physical lines of bad rows in a semicolon file from Excel (BOM, CRLF, a multi-line note)', async () => {
    for (const input of [fixture('semicolon-excel.csv').toString('utf8'), new Blob([fixture('semicolon-excel.csv')])]) {
      expect(await errorsOf(input)).toEqual([
        { line: 5, column: 'Email', message: '"jan@@acme" is not an email address' },
        {
          line: 6,
          column: 'Country',
          message: 'unknown country "Narnia": use an ISO code like NL or a name like Netherlands',
        },
      ]);
    }
  });
});

describe('parseLeadsCsv errors', () => {
  const megabyte = 'x'.repeat(1 << 20);
  it.each<[string, string, { line: number; column?: string; message: string }[]]>([
    [
      'a bad row after a quoted cell spanning three lines',
      'Name,Email,Title\nAna,ana@x.ro,"VP\nSales\nEMEA"\nJan,not-an-email,CTO\n',
      [{ line: 5, column: 'Email', message: '"not-an-email" is not an email address' }],
    ],
    [
      'CRLF line ends and a quoted CRLF',
      'Name,Email,Title\r\nAna,ana@x.ro,"VP\r\nSales"\r\nJan,jan@,CTO\r\n',
      [{ line: 4, column: 'Email', message: '"jan@" is not an email address' }],
    ],
    [
      'blank lines count as lines',
      'Name,Email\n\nAna,ana@x.ro\n\n\nJan,jan@\n',
      [{ line: 6, column: 'Email', message: '"jan@" is not an email address' }],
    ],
    [
      'neither name nor email',
      'Name,Email,Title\nAna,ana@x.ro,CTO\n,,VP Sales\n',
      [{ line: 3, message: 'a lead needs a name or an email address' }],
    ],
    [
      'employee count that is not a number',
      'Name,Employees\nAna,about fifty\nJan,"1,200"\nKarin,123456789\n',
      [
        { line: 2, column: 'Employees', message: '"about fifty" is not a number of employees' },
        { line: 4, column: 'Employees', message: '"123456789" is not a number of employees' },
      ],
    ],
    [
      'unknown country code and name',
      'Name,Country\nAna,XX\nJan,Netherlands\nKarin,Sverige\nPiotr,Atlantis\n',
      [
        {
          line: 2,
          column: 'Country',
          message: 'unknown country "XX": use an ISO code like NL or a name like Netherlands',
        },
        {
          line: 5,
          column: 'Country',
          message: 'unknown country "Atlantis": use an ISO code like NL or a name like Netherlands',
        },
      ],
    ],
    [
      'a one-megabyte cell',
      `Name,Title\nAna,"${megabyte}"\n`,
      [{ line: 2, column: 'Title', message: `longer than 500 characters (${1 << 20})` }],
    ],
    [
      'first and last name too long together',
      `First Name,Last Name\nAna,Popescu\n${'a'.repeat(300)},${'b'.repeat(300)}\n`,
      [{ line: 3, message: 'first and last name together are longer than 500 characters' }],
    ],
    [
      'an unknown stage',
      'Name,Lifecycle Stage\nAna,Marketing Qualified Lead\nJan,Prospect-ish\n',
      [
        {
          line: 3,
          column: 'Lifecycle Stage',
          message:
            'unknown stage "Prospect-ish": use one of lead, mql, sql, opportunity, customer, lost, disqualified, nurture',
        },
      ],
    ],
    [
      'a LinkedIn URL that is not a profile',
      'Name,LinkedIn URL\nAna,https://www.linkedin.com/company/acme\n',
      [
        {
          line: 2,
          column: 'LinkedIn URL',
          message: '"https://www.linkedin.com/company/acme" is not a LinkedIn profile URL (linkedin.com/in/...)',
        },
      ],
    ],
    [
      'a quote never closed (reported where it opens)',
      'Name,Title\nAna,CTO\nJan,"VP\nKarin,CEO\n',
      [{ line: 3, message: 'a quoted cell is never closed (a " is missing)' }],
    ],
    [
      'text after a closing quote',
      'Name,Title\nAna,"CTO" of Acme\n',
      [{ line: 2, message: 'a quoted cell has text after its closing quote' }],
    ],
    [
      'more cells than the header',
      'Name,Email\nAna,ana@x.ro,extra\nJan,jan@x.nl,\n',
      [{ line: 2, message: 'the row has 3 cells, the header has 2' }],
    ],
    [
      'fewer cells than the header',
      'Name,Email,Title\nAna,ana@x.ro\n',
      [{ line: 2, message: 'the row has 2 cells, the header has 3' }],
    ],
    ['a header and nothing else', 'Name,Email\n', [{ line: 2, message: 'there are no rows below the header' }]],
    ['an empty file', '', [{ line: 1, message: 'the file is empty' }]],
  ])('%s', async (_, csv, errors) => {
    const result = await parseLeadsCsv(csv, detectColumns(csv.split(/\r?\n/)[0]?.split(',') ?? []).mapping);
    expect(result).toEqual({ ok: false, errors });
  });

  // Found by csvFuzz.test.ts.
  it.each<[string, string, { line: number; column?: string; message: string }[]]>([
    [
      'CR line ends after a CRLF header (the \\r\\n is one line break)',
      'Name,Email\r\n\rAna,ana@x.ro\rJan,jan@\r',
      [{ line: 4, column: 'Email', message: '"jan@" is not an email address' }],
    ],
    [
      'a CR before a CRLF line end (two line breaks)',
      'Name,Email\r\nAna,ana@x.ro\r\r\nJan,jan@\r\n',
      [{ line: 4, column: 'Email', message: '"jan@" is not an email address' }],
    ],
    ['blank lines before the header', '\n\nName,Email\n', [{ line: 4, message: 'there are no rows below the header' }]],
  ])('counts physical lines with %s', async (_, csv, errors) => {
    for (const input of [csv, new Blob([csv])]) expect(await errorsOf(input)).toEqual(errors);
  });

  it('counts a CRLF cut by a slice boundary as one line break', async () => {
    const filler = 'Filler,filler@x.ro\r\n';
    let text = 'Name,Email\r\n';
    while (text.length + filler.length + 40 < 1 << 20) text += filler;
    // A row padded so that its \r is the last byte of the first 1 MiB slice and its \n the first of the next.
    const end = ',pad@x.ro\r';
    text += `${'P'.repeat((1 << 20) - text.length - end.length)}${end}\nJan,jan@\r\n`;
    expect(text.indexOf('\nJan')).toBe(1 << 20);
    expect(await parseLeadsCsv(new Blob([text]), ['name', 'email'])).toEqual({
      ok: false,
      errors: [{ line: text.split('\r\n').length - 1, column: 'Email', message: '"jan@" is not an email address' }],
    });
  });

  it('reports every bad row, with every bad cell, and returns no rows', async () => {
    const csv = [
      'Name,Email,Country,Employees',
      'Ana,ana@x.ro,RO,50',
      'Jan,jan@,Atlantis,many',
      'Karin,karin@x.se,SE,10',
      ',,,',
      ',not-an-email,,',
    ].join('\n');
    expect(await errorsOf(csv)).toEqual([
      { line: 3, column: 'Email', message: '"jan@" is not an email address' },
      {
        line: 3,
        column: 'Country',
        message: 'unknown country "Atlantis": use an ISO code like NL or a name like Netherlands',
      },
      { line: 3, column: 'Employees', message: '"many" is not a number of employees' },
      { line: 6, column: 'Email', message: '"not-an-email" is not an email address' },
    ]);
  });

  it('checks the mapping against the header before reading rows', async () => {
    const csv = 'Name,Email,Work Email\nAna,ana@x.ro,ana@work.ro\n';
    expect(await parseLeadsCsv(csv, ['name', 'email'])).toEqual({
      ok: false,
      errors: [{ line: 1, message: 'the mapping has 2 columns, the file has 3' }],
    });
    expect(await parseLeadsCsv(csv, ['name', 'email', 'email'])).toEqual({
      ok: false,
      errors: [{ line: 1, column: 'Work Email', message: 'another column already fills email' }],
    });
    expect(await parseLeadsCsv(csv, [null, null, null])).toEqual({
      ok: false,
      errors: [{ line: 1, message: 'map a column to the name or the email: a lead needs one of them' }],
    });
  });

  it('refuses a file that is not UTF-8', async () => {
    const latin1 = new Blob([new Uint8Array([0x4e, 0x61, 0x6d, 0x65, 0x0a, 0x4a, 0x6f, 0x73, 0xe9, 0x0a])]);
    expect(await parseLeadsCsv(latin1, ['name'])).toEqual({
      ok: false,
      errors: [{ line: 1, message: 'the file is not UTF-8 text: save it as "CSV UTF-8" and try again' }],
    });
  });
});

describe('parseLeadsCsv values', () => {
  it('lets the user override the detected mapping', async () => {
    const csv = 'Name,Notes\nAna,CTO\n';
    expect(await parseLeadsCsv(csv, ['name', 'title'])).toMatchObject({
      ok: true,
      rows: [{ fields: { name: 'Ana', title: 'CTO' } }],
    });
  });

  it('reads a file with a single column (no delimiter to detect)', async () => {
    expect(await parse('Email\nana@x.ro\njan@acme.nl\n')).toMatchObject({
      ok: true,
      rows: [
        { line: 2, fields: { email: 'ana@x.ro' } },
        { line: 3, fields: { email: 'jan@acme.nl' } },
      ],
    });
  });

  it('takes country names, local names, aliases and codes in any case', async () => {
    const csv = 'Name,Country\nA,nl\nB,Deutschland\nC,UK\nD,United States\nE,Côte d’Ivoire\nF, Polska \n';
    const result = await parse(csv);
    expect(result.ok && result.rows.map((r) => r.fields.country)).toEqual(['NL', 'DE', 'GB', 'US', 'CI', 'PL']);
  });

  it('reads thousands separators and size bands', async () => {
    const csv = 'Name,Employees\nA,"1,200"\nB,1.200\nC,1 200\nD,10000+\nE,11–50\n';
    const result = await parse(csv);
    expect(result.ok && result.rows.map((r) => [r.fields.companySize, r.fields.companySizeBand])).toEqual([
      [1200, undefined],
      [1200, undefined],
      [1200, undefined],
      [10000, '10000+'],
      [11, '11–50'],
    ]);
  });

  it('drops the apostrophe an export puts before formula characters', async () => {
    const result = await parse("Name,Phone,Title\nAna,'+40 264 123 456,'=Boss\n");
    expect(result.ok && result.rows[0]?.fields).toEqual({ name: 'Ana', phone: '+40 264 123 456', title: '=Boss' });
  });

  // Found by csvFuzz.test.ts.
  it('cleans cells as captured text is: no bidi overrides, zero-width or control characters', async () => {
    const result = await parse('Name,Title,Company\n\u202EAna\u200B Pop\u0007escu,VP\u0000Sales,"Acme\u2066 BV"\n');
    expect(result.ok && result.rows[0]?.fields).toEqual({
      name: 'Ana Pop escu',
      title: 'VP Sales',
      company: 'Acme BV',
    });
  });

  it('trims what an apostrophe hid: an escaped tab or line break is white space', async () => {
    const result = await parse('Name,Title\nAna,"\'\r\nCTO"\n');
    expect(result.ok && result.rows[0]?.fields).toEqual({ name: 'Ana', title: 'CTO' });
  });

  it.each([
    ["'=1", "''=1"],
    ["'+40 264 123 456", "''+40 264 123 456"],
    ["''-1", "'''-1"],
    ["'x", "'x"],
  ])('reads back %s, which an export writes as %s', async (value, cell) => {
    expect(neutralizeFormula(value)).toBe(cell);
    const result = await parse(`Name,Title\nAna,${cell}\n`);
    expect(result.ok && result.rows[0]?.fields.title).toBe(value);
  });

  it('merges rows about the same person: later values win, linked through email or LinkedIn', async () => {
    const csv = [
      'Name,Email,LinkedIn URL,Title',
      'Ana Popescu,ana@x.ro,,Sales Director',
      'Jan de Vries,jan@acme.nl,,CTO',
      'Ana P.,ANA@x.ro,https://www.linkedin.com/in/ana-popescu/,',
      'Ana Popescu,ana.popescu@gmail.com,https://ro.linkedin.com/in/Ana-Popescu,VP Sales',
      'Ana,,,',
    ].join('\n');
    const result = await parse(csv);
    expect(result).toEqual({
      ok: true,
      merged: [
        { line: 4, into: 2 },
        { line: 5, into: 2 },
      ],
      rows: [
        {
          line: 2,
          fields: {
            name: 'Ana Popescu',
            email: 'ana.popescu@gmail.com',
            linkedinUrl: 'https://ro.linkedin.com/in/Ana-Popescu',
            title: 'VP Sales',
          },
        },
        { line: 3, fields: { name: 'Jan de Vries', email: 'jan@acme.nl', title: 'CTO' } },
        // No email or LinkedIn: never merged.
        { line: 6, fields: { name: 'Ana' } },
      ],
    });
  });

  it('streams a Blob in slices without breaking a character cut by a slice boundary', async () => {
    const header = 'Name,Title\n';
    const filler = `Filler,${'x'.repeat(90)}\n`;
    let text = header;
    while (text.length < (1 << 20) - 200) text += filler;
    // Pad so that the two bytes of "ă" sit on both sides of the 1 MiB slice boundary.
    const pad = (1 << 20) - 1 - text.length - ',z\n'.length - 'Ana Popesc'.length;
    text += `${'y'.repeat(pad)},z\nAna Popescă,CTO\n`;
    const bytes = new TextEncoder().encode(text);
    expect(bytes[(1 << 20) - 1]).toBe(0xc4);
    const progress: ParseProgress[] = [];
    const result = await parseLeadsCsv(new Blob([bytes]), ['name', 'title'], { onProgress: (p) => progress.push(p) });
    expect(result.ok && result.rows.at(-1)).toEqual({
      line: result.ok ? result.rows.length + 1 : 0,
      fields: { name: 'Ana Popescă', title: 'CTO' },
    });
    expect(progress.at(-1)).toEqual({ rows: result.ok ? result.rows.length : 0, fraction: 1 });
    expect(progress.length).toBeGreaterThan(1);
  });
});

describe('parseLeadsCsv on a 100,000-row file', () => {
  it('streams it slice by slice: the Blob is never read as one string', async () => {
    const header = 'First Name,Last Name,Email,Job Title,Company Name\n';
    const rows = Array.from(
      { length: 100_000 },
      (_, i) => `Lead${i},Family ${i},lead${i}@company${i % 900}.com,CEO,Co ${i}\n`,
    );
    // Node's Blob (as fast as a browser's; jsdom's reads slices slowly), watched: streaming means
    // reads of at most 1 MiB slices, never text() or arrayBuffer() of the whole file.
    const blob = new NodeBlob([header, ...rows]) as unknown as Blob;
    const sliced: number[] = [];
    const watched = {
      size: blob.size,
      text: () => Promise.reject(new Error('read whole')),
      arrayBuffer: () => Promise.reject(new Error('read whole')),
      slice: (start?: number, end?: number) => {
        sliced.push(Math.min(end ?? blob.size, blob.size) - (start ?? 0));
        return blob.slice(start, end);
      },
    } as unknown as Blob;
    const result = await parseLeadsCsv(watched, detectColumns(header.trim().split(',')).mapping);
    expect(result.ok && result.rows.length).toBe(100_000);
    expect(result.ok && result.rows[99_999]).toEqual({
      line: 100_001,
      fields: { name: 'Lead99999 Family 99999', email: 'lead99999@company99.com', title: 'CEO', company: 'Co 99999' },
    });
    expect(blob.size).toBeGreaterThan(5 << 20);
    expect(sliced.length).toBeGreaterThan(5);
    expect(Math.max(...sliced)).toBeLessThanOrEqual(1 << 20);
  }, 60_000);
});

describe('readCsvSample and previewRows', () => {
  const csv =
    'Email,Full Name,Country\nana@x.ro,Ana,Romania\n\nnot-mail,Jan,NL\n"bob@y.se",Bob,"Swe\nden"\nextra@y.se,Extra,SE\n';

  it.each<[number, number[]]>([
    [0, []],
    [2, [2, 4]],
    [5, [2, 4, 5, 7]],
  ])('reads the header and at most %i rows, with their lines', async (count, lines) => {
    const sample = await readCsvSample(new Blob([csv]), count);
    expect(sample.ok && sample.headers).toEqual(['Email', 'Full Name', 'Country']);
    expect(sample.ok && sample.rows.map((r) => r.line)).toEqual(lines);
  });

  it('says why a file has no header', async () => {
    expect(await readCsvSample('\n\n', 5)).toEqual({ ok: false, errors: [{ line: 1, message: 'the file is empty' }] });
  });

  it('shows each row as the import reads it through the mapping, or its problems', async () => {
    const sample = await readCsvSample(csv, 5);
    if (!sample.ok) throw new Error('no sample');
    expect(previewRows(sample.headers, sample.rows, ['email', 'name', 'country'])).toEqual([
      { line: 2, lead: { line: 2, fields: { email: 'ana@x.ro', name: 'Ana', country: 'RO' } } },
      { line: 4, errors: [{ line: 4, column: 'Email', message: '"not-mail" is not an email address' }] },
      {
        line: 5,
        errors: [
          {
            line: 5,
            column: 'Country',
            // The line break inside the quoted cell is white space once cleaned.
            message: 'unknown country "Swe den": use an ISO code like NL or a name like Netherlands',
          },
        ],
      },
      { line: 7, lead: { line: 7, fields: { email: 'extra@y.se', name: 'Extra', country: 'SE' } } },
    ]);
    // Another mapping, another preview: the country ignored, the name as a title.
    expect(previewRows(sample.headers, sample.rows.slice(0, 1), ['email', 'title', null])).toEqual([
      { line: 2, lead: { line: 2, fields: { email: 'ana@x.ro', title: 'Ana' } } },
    ]);
  });
});
