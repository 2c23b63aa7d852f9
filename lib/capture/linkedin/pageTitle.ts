const MAX_TITLE_LENGTH = 1000;
const LINKEDIN_SUFFIX = /\s*\|\s*LinkedIn\s*$/i;
const COMPANY_TAB = /:\s*(?:About|Overview|Posts|Jobs|People|Life|Insights|Events|Products|Videos)$/i;

/**
 * The parts of a LinkedIn page title: "Name - Title - Company | LinkedIn" (public profile),
 * "(3) Name | LinkedIn" (member view, with the notification count), "Company: About | LinkedIn".
 */
export function parsePageTitle(title: string | undefined): { name?: string; title?: string; company?: string } {
  // Real titles are short; the length check also keeps the regular expressions linear.
  if (!title || title.length > MAX_TITLE_LENGTH || !LINKEDIN_SUFFIX.test(title)) return {};
  const text = title
    .replace(LINKEDIN_SUFFIX, '')
    .replace(/^\s*\(\d+\+?\)\s*/, '')
    .replace(COMPANY_TAB, '')
    .trim();
  // More "|" parts ("Experience | Name | LinkedIn") is a sub-page, not the profile itself.
  if (!text || text.includes('|')) return {};
  const [name, ...rest] = text.split(/\s+[-–]\s+/);
  if (rest.length < 2) return { name };
  return { name, title: rest.slice(0, -1).join(' - '), company: rest.at(-1) };
}
