import { en, type MessageKey } from './en';
import type { FrameworkText } from './frameworks/types';
import type { Lang } from './language';

/*
 * The languages loaded so far. English is always here; the others are loaded on demand (one
 * chunk per language), so a page carries only the language it shows.
 */

export type Dictionary = Readonly<Record<MessageKey, string>>;
export type OtherLang = Exclude<Lang, 'en'>;

export const dictionaries: Partial<Record<Lang, Dictionary>> = { en };
export const frameworkTexts: Partial<Record<OtherLang, FrameworkText>> = {};

export function registerLanguage(lang: OtherLang, dictionary: Dictionary, frameworks: FrameworkText): void {
  dictionaries[lang] = dictionary;
  frameworkTexts[lang] = frameworks;
}

const LOADERS: Record<OtherLang, () => Promise<[Dictionary, FrameworkText]>> = {
  nl: () => Promise.all([import('./nl').then((m) => m.nl), import('./frameworks/nl').then((m) => m.nlFrameworks)]),
  sv: () => Promise.all([import('./sv').then((m) => m.sv), import('./frameworks/sv').then((m) => m.svFrameworks)]),
  pl: () => Promise.all([import('./pl').then((m) => m.pl), import('./frameworks/pl').then((m) => m.plFrameworks)]),
  ro: () => Promise.all([import('./ro').then((m) => m.ro), import('./frameworks/ro').then((m) => m.roFrameworks)]),
};

/** Loads a language's strings and framework text once; English needs nothing. */
export async function loadLanguageData(lang: Lang): Promise<void> {
  if (lang === 'en' || dictionaries[lang]) return;
  const [dictionary, frameworks] = await LOADERS[lang]();
  registerLanguage(lang, dictionary, frameworks);
}
