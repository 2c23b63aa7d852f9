/*
 * The words a lead is found by: the folded words of its name, company, title and email. They are
 * stored on the lead record as `searchWords` and indexed (multi-entry, schema v5), so a search is
 * one index range per word ("vries" → every key from "vries" up to "vries\uffff"), never a scan.
 * lib/db/searchWordsMiddleware.ts keeps the field right on every write.
 */

/** Lower case without accents: "Ștefan Łukasz Sjöberg" → "stefan lukasz sjoberg". */
export function fold(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ł/g, 'l')
    .replace(/ø/g, 'o')
    .replace(/\s+/g, ' ')
    .trim();
}

const SEPARATORS = /[\s\-'’.,@_/()]+/;
/** Words kept per lead: a 500-character title has no more than this many worth searching. */
const MAX_WORDS = 64;
/** Longest word kept; a search word longer than this is cut to it, so it still finds its lead. */
export const MAX_WORD_LENGTH = 40;

/** The folded words of a text: "Jan de Vries" → jan, de, vries; "jan@acme.nl" → jan, acme, nl. */
function words(text: string | undefined): string[] {
  return text
    ? fold(text)
        .split(SEPARATORS)
        .filter(Boolean)
        .map((w) => w.slice(0, MAX_WORD_LENGTH))
    : [];
}

export interface SearchableFields {
  name?: string;
  company?: string;
  title?: string;
  email?: string;
}

/** The distinct words of a lead's name, company, title and email, at most MAX_WORDS. */
export function leadSearchWords(lead: SearchableFields): string[] {
  const all = new Set([lead.name, lead.company, lead.title, lead.email].flatMap(words));
  return [...all].slice(0, MAX_WORDS);
}

/** The distinct words a search asks for; none for a blank search. */
export function queryWords(search: string): string[] {
  return [...new Set(words(search.slice(0, 200)))];
}

/** Every query word starts some word of the lead's name, company, title or email. */
export function matchesSearch(lead: SearchableFields, wanted: readonly string[]): boolean {
  const own = leadSearchWords(lead);
  return wanted.every((w) => own.some((o) => o.startsWith(w)));
}
