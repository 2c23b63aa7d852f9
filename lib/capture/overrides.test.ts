import { extractFromPage } from '.';
import { validateSelector } from './overrides';
import { SelectorOverrideSchema } from './schema';

const PAGE = `<html><head><title>Anna Berg | LinkedIn</title></head><body><main>
  <h1 class="text-heading-xlarge">Anna Berg</h1>
  <div class="text-body-medium break-words">Inköpschef på Nordkust Logistik AB</div>
  <span class="custom-title" data-role="Inköpschef">Inköpschef</span>
  <a class="mail" href="mailto:anna.berg@nordkust.example">Email</a>
</main></body></html>`;
const URL_OF_PAGE = new URL('https://www.linkedin.com/in/anna-berg/');

function extractWith(overrides: unknown[]) {
  const doc = new DOMParser().parseFromString(PAGE, 'text/html');
  return extractFromPage(doc, URL_OF_PAGE, { overrides: overrides as never });
}

describe('selector overrides', () => {
  test('an override is tried before the built-in strategies', () => {
    const result = extractWith([{ site: 'linkedin', field: 'name', selector: 'span.custom-title' }]);
    expect(result.fields.name).toBe('Inköpschef');
    expect(result.diagnostics).toContainEqual({ field: 'name', strategy: 'override' });
  });

  test('an override can read an attribute', () => {
    const result = extractWith([{ site: 'linkedin', field: 'email', selector: 'a.mail', attribute: 'href' }]);
    expect(result.fields.email).toBe('mailto:anna.berg@nordkust.example');
  });

  test('an override that matches nothing leaves the built-in strategies to find the field', () => {
    const result = extractWith([{ site: 'linkedin', field: 'name', selector: '.not-there' }]);
    expect(result.fields.name).toBe('Anna Berg');
    expect(result.diagnostics).toContainEqual({ field: 'name', strategy: 'top-card' });
  });

  test('a bad selector never breaks capture', () => {
    const result = extractWith([{ site: 'linkedin', field: 'title', selector: 'div[[[' }]);
    expect(result.kind).toBe('profile');
    expect(result.fields).toMatchObject({ name: 'Anna Berg', title: 'Inköpschef', company: 'Nordkust Logistik AB' });
    expect(result.diagnostics).toContainEqual({ field: 'title', strategy: 'override-invalid' });
  });

  test('malformed overrides are reported and skipped', () => {
    const result = extractWith([{ site: 'linkedin', field: 'favouriteColour', selector: 'h1' }, null, 'h1']);
    expect(result.fields.name).toBe('Anna Berg');
    expect(result.diagnostics.filter((d) => d.strategy === 'override-invalid')).toHaveLength(3);
  });

  test('overrides for another site are ignored', () => {
    const result = extractWith([{ site: 'salesnav', field: 'name', selector: 'span.custom-title' }]);
    expect(result.fields.name).toBe('Anna Berg');
  });

  test('the schema rejects empty selectors and odd attribute names', () => {
    expect(SelectorOverrideSchema.safeParse({ site: 'linkedin', field: 'name', selector: ' ' }).success).toBe(false);
    expect(
      SelectorOverrideSchema.safeParse({ site: 'linkedin', field: 'name', selector: 'h1', attribute: 'on click' })
        .success,
    ).toBe(false);
    expect(SelectorOverrideSchema.safeParse({ site: 'linkedin', field: 'name', selector: 'h1' }).success).toBe(true);
  });
});

describe('validateSelector', () => {
  const doc = new DOMParser().parseFromString('<p></p>', 'text/html');

  test.each([['h1.top-card-layout__title'], ['[data-anonymize="person-name"]'], ['main section > h2:first-of-type']])(
    'accepts %s',
    (selector) => {
      expect(validateSelector(selector, doc)).toBeNull();
    },
  );

  test.each([['div[[['], ['h1::'], [''], ['   '], ['a'.repeat(501)]])('rejects %s with a message', (selector) => {
    expect(validateSelector(selector, doc)).toEqual(expect.any(String));
  });

  test('uses the global document when no scope is given', () => {
    expect(validateSelector('h1')).toBeNull();
    expect(validateSelector('h1[')).toEqual(expect.any(String));
  });
});
