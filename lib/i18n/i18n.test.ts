import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { currentLanguage, currentLocale, LANGUAGES, type Lang, pickLanguage, setLanguage, t } from '.';
import { DICTIONARIES } from './all';
import { en, type MessageKey } from './en';
import { DEFAULT_LOCALES, languageOf, pickLocale } from './language';

const KEYS = Object.keys(en).sort() as MessageKey[];
const TRANSLATED = LANGUAGES.filter((lang) => lang !== 'en');

/**
 * Keys whose value may be the English word in another language: the product name, stage names
 * that sales teams use untranslated, and words those languages borrowed as they are.
 */
const SAME_AS_ENGLISH = new Set<MessageKey>([
  'appName',
  'stage_lead',
  'stage_mql',
  'stage_sql',
  'scoreHeading', // nl: Score
  'companyWebsite', // nl: Website
  'versionCreated', // sv: version {0} · {1}
  'nav_leads', // nl, sv: Leads
  'nav_model', // nl, pl, ro: Model
  'nav_data', // sv: Data
]);

/** The placeholders of a string, sorted: '{0}', '{1}', ... */
const placeholders = (value: string) => [...value.matchAll(/\{\d\}/g)].map((m) => m[0]).sort();

describe('dictionaries', () => {
  it.each(TRANSLATED)('%s has exactly the keys of en', (lang) => {
    expect(Object.keys(DICTIONARIES[lang]).sort()).toEqual(KEYS);
  });

  it.each(TRANSLATED)('%s has a non-empty value for every key, without stray spaces', (lang) => {
    for (const key of KEYS) {
      const value = DICTIONARIES[lang][key];
      expect(value.trim(), key).not.toBe('');
      expect(value, key).toBe(value.trim());
    }
  });

  it.each(TRANSLATED)('%s uses the same placeholders as en in every string, and no other braces', (lang) => {
    for (const key of KEYS) {
      const value = DICTIONARIES[lang][key];
      expect(placeholders(value), key).toEqual(placeholders(en[key]));
      expect(value.replace(/\{\d\}/g, ''), key).not.toMatch(/[{}]/);
    }
  });

  it.each(TRANSLATED)('%s translates everything but a few product terms', (lang) => {
    const same = KEYS.filter((key) => DICTIONARIES[lang][key] === en[key]);
    expect(same.filter((key) => !SAME_AS_ENGLISH.has(key))).toEqual([]);
  });

  it('ends a string in an ellipsis in every language when en does', () => {
    for (const lang of TRANSLATED) {
      for (const key of KEYS) {
        const end = en[key].at(-1);
        if (end === '…') expect(DICTIONARIES[lang][key], `${lang} ${key}`).toMatch(/…$/);
      }
    }
  });

  it('writes Romanian with comma-below ș and ț, never the cedilla forms', () => {
    for (const key of KEYS) expect(DICTIONARIES.ro[key], key).not.toMatch(/[şţŞŢ]/);
  });
});

describe('pickLanguage', () => {
  it.each<[string[], Lang]>([
    [['nl'], 'nl'],
    [['nl-NL'], 'nl'],
    [['nl-BE', 'fr-BE'], 'nl'],
    [['sv-SE'], 'sv'],
    [['sv-FI', 'fi'], 'sv'],
    [['pl-PL'], 'pl'],
    [['ro-RO'], 'ro'],
    [['ro-MD'], 'ro'],
    [['mo'], 'ro'],
    [['en-US'], 'en'],
    [['en-GB', 'nl'], 'en'],
    [['de-DE', 'pl-PL'], 'pl'],
    [['de-DE', 'en', 'pl'], 'en'],
    [['fr-FR', 'de'], 'en'],
    [['nb-NO', 'sv'], 'sv'],
    [['nb-NO'], 'en'],
    [['no'], 'en'],
    [['nn'], 'en'],
    [['da-DK'], 'en'],
    [['NL-be'], 'nl'],
    [['sv_SE'], 'sv'],
    [[' pl '], 'pl'],
    [['x-nl'], 'en'],
    [[''], 'en'],
    [[], 'en'],
  ])('%j → %s', (preferred, lang) => {
    expect(pickLanguage(preferred)).toBe(lang);
  });

  it('matches by the primary subtag only', () => {
    expect(languageOf('nl-Latn-BE')).toBe('nl');
    expect(languageOf('sv-AX')).toBe('sv');
    expect(languageOf('nld')).toBeUndefined();
  });
});

describe('pickLocale', () => {
  it.each<[string[], Lang, string]>([
    [['nl-BE', 'nl-NL'], 'nl', 'nl-BE'],
    [['en-US', 'nl'], 'nl', 'nl'],
    [['en-US'], 'nl', 'nl-NL'],
    [['sv-fi'], 'sv', 'sv-FI'],
    [['pl_PL'], 'pl', 'pl-PL'],
    [['en-US'], 'en', 'en-US'],
    [['de-DE'], 'en', 'en-GB'],
    [[], 'ro', 'ro-RO'],
  ])('%j in %s → %s', (preferred, lang, locale) => {
    expect(pickLocale(preferred, lang)).toBe(locale);
  });

  it('has a default locale Intl supports for every language', () => {
    for (const lang of LANGUAGES) {
      expect(Intl.DateTimeFormat.supportedLocalesOf([DEFAULT_LOCALES[lang]])).toEqual([DEFAULT_LOCALES[lang]]);
    }
  });
});

describe('t and the current language', () => {
  afterEach(() => {
    setLanguage(null);
    vi.restoreAllMocks();
  });

  it('starts from the browser’s languages: English in jsdom (en-US)', () => {
    expect(navigator.languages[0]).toBe('en-US');
    expect(currentLanguage()).toBe('en');
    expect(currentLocale()).toBe('en-US');
    expect(t('stageLabel', 'MQL')).toBe('Stage: MQL');
  });

  it('switches language with setLanguage, and back to the browser’s with null', () => {
    setLanguage('nl');
    expect(currentLanguage()).toBe('nl');
    expect(currentLocale()).toBe('nl-NL');
    expect(t('stageLabel', t('stage_customer'))).toBe('Fase: Klant');
    expect(t('rescoring', 3, 10)).toBe('Leads opnieuw scoren: 3 van 10');

    setLanguage('ro');
    expect(t('changeStageError', 'x')).toBe('Etapa nu a putut fi schimbată: x');
    setLanguage('sv');
    expect(t('hot_score', 'A2', 105)).toBe('A2 · 105 poäng');
    setLanguage('pl');
    expect(t('search_noResults', 'Żabka')).toBe('Brak leadów pasujących do „Żabka”');

    setLanguage(null);
    expect(currentLanguage()).toBe('en');
    expect(t('hot_score', 'A2', 105)).toBe('A2 · 105 points');
  });

  it('reads navigator.languages once, when first needed', () => {
    const languages = vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['de-AT', 'sv-FI', 'en']);
    setLanguage(null);
    expect(currentLanguage()).toBe('sv');
    expect(currentLocale()).toBe('sv-FI');
    expect(t('callHeading')).toBe('Samtal pågår');
    t('loading');
    expect(languages).toHaveBeenCalledTimes(1);
  });

  it('keeps the user’s own region when setting a language they list', () => {
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['en-US', 'nl-BE']);
    setLanguage('nl');
    expect(currentLocale()).toBe('nl-BE');
  });

  it('fills placeholders in order, repeated or missing', () => {
    expect(t('stl_touchedLate', 'a', 'b', 'c')).toBe('First touch after a, b past the c SLA');
    expect(t('modelActive', 'Default')).toBe('Active model: Default, version ');
  });
});

describe('extension name and description (public/_locales)', () => {
  const root = path.resolve(import.meta.dirname, '..', '..', 'public', '_locales');
  const read = (lang: string) =>
    JSON.parse(readFileSync(path.join(root, lang, 'messages.json'), 'utf8')) as Record<string, { message: string }>;

  it('has a messages.json for exactly the UI languages', () => {
    expect(readdirSync(root).sort()).toEqual([...LANGUAGES].sort());
  });

  it.each(LANGUAGES)('%s names LeadLens and describes it within the store limit, with the keys of en', (lang) => {
    const messages = read(lang);
    expect(Object.keys(messages).sort()).toEqual(Object.keys(read('en')).sort());
    expect(messages.extName?.message).toBe('LeadLens');
    const description = messages.extDescription?.message ?? '';
    expect(description.length).toBeGreaterThan(20);
    expect(description.length).toBeLessThanOrEqual(132);
    if (lang !== 'en') expect(description).not.toBe(read('en').extDescription?.message);
  });
});
