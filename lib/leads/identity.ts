import type { CapturedFields } from '../capture/types';

/**
 * Normalizes a LinkedIn profile URL to its canonical slug key: country subdomains, trailing
 * slashes, query strings, fragments and case do not matter ("nl.linkedin.com/in/Jan-de-Vries/?x" ->
 * "in/jan-de-vries"). Returns null for anything that is not a member profile URL.
 */
export function linkedInProfileKey(raw: string): string | null {
  let url: URL;
  try {
    url = new URL(raw.startsWith('http') ? raw : `https://${raw}`);
  } catch {
    return null;
  }
  if (!/(^|\.)linkedin\.com$/i.test(url.hostname)) return null;
  const match = /^\/in\/([^/]+)/i.exec(url.pathname);
  if (!match?.[1]) return null;
  let slug: string;
  try {
    slug = decodeURIComponent(match[1]);
  } catch {
    slug = match[1];
  }
  return `in/${slug.toLowerCase()}`;
}

/** Sales Navigator lead id from /sales/lead/<id>,<search type>,<token> URLs. */
export function salesNavigatorLeadKey(raw: string): string | null {
  const match = /\/sales\/(?:lead|people)\/([^,/?#]+)/i.exec(raw);
  return match?.[1] ? `sales/${match[1]}` : null;
}

/** The keys a captured person can be matched by, most specific first. */
export function identityKeysFor(fields: CapturedFields, pageUrl: string): string[] {
  const keys = new Set<string>();
  for (const candidate of [fields.linkedinUrl, pageUrl]) {
    const key = candidate ? linkedInProfileKey(candidate) : null;
    if (key) keys.add(`linkedin:${key}`);
  }
  const salesKey = salesNavigatorLeadKey(pageUrl);
  if (salesKey) keys.add(`linkedin:${salesKey}`);
  if (fields.email) keys.add(`email:${fields.email.trim().toLowerCase()}`);
  return [...keys];
}
