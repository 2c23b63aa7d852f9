import type { RawFields } from '../collect';
import { firstText, query, queryFirst, splitDotted, textOf } from '../dom';
import { EXPERIENCE, SDUI_ENTITY_ITEM, SDUI_EXPERIENCE } from './selectors';

const YEAR = /\b(?:19|20)\d{2}\b/;
const YEARS = /\b(?:19|20)\d{2}\b/g;

/** A date line like "Jul 2021 - Present · 3 yrs" is current unless it names an end year too. */
function isCurrent(dates: string | undefined): boolean {
  const range = splitDotted(dates)[0] ?? '';
  return (range.match(YEARS)?.length ?? 0) < 2;
}

/**
 * Current position from the 2024-2025 member layout's experience card: the first entry, or
 * for several roles at one employer (a nested list), the employer and its first role.
 */
export function readMemberExperience(doc: Document): RawFields {
  const section = doc.getElementById(EXPERIENCE.anchorId)?.closest('section');
  const entry = section ? query(section, EXPERIENCE.entity) : null;
  if (!entry) return readLegacyPosition(doc);
  const role = query(entry, EXPERIENCE.nestedEntity);
  const roleOrEntry = role ?? entry;
  if (!isCurrent(textOf(query(roleOrEntry, EXPERIENCE.caption)))) return {};
  const title = textOf(query(roleOrEntry, EXPERIENCE.bold));
  const company = role
    ? textOf(query(entry, EXPERIENCE.bold))
    : splitDotted(textOf(query(entry, EXPERIENCE.subtitle)))[0];
  return { title, company };
}

/** 2016 public layout: the first position marked current. */
function readLegacyPosition(doc: Document): RawFields {
  return { title: firstText(doc, [EXPERIENCE.legacyTitle]), company: firstText(doc, [EXPERIENCE.legacyCompany]) };
}

/**
 * Current position from the 2026 layout's experience section, where each entry is a
 * `componentkey="entity-collection-item…"` block of paragraphs: title, "Company · Full-time",
 * dates. Several roles at one employer nest entries under the employer's paragraph.
 */
export function readSduiExperience(doc: Document): RawFields {
  const section = queryFirst(doc, SDUI_EXPERIENCE);
  const entry = section ? query(section, SDUI_ENTITY_ITEM) : null;
  if (!entry) return {};
  const role = query(entry, SDUI_ENTITY_ITEM);
  const roleLines = ownParagraphs(role ?? entry);
  if (!isCurrent(roleLines.find((line) => YEAR.test(line)))) return {};
  if (role) return { title: roleLines[0], company: ownParagraphs(entry)[0] };
  return { title: roleLines[0], company: splitDotted(roleLines[1])[0] };
}

/** Texts of the paragraphs that belong to this entry, not to entries nested in it. */
function ownParagraphs(entry: Element): string[] {
  return Array.from(entry.querySelectorAll('p'))
    .filter((p) => p.closest(SDUI_ENTITY_ITEM) === entry)
    .map((p) => textOf(p))
    .filter((text): text is string => text !== undefined);
}
