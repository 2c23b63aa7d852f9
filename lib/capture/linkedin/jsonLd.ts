import type { RawFields } from '../collect';
import { toCountryCode } from '../country';
import { asList, asObject, asString, type JsonObject } from '../json';
import { hasType, readJsonLdNodes } from '../jsonLd';
import { normalizeCompanyUrl, normalizeProfileUrl, profileSlugOf } from './urls';

function countryOf(address: JsonObject | undefined): string | undefined {
  const country = address?.addressCountry;
  return toCountryCode(asString(country) ?? asString(asObject(country)?.name));
}

/** The public profile's schema.org Person: the one whose url is the page's, else the first. */
export function readJsonLdPerson(doc: Document, slug: string | undefined): RawFields {
  const people = readJsonLdNodes(doc).filter((node) => hasType(node, 'Person'));
  const person =
    people.find((p) => slug !== undefined && profileSlugOf(asString(p.url))?.toLowerCase() === slug.toLowerCase()) ??
    people[0];
  if (!person) return {};
  const address = asObject(person.address);
  const employer = asList(person.worksFor)
    .map(asObject)
    .find((org) => asString(org?.name));
  return {
    name: asString(person.name),
    title: asList(person.jobTitle).map(asString).find(Boolean),
    company: asString(employer?.name),
    location: asString(address?.addressLocality),
    country: countryOf(address),
    linkedinUrl: normalizeProfileUrl(asString(person.url) ?? asString(person.sameAs)),
  };
}

/** The guest company page's schema.org Organization. */
export function readJsonLdOrganization(doc: Document): RawFields {
  const org = readJsonLdNodes(doc).find((node) => hasType(node, 'Organization'));
  if (!org) return {};
  const address = asObject(org.address);
  const headquarters = [asString(address?.addressLocality), asString(address?.addressRegion)].filter(Boolean);
  const website = asList(org.sameAs)
    .map(asString)
    .find((href) => href !== undefined && /^https?:\/\//i.test(href) && !normalizeCompanyUrl(href));
  return {
    company: asString(org.name),
    headquarters: headquarters.join(', '),
    country: countryOf(address),
    website,
    linkedinUrl: normalizeCompanyUrl(asString(org.url)),
  };
}
