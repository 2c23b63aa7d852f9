// CSV parsing uses papaparse rather than a split on commas: CRM exports quote cells that hold the
// delimiter, doubled quotes and line breaks; Excel writes a UTF-8 byte order mark, and European
// locales write ";" instead of ","; papaparse handles all of these, guesses the delimiter and the
// line ending, and parses incrementally, so a large file is never one string in memory.
import Papa from 'papaparse';
import { type ColumnMapping, LEAD_FIELDS, type LeadField } from './columnMapping';
import { mergeDuplicates, type ParsedLead, type RowError, readRow } from './csvRows';

export type CsvInput = string | Blob;

export interface ParseProgress {
  rows: number;
  /** 0..1 of the input read. */
  fraction: number;
}

export type ParseLeadsResult =
  | { ok: true; rows: ParsedLead[]; merged: { line: number; into: number }[] }
  | { ok: false; errors: RowError[] };

export type ReadHeadersResult = { ok: true; headers: string[]; line: number } | { ok: false; errors: RowError[] };

const CHUNK_BYTES = 1 << 20;
const PROGRESS_EVERY_ROWS = 1000;

class NotUtf8Error extends Error {}

/**
 * A Blob read slice by slice through one streaming UTF-8 decoder (a character split across slices
 * stays whole; a BOM is dropped; bytes that are not UTF-8 stop the read), shaped like the Node
 * readable stream papaparse accepts, because papaparse's own File reader decodes each slice apart.
 */
function blobSource(blob: Blob, onBytes: (read: number) => void, onText: (text: string) => void) {
  const listeners = new Map<string, (arg?: unknown) => void>();
  let cancelled = false;
  return {
    readable: true,
    read() {},
    pause() {},
    resume() {},
    on(event: string, listener: (arg?: unknown) => void) {
      listeners.set(event, listener);
    },
    removeListener(event: string) {
      listeners.delete(event);
    },
    cancel() {
      cancelled = true;
    },
    async start() {
      const decoder = new TextDecoder('utf-8', { fatal: true });
      try {
        for (let start = 0; start < blob.size && !cancelled; start += CHUNK_BYTES) {
          const bytes = await blob.slice(start, start + CHUNK_BYTES).arrayBuffer();
          const text = decoder.decode(bytes, { stream: true });
          onBytes(Math.min(start + CHUNK_BYTES, blob.size));
          if (text && !cancelled) {
            onText(text);
            listeners.get('data')?.(text);
          }
        }
        const rest = cancelled ? '' : decoder.decode();
        if (rest) {
          onText(rest);
          listeners.get('data')?.(rest);
        }
        if (!cancelled) listeners.get('end')?.();
      } catch (error) {
        listeners.get('error')?.(error instanceof TypeError ? new NotUtf8Error() : error);
      }
    },
  };
}

/**
 * The physical line of offsets into text read in order, chunk by chunk: \r\n, \r and \n each end
 * a line, whichever of them papaparse splits rows on (a file can mix them).
 */
function lineCounter() {
  let breaks: number[] = [];
  let next = 0;
  let passed = 0;
  let read = 0;
  let afterCr = false;
  return {
    add(text: string) {
      // Offsets of breaks not yet passed; the \n of a \r\n is no break of its own.
      breaks = breaks.slice(next);
      passed += next;
      next = 0;
      for (const { index } of text.matchAll(/\r|(?<!\r)\n/g)) {
        if (index !== 0 || !afterCr || text[0] !== '\n') breaks.push(read + index);
      }
      read += text.length;
      afterCr = text.endsWith('\r');
    },
    /** Call with offsets that never decrease. */
    lineAt(offset: number): number {
      while (next < breaks.length && (breaks[next] as number) < offset) next++;
      return 1 + passed + next;
    },
  };
}

const QUOTE_PROBLEMS: Record<string, string> = {
  MissingQuotes: 'a quoted cell is never closed (a " is missing)',
  InvalidQuotes: 'a quoted cell has text after its closing quote',
};

type OnRow = (cells: string[], line: number, problems: string[]) => boolean | undefined;

/**
 * Calls `onRow` for each non-blank row with the physical line it starts on, until it returns
 * false. Throws NotUtf8Error when a Blob is not UTF-8 text.
 */
function streamRows(input: CsvInput, onRow: OnRow, onFraction: (fraction: number) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const lines = lineCounter();
    let rowStart = 0;
    let bytesRead = 0;
    let stopped = false;
    let cancel = () => {};
    const config = {
      skipEmptyLines: false,
      step(results: Papa.ParseStepResult<string[]>, parser: Papa.Parser) {
        if (stopped) return;
        const cells = results.data;
        const start = lines.lineAt(rowStart);
        rowStart = results.meta.cursor;
        const codes = new Set<string>(results.errors.map((e) => e.code));
        // Text after a closing quote makes papaparse read on for another quote too: one problem.
        if (codes.has('InvalidQuotes')) codes.delete('MissingQuotes');
        const problems = [...codes].flatMap((code) => QUOTE_PROBLEMS[code] ?? []);
        if (cells.every((c) => c.trim() === '') && problems.length === 0) return;
        if (typeof input === 'string') onFraction(input.length ? results.meta.cursor / input.length : 1);
        else onFraction(input.size ? bytesRead / input.size : 1);
        if (onRow(cells, start, problems) === false) {
          stopped = true;
          cancel();
          parser.abort();
        }
      },
      complete: () => resolve(),
      error: (error: unknown) => reject(error),
    };
    if (typeof input === 'string') {
      // Papaparse drops a byte order mark from a string: offsets are into the rest.
      lines.add(input.replace(/^\uFEFF/, ''));
      Papa.parse(input, config);
    } else {
      const source = blobSource(input, (read) => (bytesRead = read), lines.add);
      cancel = source.cancel;
      Papa.parse<string[]>(source as unknown as NodeJS.ReadableStream, config);
      void source.start();
    }
  });
}

const NOT_UTF8: RowError = {
  line: 1,
  message: 'the file is not UTF-8 text: save it as "CSV UTF-8" and try again',
};

async function guarded(run: () => Promise<void>): Promise<RowError | null> {
  try {
    await run();
    return null;
  } catch (error) {
    if (error instanceof NotUtf8Error) return NOT_UTF8;
    throw error;
  }
}

/** A raw data row: its cells, the line it starts on and any quoting problem. */
export interface SampleRow {
  cells: string[];
  line: number;
  problems: string[];
}

export type ReadSampleResult =
  | { ok: true; headers: string[]; line: number; rows: SampleRow[] }
  | { ok: false; errors: RowError[] };

/**
 * The header row (the first non-blank row), the line it is on, and the first `count` data rows,
 * reading no further into the file than that.
 */
export async function readCsvSample(input: CsvInput, count: number): Promise<ReadSampleResult> {
  let found: { headers: string[]; line: number } | undefined;
  const rows: SampleRow[] = [];
  const failed = await guarded(() =>
    streamRows(
      input,
      (cells, line, problems) => {
        if (!found) found = { headers: cells.map((c) => c.trim()), line };
        else rows.push({ cells, line, problems });
        return rows.length < count;
      },
      () => {},
    ),
  );
  if (failed) return { ok: false, errors: [failed] };
  return found ? { ok: true, ...found, rows } : { ok: false, errors: [{ line: 1, message: 'the file is empty' }] };
}

/** The header row (the first non-blank row) and the line it is on. */
export async function readCsvHeaders(input: CsvInput): Promise<ReadHeadersResult> {
  const sample = await readCsvSample(input, 0);
  return sample.ok ? { ok: true, headers: sample.headers, line: sample.line } : sample;
}

/** A sample row as the import would read it through `mapping`: the lead, or its problems. */
export type PreviewRow = { line: number; lead: ParsedLead } | { line: number; errors: RowError[] };

export function previewRows(
  headers: readonly string[],
  rows: readonly SampleRow[],
  mapping: ColumnMapping,
): PreviewRow[] {
  return rows.map(({ cells, line, problems }) => {
    if (problems.length > 0) return { line, errors: problems.map((message) => ({ line, message })) };
    return { line, ...readRow(cells, headers, mapping, line) };
  });
}

/** Mapping problems, reported on the header line: nothing can be read through a wrong mapping. */
export function mappingErrors(headers: readonly string[], mapping: ColumnMapping, line: number): RowError[] {
  if (mapping.length !== headers.length) {
    return [{ line, message: `the mapping has ${mapping.length} columns, the file has ${headers.length}` }];
  }
  const errors: RowError[] = [];
  const seen = new Set<LeadField>();
  mapping.forEach((field, i) => {
    if (field === null) return;
    if (!LEAD_FIELDS.includes(field)) errors.push({ line, column: headers[i], message: `unknown field "${field}"` });
    else if (seen.has(field))
      errors.push({ line, column: headers[i], message: `another column already fills ${field}` });
    seen.add(field);
  });
  if (!['name', 'firstName', 'lastName', 'email'].some((f) => seen.has(f as LeadField))) {
    errors.push({ line, message: 'map a column to the name or the email: a lead needs one of them' });
  }
  return errors;
}

/**
 * Reads every row of a CSV through a column mapping (see detectColumns). All or nothing: any
 * problem in any row gives `ok: false` with every problem and its physical line (header = line 1;
 * a quoted cell with line breaks spans several). Rows about the same person are merged
 * (mergeDuplicates) and listed in `merged`.
 */
export async function parseLeadsCsv(
  input: CsvInput,
  mapping: ColumnMapping,
  options: { onProgress?: (progress: ParseProgress) => void } = {},
): Promise<ParseLeadsResult> {
  let headers: string[] | undefined;
  let headerLine = 1;
  const rows: ParsedLead[] = [];
  const errors: RowError[] = [];
  let dataRows = 0;
  let fraction = 0;
  const report = () => options.onProgress?.({ rows: dataRows, fraction });

  const failed = await guarded(() =>
    streamRows(
      input,
      (cells, line, problems) => {
        if (!headers) {
          headers = cells.map((c) => c.trim());
          headerLine = line;
          errors.push(...mappingErrors(headers, mapping, line));
          return errors.length === 0;
        }
        dataRows += 1;
        if (dataRows % PROGRESS_EVERY_ROWS === 0) report();
        if (problems.length > 0) {
          errors.push(...problems.map((message) => ({ line, message })));
          return;
        }
        const result = readRow(cells, headers, mapping, line);
        if ('lead' in result) rows.push(result.lead);
        else errors.push(...result.errors);
      },
      (f) => (fraction = f),
    ),
  );
  if (failed) return { ok: false, errors: [failed] };
  if (!headers) return { ok: false, errors: [{ line: 1, message: 'the file is empty' }] };
  if (errors.length > 0) return { ok: false, errors };
  if (rows.length === 0) {
    return { ok: false, errors: [{ line: headerLine + 1, message: 'there are no rows below the header' }] };
  }
  fraction = 1;
  report();
  return { ok: true, ...mergeDuplicates(rows) };
}
