import { registerLanguage } from './catalog';
import { en } from './en';
import { nlFrameworks } from './frameworks/nl';
import { plFrameworks } from './frameworks/pl';
import { roFrameworks } from './frameworks/ro';
import { svFrameworks } from './frameworks/sv';
import { nl } from './nl';
import { pl } from './pl';
import { ro } from './ro';
import { sv } from './sv';

// Every language at once, for tests (test/setup.ts) and the parity checks; pages load only
// the language they show (catalog.ts).

export const DICTIONARIES = { en, nl, sv, pl, ro } as const;
export const FRAMEWORK_TEXT = { nl: nlFrameworks, sv: svFrameworks, pl: plFrameworks, ro: roFrameworks } as const;

export function registerAllLanguages(): void {
  for (const lang of ['nl', 'sv', 'pl', 'ro'] as const)
    registerLanguage(lang, DICTIONARIES[lang], FRAMEWORK_TEXT[lang]);
}
