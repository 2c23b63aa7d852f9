import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractGenericPage } from './generic';

const dir = path.join(import.meta.dirname, '..', '..', 'test', 'fixtures', 'generic');
const load = (file: string) => new DOMParser().parseFromString(readFileSync(path.join(dir, file), 'utf8'), 'text/html');

describe('extractGenericPage on the team fixtures', () => {
  it.each([
    {
      file: 'speaker-jsonld.html',
      fields: {
        name: 'Marta Kowalczyk',
        title: 'Dyrektor Sprzedaży',
        company: 'Wisła Data Sp. z o.o.',
        email: 'marta.kowalczyk@wisladata.example',
        phone: '+48 12 345 67 89',
        linkedinUrl: 'https://www.linkedin.com/in/marta-kowalczyk-pl/',
        website: 'https://wisladata.example',
        location: 'Kraków',
        country: 'PL',
      },
      diagnostics: ['name:json-ld', 'company:json-ld', 'email:json-ld'],
    },
    {
      file: 'team-hcard.html',
      fields: {
        name: 'Pieter Jansen',
        title: 'Zaakvoerder',
        company: 'Tulpveld B.V.',
        email: 'pieter@tulpveld.example',
        phone: '+31 30 987 6543',
        linkedinUrl: 'https://nl.linkedin.com/in/pieter-jansen-nl',
        location: 'Utrecht',
        country: 'NL',
      },
      diagnostics: ['name:h-card', 'title:h-card', 'linkedinUrl:h-card'],
    },
    {
      file: 'blog-vcard.html',
      fields: {
        name: 'Erik Lindqvist',
        title: 'Försäljningschef',
        company: 'Nordljus AB',
        email: 'erik.lindqvist@nordljus.example',
        phone: '+46 8 123 456 78',
      },
      diagnostics: ['name:vcard', 'company:vcard', 'email:contact-link', 'phone:contact-link'],
    },
    {
      file: 'broken-jsonld.html',
      fields: { name: 'Ana Popescu', title: 'Manager vânzări', company: 'Dacia Cloud' },
      diagnostics: ['name:h-card', 'email:not-found', 'phone:not-found'],
    },
  ])('$file: a person', ({ file, fields, diagnostics }) => {
    const result = extractGenericPage(load(file));
    expect(result.kind).toBe('profile');
    expect(result.site).toBe('web');
    expect(result.fields).toEqual(fields);
    const found = result.diagnostics.map((d) => `${d.field}:${d.strategy}`);
    for (const d of diagnostics) expect(found).toContain(d);
  });

  it('a contact page with an Organization and several addresses makes no lead, and says why', () => {
    const result = extractGenericPage(load('contact-page-no-person.html'));
    expect(result).toMatchObject({ kind: 'unsupported', site: 'web', fields: {}, activities: [] });
    expect(result.diagnostics).toContainEqual({ field: '*', strategy: 'no-person' });
    expect(result.diagnostics).toContainEqual({ field: 'name', strategy: 'not-found' });
  });
});

describe('extractGenericPage on small pages', () => {
  const page = (html: string) =>
    new DOMParser().parseFromString(`<!doctype html><html><body>${html}</body></html>`, 'text/html');
  it.each([
    ['an empty page', '', undefined],
    ['one mailto link only: no name, no lead', '<a href="mailto:a@b.example">mail</a>', undefined],
    ['an implied h-card name', '<a class="h-card" href="https://x.example">Jan de Vries</a>', 'Jan de Vries'],
    [
      'an h-card inside an h-card counts once (the outer one)',
      '<div class="h-card"><span class="p-name">Outer Person</span><div class="p-org h-card"><span class="p-name">Inner BV</span></div></div>',
      'Outer Person',
    ],
    [
      'a JSON-LD Person in a list',
      '<script type="application/ld+json">[{"@type":["Person"],"name":"Lena Roth"}]</script>',
      'Lena Roth',
    ],
  ])('%s', (_, html, name) => {
    const result = extractGenericPage(page(html));
    expect(result.fields.name).toBe(name);
    expect(result.kind).toBe(name ? 'profile' : 'unsupported');
  });

  it('never throws on hostile JSON-LD', () => {
    const doc = page(
      '<script type="application/ld+json">{"@type":"Person","name":{"x":1},"worksFor":[null,7],"address":"x"}</script>',
    );
    expect(() => extractGenericPage(doc)).not.toThrow();
    expect(extractGenericPage(doc).kind).toBe('unsupported');
  });
});
