import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractFromPage } from '..';

const fixture = path.join(
  import.meta.dirname,
  '..',
  '..',
  '..',
  'test',
  'fixtures',
  'crm',
  'hubspot',
  'contact-linkedin.html',
);
const URL_EU = new URL('https://app-eu1.hubspot.com/contacts/4711234/record/0-1/6001');
const page = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const property = (name: string, value: string) =>
  page(
    `<span data-selenium-test="highlightTitle">Jan de Vries</span><div data-test-id="property-input-${name}"><label>LinkedIn</label><span>${value}</span></div>`,
  );

describe("HubSpot's LinkedIn URL property", () => {
  it('is read into fields.linkedinUrl, with the email, from the team fixture', () => {
    const result = extractFromPage(page(readFileSync(fixture, 'utf8')), URL_EU);
    expect(result.kind).toBe('record');
    expect(result.fields).toMatchObject({
      name: 'Joëlle van den Broek',
      email: 'joelle@tulpveld.example',
      linkedinUrl: 'https://www.linkedin.com/in/joelle-van-den-broek/',
    });
    expect(result.diagnostics).toContainEqual({ field: 'linkedinUrl', strategy: 'property-input' });
    expect(result.activities.map((a) => a.type)).toEqual(['pricing-page-visit', 'contact-form', 'email-open']);
  });

  it.each([
    ['hs_linkedin_url', 'https://nl.linkedin.com/in/jan-de-vries', 'https://nl.linkedin.com/in/jan-de-vries'],
    ['linkedin_url', 'www.linkedin.com/in/jan-de-vries/', 'https://www.linkedin.com/in/jan-de-vries/'],
    ['linkedin', 'https://www.linkedin.com/company/acme', undefined],
    ['hs_linkedin_url', 'https://evil.example/in/jan', undefined],
    ['hs_linkedin_url', '--', undefined],
  ])('%s = %s', (name, value, expected) => {
    expect(extractFromPage(property(name, value), URL_EU).fields.linkedinUrl).toBe(expected);
  });

  it('is not read on a company record', () => {
    const company = new URL('https://app-eu1.hubspot.com/contacts/4711234/record/0-2/90017');
    expect(
      extractFromPage(property('hs_linkedin_url', 'https://www.linkedin.com/in/x'), company).fields.linkedinUrl,
    ).toBeUndefined();
  });
});
