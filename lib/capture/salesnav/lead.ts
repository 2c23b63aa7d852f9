import { collect, type RawFields, type Source } from '../collect';
import { countryFromLocation } from '../country';
import { firstText, textOf } from '../dom';
import type { Extraction } from '../extraction';
import { splitHeadline } from '../headline';
import { asString } from '../json';
import { salesLeadId } from '../linkedin/urls';
import type { FieldName } from '../types';
import { readSalesApiProfile } from './salesApi';
import { ANONYMIZE, TOP_CARD_2019 } from './selectors';

const WANTED: readonly FieldName[] = [
  'name',
  'headline',
  'title',
  'company',
  'location',
  'country',
  'industry',
  'linkedinUrl',
];

/** The first text of each `data-anonymize` kind, in one pass over the page. */
function readAnonymized(doc: Document): RawFields {
  const seen = new Map<string, string>();
  for (const el of Array.from(doc.querySelectorAll(ANONYMIZE.any))) {
    const kind = el.getAttribute('data-anonymize') ?? '';
    const text = seen.has(kind) ? undefined : textOf(el);
    if (text) seen.set(kind, text);
  }
  return {
    name: seen.get(ANONYMIZE.name),
    headline: seen.get(ANONYMIZE.headline),
    title: seen.get(ANONYMIZE.title),
    company: seen.get(ANONYMIZE.company),
    location: seen.get(ANONYMIZE.location),
  };
}

function readTopCard2019(doc: Document): RawFields {
  return {
    name: firstText(doc, [TOP_CARD_2019.name]),
    location: firstText(doc, [TOP_CARD_2019.location]),
    title: firstText(doc, [TOP_CARD_2019.title]),
    company: firstText(doc, [TOP_CARD_2019.company]),
  };
}

/** A Sales Navigator lead page (/sales/lead/<id>,… or the older /sales/people/<id>,…). */
export function extractSalesLead(doc: Document, url: URL, overrides: readonly Source[]): Extraction {
  let anonymized: RawFields | undefined;
  const anonymizedOnce = () => {
    anonymized ??= readAnonymized(doc);
    return anonymized;
  };
  const topCardName = () => asString(anonymizedOnce().name) ?? firstText(doc, [TOP_CARD_2019.name]);
  const sources: Source[] = [
    ...overrides,
    {
      strategy: 'embedded-json',
      fields: ['name', 'headline', 'title', 'company', 'location', 'industry', 'linkedinUrl'],
      read: () => readSalesApiProfile(doc, salesLeadId(url.pathname), topCardName()),
    },
    {
      strategy: 'data-anonymize',
      fields: ['name', 'headline', 'title', 'company', 'location'],
      read: anonymizedOnce,
    },
    { strategy: 'top-card', fields: ['name', 'title', 'company', 'location'], read: () => readTopCard2019(doc) },
    { strategy: 'headline-text', fields: ['title', 'company'], read: (found) => splitHeadline(found.headline) },
    { strategy: 'location', fields: ['country'], read: (found) => ({ country: countryFromLocation(found.location) }) },
  ];
  const { fields, diagnostics } = collect(sources, WANTED);
  return { fields, diagnostics, activities: [] };
}
