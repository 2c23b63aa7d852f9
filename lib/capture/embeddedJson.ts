import { asObject, asString, parseJson } from './json';

/** One JSON response LinkedIn embedded in the page, with the API request it answered (if known). */
export interface EmbeddedBlock {
  request: string | undefined;
  data: unknown;
}

/**
 * Parses the JSON of the page's `<code>` blocks (server-rendered API responses; a
 * `datalet-<id>` block names the request of block `<id>`). Only blocks whose text contains one
 * of `markers` are parsed: the big page holds ~300 KB of JSON, most of it irrelevant.
 */
export function readEmbeddedJson(doc: Document, markers: readonly string[]): EmbeddedBlock[] {
  const codes = Array.from(doc.getElementsByTagName('code'));
  const requests = new Map<string, string>();
  for (const code of codes) {
    if (!code.id.startsWith('datalet-')) continue;
    const datalet = asObject(parseJson(code.textContent ?? ''));
    const body = asString(datalet?.body);
    const request = asString(datalet?.request);
    if (body && request) requests.set(body, request);
  }
  const blocks: EmbeddedBlock[] = [];
  for (const code of codes) {
    if (code.id.startsWith('datalet-')) continue;
    const text = code.textContent ?? '';
    if (!markers.some((marker) => text.includes(marker))) continue;
    const data = parseJson(text);
    if (data !== undefined) blocks.push({ request: requests.get(code.id), data });
  }
  return blocks;
}
