import { collect, type Source } from '../collect';
import { countryFromLocation } from '../country';
import { canonicalHref, metaContent, query } from '../dom';
import { type Extraction, readActivities } from '../extraction';
import { splitHeadline } from '../headline';
import { cleanText } from '../sanitize';
import type { FieldName } from '../types';
import { readOwnPosts } from './activities';
import { readMemberExperience, readSduiExperience } from './experience';
import { readJsonLdPerson } from './jsonLd';
import { parsePageTitle } from './pageTitle';
import { PROFILE } from './selectors';
import { readSduiTopCard, readTopCard, topCardName } from './topCard';
import { normalizeProfileUrl, profileSlug, profileSlugOf } from './urls';
import { readVoyagerProfile } from './voyager';

const WANTED: readonly FieldName[] = ['name', 'headline', 'title', 'company', 'location', 'country', 'linkedinUrl'];
const PERSON: readonly FieldName[] = ['name', 'title', 'company', 'location', 'country', 'linkedinUrl'];

/** "Current company: Novare Potential. Click to skip to experience card" → "Novare Potential". */
function currentCompanyFromAria(doc: Document): string | undefined {
  const label = cleanText(query(doc, PROFILE.currentCompanyButton)?.getAttribute('aria-label'));
  return label
    ?.replace(/^Current company:\s*/, '')
    .replace(/\.\s*Click to skip.*$/i, '')
    .trim();
}

/** A member profile (/in/<slug>/): public, member 2024-2025 and 2026 layouts, and the 2016 public layout. */
export function extractProfile(doc: Document, url: URL, overrides: readonly Source[]): Extraction {
  const slug = profileSlug(url.pathname);
  const sources: Source[] = [
    ...overrides,
    { strategy: 'json-ld', fields: PERSON, read: () => readJsonLdPerson(doc, slug) },
    { strategy: 'embedded-json', fields: WANTED, read: () => readVoyagerProfile(doc, slug, topCardName(doc)) },
    { strategy: 'aria-label', fields: ['company'], read: () => ({ company: currentCompanyFromAria(doc) }) },
    { strategy: 'experience', fields: ['title', 'company'], read: () => readMemberExperience(doc) },
    { strategy: 'sdui-experience', fields: ['title', 'company'], read: () => readSduiExperience(doc) },
    {
      strategy: 'sdui-top-card',
      fields: ['name', 'headline', 'company', 'location'],
      read: () => readSduiTopCard(doc),
    },
    { strategy: 'top-card', fields: ['name', 'headline', 'location', 'linkedinUrl'], read: () => readTopCard(doc) },
    {
      strategy: 'og-title',
      fields: ['name', 'title', 'company'],
      read: () => parsePageTitle(metaContent(doc, 'og:title')),
    },
    { strategy: 'title', fields: ['name', 'title', 'company'], read: () => parsePageTitle(doc.title) },
    { strategy: 'headline-text', fields: ['title', 'company'], read: (found) => splitHeadline(found.headline) },
    {
      strategy: 'canonical',
      fields: ['linkedinUrl'],
      read: () => ({ linkedinUrl: normalizeProfileUrl(canonicalHref(doc) ?? metaContent(doc, 'og:url')) }),
    },
    { strategy: 'url', fields: ['linkedinUrl'], read: () => ({ linkedinUrl: normalizeProfileUrl(url.href) }) },
    { strategy: 'location', fields: ['country'], read: (found) => ({ country: countryFromLocation(found.location) }) },
  ];
  const { fields, diagnostics } = collect(sources, WANTED);
  const activities = readActivities(diagnostics, () => readOwnPosts(doc, profileSlugOf(fields.linkedinUrl) ?? slug));
  return { fields, diagnostics, activities };
}
