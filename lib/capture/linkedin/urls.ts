/** linkedin.com or one of its country subdomains (se.linkedin.com, www.linkedin.com, ...). */
export function isLinkedInHost(host: string): boolean {
  const h = host.toLowerCase();
  return h === 'linkedin.com' || h.endsWith('.linkedin.com');
}

function decode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

function pathSegment(path: string, pattern: RegExp): string | undefined {
  const match = path.match(pattern);
  return match?.[1] ? decode(match[1]) : undefined;
}

/** The member's public identifier in a /in/<slug>/ path, decoded. */
export function profileSlug(path: string): string | undefined {
  return pathSegment(path, /^\/(?:public-profile\/)?in\/([^/?#]+)/i);
}

/** The profile id of a Sales Navigator lead path: /sales/lead/<id>,NAME_SEARCH,xyz or /sales/people/<id>,... */
export function salesLeadId(path: string): string | undefined {
  return pathSegment(path, /^\/sales\/(?:lead|people)\/([^,/?#]+)/i);
}

/** The company's slug or numeric id in a /company/<slug>/ path. */
export function companySlug(path: string): string | undefined {
  return pathSegment(path, /^\/company\/([^/?#]+)/i);
}

function parseLinkedInUrl(href: string): URL | undefined {
  try {
    const url = new URL(href, 'https://www.linkedin.com/');
    return isLinkedInHost(url.hostname) ? url : undefined;
  } catch {
    return undefined;
  }
}

/** https://www.linkedin.com/in/<slug>/ for a profile slug (percent-encoded, lower case). */
export function profileUrlFromSlug(slug: string): string | undefined {
  const clean = slug.trim().toLowerCase();
  return clean ? `https://www.linkedin.com/in/${encodeURIComponent(clean)}/` : undefined;
}

/** Any LinkedIn profile link (country subdomain, tracking query, overlay path) in the canonical form. */
export function normalizeProfileUrl(href: string | undefined): string | undefined {
  const url = href ? parseLinkedInUrl(href) : undefined;
  const slug = url && profileSlug(url.pathname);
  return slug ? profileUrlFromSlug(slug) : undefined;
}

/** Any LinkedIn company link in the form https://www.linkedin.com/company/<slug>/. */
export function normalizeCompanyUrl(href: string | undefined): string | undefined {
  const url = href ? parseLinkedInUrl(href) : undefined;
  const slug = url && companySlug(url.pathname);
  return slug ? `https://www.linkedin.com/company/${encodeURIComponent(slug.toLowerCase())}/` : undefined;
}

/** The slug of any LinkedIn profile link, or undefined when it is not one. */
export function profileSlugOf(href: string | undefined): string | undefined {
  const url = href ? parseLinkedInUrl(href) : undefined;
  return url ? profileSlug(url.pathname) : undefined;
}
