import { collect, MAX_DIAGNOSTICS, type RawFields, type Source } from './collect';
import { emailOf, phoneOf, websiteOf } from './crm/values';
import { textOf } from './dom';
import { asList, asObject, asString, isObject, type JsonObject } from './json';
import { hasType, readJsonLdNodes } from './jsonLd';
import type { CaptureResult, FieldName } from './types';

/**
 * A person on any web page the user asked LeadLens to read ("Capture this page"): a JSON-LD
 * Person (with its Organization), an hCard (microformats2 `h-card` or classic `vcard`), and
 * the page's one mailto:/tel: link. Only a named person makes a lead: a page without one
 * returns kind 'unsupported' with diagnostics saying what was looked for. Pure; never throws.
 */

export const GENERIC_SITE = 'web';

const PERSON_FIELDS: readonly FieldName[] = [
  'name',
  'title',
  'company',
  'email',
  'phone',
  'linkedinUrl',
  'website',
  'location',
  'country',
];
const WANTED: readonly FieldName[] = ['name', 'title', 'company', 'email', 'phone'];
/** At most this many microformat cards and links are looked at (a directory page can list thousands). */
const MAX_ELEMENTS = 200;

const LINKEDIN_PROFILE = /^https:\/\/([a-z]{2,3}\.|www\.)?linkedin\.com\/in\/[^/?#\s]+\/?$/i;

function linkedinOf(values: unknown[]): string | undefined {
  return values.map(asString).find((v): v is string => v !== undefined && LINKEDIN_PROFILE.test(v.trim()));
}

function nodeName(node: JsonObject | undefined): string | undefined {
  return asString(node?.name) ?? asString(node?.legalName);
}

/** The first JSON-LD Person, its organization resolved through `@id` when it is a reference. */
function jsonLdPerson(doc: Document): RawFields {
  const nodes = readJsonLdNodes(doc);
  const person = nodes.find((n) => hasType(n, 'Person') && nodeName(n));
  if (!person) return {};
  const byId = new Map(nodes.filter((n) => typeof n['@id'] === 'string').map((n) => [n['@id'] as string, n]));
  const employer = asList(person.worksFor ?? person.affiliation).filter(isObject)[0];
  const organization =
    employer && typeof employer['@id'] === 'string' ? (byId.get(employer['@id']) ?? employer) : employer;
  const address = asObject(asList(person.address)[0]);
  return {
    name: nodeName(person),
    title: asString(asList(person.jobTitle)[0]),
    company: nodeName(organization),
    email: lower(emailOf(asString(person.email))),
    phone: phoneOf(asString(person.telephone)),
    linkedinUrl: linkedinOf([...asList(person.sameAs), person.url]),
    website: websiteOf(asString(organization?.url)),
    location: asString(address?.addressLocality),
    country: asString(address?.addressCountry) ?? asString(asObject(address?.addressCountry)?.name),
  };
}

/** Class names of one microformat vocabulary. */
interface CardVocabulary {
  root: string;
  name: string[];
  title: string[];
  org: string[];
  email: string[];
  tel: string[];
  url: string[];
  locality: string[];
  country: string[];
}

const H_CARD: CardVocabulary = {
  root: '.h-card',
  name: ['.p-name'],
  title: ['.p-job-title', '.p-role'],
  org: ['.p-org'],
  email: ['.u-email'],
  tel: ['.p-tel'],
  url: ['.u-url', '.u-uid'],
  locality: ['.p-locality'],
  country: ['.p-country-name'],
};
const VCARD: CardVocabulary = {
  root: '.vcard',
  name: ['.fn'],
  title: ['.title', '.role'],
  org: ['.org'],
  email: ['.email'],
  tel: ['.tel'],
  url: ['.url'],
  locality: ['.locality'],
  country: ['.country-name'],
};

/**
 * A microformat property: its text (p-*, classic names), or for link properties (e-mail, phone)
 * the link's href first, as `<a class="u-email" href="mailto:...">mail me</a>` is written.
 */
function property(card: Element, selectors: string[], link = false): string | undefined {
  for (const selector of selectors) {
    const el = card.querySelector(selector);
    if (!el) continue;
    const href = link ? el.getAttribute('href') : null;
    const value = (href ? decodeHref(href) : null) ?? el.getAttribute('value') ?? textOf(el);
    if (value) return value;
  }
  return undefined;
}

/** A card nested in another card describes someone else (h-card inside p-org): only top-level cards count. */
function topLevelCards(doc: Document, root: string): Element[] {
  const cards = Array.from(doc.querySelectorAll(root)).slice(0, MAX_ELEMENTS);
  return cards.filter((card) => !card.parentElement?.closest(root));
}

function microformatPerson(doc: Document, vocabulary: CardVocabulary): RawFields {
  for (const card of topLevelCards(doc, vocabulary.root)) {
    // An h-card whose only name is its own text (an implied name) still names someone.
    const name = property(card, vocabulary.name) ?? (card.children.length === 0 ? textOf(card) : undefined);
    if (!name) continue;
    const urls = Array.from(card.querySelectorAll(vocabulary.url.join(',')))
      .slice(0, 20)
      .map((el) => el.getAttribute('href'));
    const org = property(card, vocabulary.org);
    // An organization card (its name is its org) is no person.
    if (org && org === name) continue;
    return {
      name,
      title: property(card, vocabulary.title),
      company: org,
      email: lower(emailOf(property(card, vocabulary.email, true))),
      phone: phoneOf(property(card, vocabulary.tel, true)),
      linkedinUrl: linkedinOf(urls),
      location: property(card, vocabulary.locality),
      country: property(card, vocabulary.country),
    };
  }
  return {};
}

/** The page's e-mail address and phone number from mailto:/tel: links, when there is exactly one of each. */
function contactLinks(doc: Document): RawFields {
  const distinct = (prefix: string, parse: (raw: string) => string | undefined) => {
    // Keyed by the address itself, so "+31 30 123" and "+3130123" are one number.
    const values = new Map<string, string>();
    const links = Array.from(doc.querySelectorAll(`a[href^="${prefix}" i]`)).slice(0, MAX_ELEMENTS);
    for (const link of links) {
      const value = parse(decodeHref(link.getAttribute('href') ?? ''));
      if (value) values.set(prefix === 'mailto:' ? value.toLowerCase() : value.replace(/[^\d+]/g, ''), value);
    }
    // Several addresses (a team or contact page): which one is the person's is a guess; none is taken.
    return values.size === 1 ? [...values.values()][0] : undefined;
  };
  return { email: lower(distinct('mailto:', emailOf)), phone: distinct('tel:', phoneOf) };
}

/** A mailto:/tel: href without its query ("?subject=..."), percent-decoded when it can be. */
function decodeHref(href: string): string {
  const bare = href.split('?')[0] ?? '';
  try {
    return decodeURIComponent(bare);
  } catch {
    return bare;
  }
}

const lower = (email: string | undefined) => email?.toLowerCase();

export function extractGenericPage(doc: Document): CaptureResult {
  const sources: Source[] = [
    { strategy: 'json-ld', fields: PERSON_FIELDS, read: () => jsonLdPerson(doc) },
    { strategy: 'h-card', fields: PERSON_FIELDS, read: () => microformatPerson(doc, H_CARD) },
    { strategy: 'vcard', fields: PERSON_FIELDS, read: () => microformatPerson(doc, VCARD) },
    { strategy: 'contact-link', fields: ['email', 'phone'], read: () => contactLinks(doc) },
  ];
  try {
    const { fields, diagnostics } = collect(sources, WANTED);
    if (!fields.name) {
      return {
        kind: 'unsupported',
        site: GENERIC_SITE,
        fields: {},
        activities: [],
        diagnostics: [{ field: '*', strategy: 'no-person' }, ...diagnostics].slice(0, MAX_DIAGNOSTICS),
      };
    }
    return { kind: 'profile', site: GENERIC_SITE, fields, activities: [], diagnostics };
  } catch {
    return {
      kind: 'unsupported',
      site: GENERIC_SITE,
      fields: {},
      activities: [],
      diagnostics: [{ field: '*', strategy: 'extract-failed' }],
    };
  }
}
