import { cleanText } from './sanitize';

/** Case-, diacritic- and whitespace-insensitive form of a person's name, for matching. */
function foldName(name: string): string {
  return (cleanText(name) ?? '')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

/** True when two names are the same person's name as displayed (ignoring case and accents). */
export function sameName(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b) return false;
  const folded = foldName(a);
  return folded !== '' && folded === foldName(b);
}
