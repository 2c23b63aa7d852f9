import { collect, type RawFields, type Source } from '../collect';
import { countryFromLocation } from '../country';
import { firstText, metaContent, query, textOf } from '../dom';
import type { Extraction } from '../extraction';
import { cleanText, parseCount } from '../sanitize';
import type { FieldName } from '../types';
import { readJsonLdOrganization } from './jsonLd';
import { parsePageTitle } from './pageTitle';
import { COMPANY } from './selectors';
import { normalizeCompanyUrl } from './urls';

const WANTED: readonly FieldName[] = [
  'company',
  'industry',
  'companySize',
  'companySizeBand',
  'headquarters',
  'website',
  'followers',
  'country',
  'linkedinUrl',
];
const ABOUT: readonly FieldName[] = ['industry', 'companySize', 'companySizeBand', 'headquarters', 'website'];

/** "51-200 employees" → band "51-200", size 51; "10,001+ employees" → "10,001+", 10001. */
function parseSizeBand(text: string | undefined): RawFields {
  const match = cleanText(text)?.match(/(\d[\d,.]*)\s*(?:[-–]\s*(\d[\d,.]*)|(\+))/);
  if (!match?.[1]) return { companySize: parseCount(text) };
  const band = match[2] ? `${match[1]}-${match[2]}` : `${match[1]}+`;
  return { companySizeBand: band, companySize: parseCount(match[1]) };
}

/** "4,812 followers" anywhere in a text. */
function followersIn(text: string | undefined): number | undefined {
  const match = cleanText(text)?.match(/([\d.,\s]*\d\s*[KkMm]?)\s+followers\b/i);
  return match?.[1] ? parseCount(match[1]) : undefined;
}

/** A website link's target: LinkedIn's /redir/redirect?url=... unwrapped; only http(s) URLs. */
function websiteOf(el: Element | null): string | undefined {
  if (!el) return undefined;
  const link = el.matches('a[href]') ? el : el.querySelector('a[href]');
  let href = link?.getAttribute('href') ?? textOf(el) ?? '';
  try {
    const url = new URL(href, 'https://www.linkedin.com/');
    if (url.pathname.startsWith('/redir/redirect')) href = url.searchParams.get('url') ?? '';
  } catch {
    return undefined;
  }
  return /^https?:\/\/[^\s/]+\.[^\s]+$/i.test(href.trim()) ? href.trim() : undefined;
}

/** Guest layout: `<div data-test-id="about-us__industry"><dd>…</dd></div>` and friends. */
function readAboutUs(doc: Document): RawFields {
  return {
    industry: firstText(doc, [COMPANY.aboutUs('industry')]),
    ...parseSizeBand(firstText(doc, [COMPANY.aboutUs('size')])),
    headquarters: firstText(doc, [COMPANY.aboutUs('headquarters')]),
    website: websiteOf(query(doc, COMPANY.aboutUs('website'))),
  };
}

/** Member layout About page: `<dl><dt>Industry</dt><dd>…</dd>…</dl>`. */
function readAboutList(doc: Document): RawFields {
  const fields: RawFields = {};
  for (const term of Array.from(doc.querySelectorAll(COMPANY.aboutTerms))) {
    const definition = term.nextElementSibling?.tagName === 'DD' ? term.nextElementSibling : null;
    const label = textOf(term)?.toLowerCase() ?? '';
    if (label === 'website') fields.website = websiteOf(definition);
    else if (label === 'industry') fields.industry = textOf(definition);
    else if (label === 'company size') Object.assign(fields, parseSizeBand(textOf(definition)));
    else if (label === 'headquarters') fields.headquarters = textOf(definition);
  }
  return fields;
}

/** Member layout top card: industry, headquarters, "4,812 followers", "51-200 employees". */
function readInfoItems(doc: Document): RawFields {
  const items = Array.from(doc.querySelectorAll(COMPANY.infoItems)).map((el) => textOf(el) ?? '');
  const plain = items.filter((item) => item && !/\d/.test(item));
  const employees = items.find((item) => /employees/i.test(item));
  return {
    industry: plain[0],
    headquarters: plain[1],
    followers: items.map(followersIn).find((count) => count !== undefined),
    ...(employees ? parseSizeBand(employees) : {}),
  };
}

/** A company page (/company/<slug>/), guest and member layouts. */
export function extractCompany(doc: Document, url: URL, overrides: readonly Source[]): Extraction {
  const sources: Source[] = [
    ...overrides,
    {
      strategy: 'json-ld',
      fields: ['company', 'headquarters', 'country', 'website', 'linkedinUrl'],
      read: () => readJsonLdOrganization(doc),
    },
    { strategy: 'about-us', fields: ABOUT, read: () => readAboutUs(doc) },
    { strategy: 'about-list', fields: ABOUT, read: () => readAboutList(doc) },
    {
      strategy: 'top-card',
      fields: ['company', 'followers'],
      read: () => ({
        company: firstText(doc, COMPANY.name),
        followers: followersIn(textOf(query(doc, COMPANY.guestSubline))),
      }),
    },
    {
      strategy: 'info-items',
      fields: ['industry', 'headquarters', 'followers', 'companySize', 'companySizeBand'],
      read: () => readInfoItems(doc),
    },
    {
      strategy: 'og-title',
      fields: ['company'],
      read: () => ({ company: parsePageTitle(metaContent(doc, 'og:title')).name }),
    },
    { strategy: 'title', fields: ['company'], read: () => ({ company: parsePageTitle(doc.title).name }) },
    {
      strategy: 'meta-description',
      fields: ['followers'],
      read: () => ({ followers: followersIn(metaContent(doc, 'description')) }),
    },
    { strategy: 'url', fields: ['linkedinUrl'], read: () => ({ linkedinUrl: normalizeCompanyUrl(url.href) }) },
    {
      strategy: 'location',
      fields: ['country'],
      read: (found) => ({ country: countryFromLocation(found.headquarters) }),
    },
  ];
  const { fields, diagnostics } = collect(sources, WANTED);
  return { fields, diagnostics, activities: [] };
}
