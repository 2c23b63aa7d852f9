import type { CapturedFields } from '../capture/types';
import { type CrmRecordRef, crmIdentityKey } from './crmKey';
import { emailIdentityKey } from './emailKey';

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
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (!/(^|\.)linkedin\.com$/i.test(url.hostname)) return null;
  const match = /^\/sales\/(?:lead|people)\/([^,/?#]+)/i.exec(url.pathname);
  return match?.[1] ? `sales/${match[1]}` : null;
}

/** Where a capture came from, for keys that depend on it (CRM record ids). */
export interface CaptureOrigin {
  site: string;
  crm?: CrmRecordRef;
}

/**
 * The keys a captured person can be matched by, most specific first: LinkedIn profile (from the
 * captured profile URL and the page URL), Sales Navigator lead id, CRM record id, e-mail address.
 * A Sales Navigator page that shows the public profile URL yields both LinkedIn keys, so both
 * land on one lead. Shared role inboxes are never keys (see emailKey.ts for the e-mail policy).
 */
export function identityKeysFor(fields: CapturedFields, pageUrl: string, origin?: CaptureOrigin): string[] {
  const keys = new Set<string>();
  for (const candidate of [fields.linkedinUrl, pageUrl]) {
    const key = candidate ? linkedInProfileKey(candidate) : null;
    if (key) keys.add(`linkedin:${key}`);
  }
  const salesKey = salesNavigatorLeadKey(pageUrl);
  if (salesKey) keys.add(`linkedin:${salesKey}`);
  const crmKey = origin?.crm ? crmIdentityKey(origin.site, origin.crm, pageUrl) : null;
  if (crmKey) keys.add(crmKey);
  const emailKey = fields.email ? emailIdentityKey(fields.email) : null;
  if (emailKey) keys.add(emailKey);
  return [...keys];
}
