import { dictionaries, loadLanguageData } from './catalog';
import { en, type MessageKey } from './en';
import { type Lang, pickLanguage, pickLocale } from './language';

/*
 * UI strings in five languages. To add a string: add the key to the end of en.ts, then the same key
 * to nl.ts, sv.ts, pl.ts and ro.ts with the same `{0}` placeholders. tsc fails on a missing key
 * (each dictionary is a Record<MessageKey, string>) and i18n.test.ts on a missing placeholder or a
 * value left in English. Framework text (labels, questions) lives in frameworks/<lang>.ts.
 */

/** Loads the current language's strings (a chunk of its own); call before rendering a page. */
export function loadLanguage(): Promise<void> {
  return loadLanguageData(currentLanguage());
}

interface Current {
  lang: Lang;
  locale: string;
}

/** Chosen on first use, so a test or page can set things up before any string is read. */
let current: Current | undefined;

/** The browser's preferred languages, most preferred first; none where there is no navigator. */
function browserLanguages(): readonly string[] {
  if (typeof navigator === 'undefined') return [];
  const languages = navigator.languages;
  if (languages && languages.length > 0) return languages;
  return navigator.language ? [navigator.language] : [];
}

function state(): Current {
  if (!current) {
    const preferred = browserLanguages();
    const lang = pickLanguage(preferred);
    current = { lang, locale: pickLocale(preferred, lang) };
  }
  return current;
}

/**
 * Sets the UI language (for tests, and for a language setting later); `null` goes back to the
 * browser's choice. Components read the language when they render, so set it before rendering:
 * what is already on screen does not change.
 */
export function setLanguage(lang: Lang | null): void {
  current = lang === null ? undefined : { lang, locale: pickLocale(browserLanguages(), lang) };
}

/** The UI language: set by setLanguage, else the first of `navigator.languages` LeadLens speaks, else English. */
export function currentLanguage(): Lang {
  return state().lang;
}

/** The locale to pass to Intl so dates and numbers match the UI language, like 'nl-NL' or 'en-US'. */
export function currentLocale(): string {
  return state().locale;
}

/** A UI string in the current language with its `{0}` placeholders, for a component that fills them with elements. */
export function template(key: MessageKey): string {
  return dictionaries[state().lang]?.[key] ?? en[key];
}

/** A UI string in the current language, with `{0}`, `{1}`, ... replaced by the given values. */
export function t(key: MessageKey, ...values: (string | number)[]): string {
  return template(key).replace(/\{(\d)\}/g, (_, i: string) => String(values[Number(i)] ?? ''));
}

export { LANGUAGES, type Lang, pickLanguage } from './language';
export type { MessageKey };
