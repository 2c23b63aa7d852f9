/** " at ", "@" and the local words for it (Dutch bij, Swedish på/hos, Polish w, Romanian la, German bei, French chez). */
const AT = /^(.+?)(?:\s+(?:at|bij|på|hos|w|la|bei|chez)\s+|\s*@\s*)(.+)$/i;

/**
 * The title and company of a headline shaped "Title at Company | more" (last-resort guess:
 * headlines are free text). Empty when the headline has no such shape.
 */
export function splitHeadline(headline: string | undefined): { title?: string; company?: string } {
  const first = headline?.split(/\s+[|·•]\s+/)[0]?.trim();
  const match = first?.match(AT);
  if (!match?.[1] || !match[2]) return {};
  return { title: match[1].trim(), company: match[2].trim() };
}
