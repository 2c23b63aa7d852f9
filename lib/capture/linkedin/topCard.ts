import type { RawFields } from '../collect';
import { countryFromLocation } from '../country';
import { firstText, queryFirst, splitDotted, textOf } from '../dom';
import { PROFILE, SDUI_TOP_CARD } from './selectors';
import { normalizeProfileUrl } from './urls';

/** The name heading of the 2016-2025 layouts and the section around it (the top card). */
function nameHeading(doc: Document, selectors: readonly string[]): { name?: string; card: ParentNode } {
  for (const selector of selectors) {
    const el = queryFirst(doc, [selector]);
    const name = textOf(el);
    if (el && name) return { name, card: el.closest('section') ?? doc };
  }
  return { card: doc };
}

/** Name, headline, location and own profile link from the 2016-2025 top card markup. */
export function readTopCard(doc: Document): RawFields {
  const { name, card } = nameHeading(doc, [...PROFILE.name, PROFILE.anyMainHeading]);
  return {
    name,
    headline: firstText(card, PROFILE.headline),
    location: firstText(card, PROFILE.location),
    linkedinUrl: normalizeProfileUrl(queryFirst(card, PROFILE.selfLink)?.getAttribute('href') ?? undefined),
  };
}

/** Connection degree ("· 2nd"), counts ("500+ connections", "1.234 urmăritori"), pronouns. */
const NOISE = [/^[·•]/, /^\d[\d.,+\s]*(?:de\s+)?\p{L}*$/u, /^\(?\p{L}+\/\p{L}+\)?$/u];

/**
 * The 2026 top card (`componentkey` ending in "Topcard", hashed classes only): the name in an
 * h2, then plain paragraphs in this order: connection degree, headline, "Company · School",
 * location, connection count, and a "Contact info" link (any UI language).
 */
export function readSduiTopCard(doc: Document): RawFields {
  const card = queryFirst(doc, SDUI_TOP_CARD);
  if (!card) return {};
  const name = textOf(card.querySelector('h2'));
  const lines = Array.from(card.querySelectorAll('p'))
    .filter((p) => !queryFirst(p, PROFILE.selfLink))
    .map((p) => textOf(p))
    .filter((line): line is string => line !== undefined && line !== name && !NOISE.some((re) => re.test(line)));
  const [headline, ...rest] = lines;
  const companies = rest.find((line) => /\s[·•]\s/.test(line));
  const location = rest.find(
    (line) =>
      line !== companies &&
      line.length <= 100 &&
      !/[|@·•]/.test(line) &&
      (line.includes(',') || countryFromLocation(line) !== undefined),
  );
  return { name, headline, company: splitDotted(companies)[0], location };
}

/** The viewed member's name as the top card shows it (to tell them from the signed-in viewer). */
export function topCardName(doc: Document): string | undefined {
  return (
    nameHeading(doc, PROFILE.name).name ??
    textOf(queryFirst(doc, SDUI_TOP_CARD)?.querySelector('h2')) ??
    nameHeading(doc, [PROFILE.anyMainHeading]).name
  );
}
