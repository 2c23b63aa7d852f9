/** The languages LeadLens speaks, English first as the fallback. */
export const LANGUAGES = ['en', 'nl', 'sv', 'pl', 'ro'] as const;
export type Lang = (typeof LANGUAGES)[number];

/**
 * The locale for dates and numbers when the browser lists no tag of the chosen language (English
 * picked as the fallback for, say, 'de-DE', or a language set by hand): the main country of each
 * language, and British English for the mostly European users who fall back to English (day before
 * month, 24-hour clock).
 */
export const DEFAULT_LOCALES: Readonly<Record<Lang, string>> = {
  en: 'en-GB',
  nl: 'nl-NL',
  sv: 'sv-SE',
  pl: 'pl-PL',
  ro: 'ro-RO',
};

/** Old or alternative primary subtags of a language we speak: 'mo' is the withdrawn tag for Moldovan (Romanian). */
const ALIASES: Readonly<Record<string, Lang>> = { mo: 'ro' };

function isLang(value: string): value is Lang {
  return (LANGUAGES as readonly string[]).includes(value);
}

/** The language of a tag by its primary subtag: 'nl-BE' → 'nl', 'sv_FI' → 'sv', 'de-DE' → undefined. */
export function languageOf(tag: string): Lang | undefined {
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return isLang(primary) ? primary : ALIASES[primary];
}

/**
 * The first of the user's preferred languages (`navigator.languages`, most preferred first) that
 * LeadLens speaks, matched by the primary subtag, so 'nl-BE' gets Dutch and 'sv-FI' Swedish. A
 * language further down the list still wins over the fallback: ['de-DE', 'pl-PL'] gets Polish,
 * while ['de-DE', 'en', 'pl'] gets English because the user put it first.
 *
 * Anything else gets English, including Norwegian ('nb', 'nn', 'no') and Danish: Swedish would be
 * readable for many of them, but software they use falls back to English, not to a neighbour's
 * language, so that is what they expect.
 */
export function pickLanguage(preferred: readonly string[]): Lang {
  for (const tag of preferred) {
    const lang = languageOf(tag);
    if (lang) return lang;
  }
  return 'en';
}

/**
 * The locale for Intl (dates, numbers, durations) in language `lang`: the user's own tag of that
 * language when they list one ('nl-BE' stays Belgian, 'en-US' American), else DEFAULT_LOCALES. Text
 * and formatted values so always share one language: no Swedish durations in an English sentence.
 */
export function pickLocale(preferred: readonly string[], lang: Lang): string {
  for (const tag of preferred) {
    if (languageOf(tag) !== lang) continue;
    try {
      const [canonical] = Intl.getCanonicalLocales(tag.replace(/_/g, '-'));
      if (canonical) return canonical;
    } catch {
      // Not a valid BCP 47 tag (a browser should never list one): try the next.
    }
  }
  return DEFAULT_LOCALES[lang];
}
