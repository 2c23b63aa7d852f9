import { fixtureCases, parseHtml, readFixture } from '../../test/fixtures/linkedin/pages';
import { extractFromPage } from '.';
import { CaptureResultSchema } from './schema';

describe('extractFromPage on the team fixtures', () => {
  test.each(fixtureCases)('$name', (want) => {
    const result = extractFromPage(parseHtml(readFixture(want.file)), new URL(want.url));
    expect(CaptureResultSchema.parse(result)).toEqual(result);
    expect({ kind: result.kind, site: result.site }).toEqual({ kind: want.kind, site: want.site });
    expect(result.fields).toEqual(want.fields);
    expect(result.activities).toEqual(want.activities);
    const diagnostics = result.diagnostics.map((d) => `${d.field}:${d.strategy}`);
    expect(diagnostics).toEqual(expect.arrayContaining(want.diagnostics));
  });

  test('records every wanted field that no strategy found as not-found', () => {
    const doc = parseHtml(
      '<html><head><title>LinkedIn</title></head><body><main><h1>Anna Berg</h1></main></body></html>',
    );
    const result = extractFromPage(doc, new URL('https://www.linkedin.com/in/anna-berg/'));
    expect(result.fields).toEqual({ name: 'Anna Berg', linkedinUrl: 'https://www.linkedin.com/in/anna-berg/' });
    expect(result.diagnostics).toEqual(
      expect.arrayContaining([
        { field: 'name', strategy: 'top-card' },
        { field: 'linkedinUrl', strategy: 'url' },
        { field: 'title', strategy: 'not-found' },
        { field: 'country', strategy: 'not-found' },
      ]),
    );
  });

  test('falls back to the page title and the headline text when the markup is unknown', () => {
    const doc = parseHtml(
      '<html><head><meta property="og:title" content="Jan Kowalski - Key Account Manager - Włókniarz Sp. z o.o. | LinkedIn"></head><body></body></html>',
    );
    const result = extractFromPage(doc, new URL('https://www.linkedin.com/in/jan-kowalski/'));
    expect(result.fields).toMatchObject({
      name: 'Jan Kowalski',
      title: 'Key Account Manager',
      company: 'Włókniarz Sp. z o.o.',
    });
    expect(result.diagnostics).toContainEqual({ field: 'title', strategy: 'og-title' });
  });
});
