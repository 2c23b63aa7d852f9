/**
 * ISO 3166-1 alpha-2 codes from the location text LinkedIn shows ("Stockholm, Stockholm County,
 * Sweden", "Greater Stockholm Metropolitan Area", "Łódź, Województwo łódzkie, Polska").
 * Keys are lower case without diacritics (see `fold`).
 */
const COUNTRY_NAMES: Record<string, string> = {
  sweden: 'SE',
  sverige: 'SE',
  netherlands: 'NL',
  'the netherlands': 'NL',
  nederland: 'NL',
  holland: 'NL',
  poland: 'PL',
  polska: 'PL',
  romania: 'RO',
  germany: 'DE',
  deutschland: 'DE',
  belgium: 'BE',
  belgie: 'BE',
  belgique: 'BE',
  belgien: 'BE',
  france: 'FR',
  'united kingdom': 'GB',
  uk: 'GB',
  'great britain': 'GB',
  england: 'GB',
  scotland: 'GB',
  wales: 'GB',
  'northern ireland': 'GB',
  'united states': 'US',
  'united states of america': 'US',
  usa: 'US',
  india: 'IN',
  'sri lanka': 'LK',
  austria: 'AT',
  osterreich: 'AT',
  bulgaria: 'BG',
  croatia: 'HR',
  hrvatska: 'HR',
  cyprus: 'CY',
  czechia: 'CZ',
  'czech republic': 'CZ',
  cesko: 'CZ',
  'ceska republika': 'CZ',
  denmark: 'DK',
  danmark: 'DK',
  estonia: 'EE',
  eesti: 'EE',
  finland: 'FI',
  suomi: 'FI',
  greece: 'GR',
  hungary: 'HU',
  magyarorszag: 'HU',
  ireland: 'IE',
  eire: 'IE',
  italy: 'IT',
  italia: 'IT',
  latvia: 'LV',
  latvija: 'LV',
  lithuania: 'LT',
  lietuva: 'LT',
  luxembourg: 'LU',
  letzebuerg: 'LU',
  malta: 'MT',
  portugal: 'PT',
  slovakia: 'SK',
  slovensko: 'SK',
  slovenia: 'SI',
  slovenija: 'SI',
  spain: 'ES',
  espana: 'ES',
  norway: 'NO',
  norge: 'NO',
  switzerland: 'CH',
  schweiz: 'CH',
  suisse: 'CH',
  svizzera: 'CH',
  canada: 'CA',
  australia: 'AU',
  brazil: 'BR',
  brasil: 'BR',
  ecuador: 'EC',
  singapore: 'SG',
  'united arab emirates': 'AE',
};

/** Cities LinkedIn names metro areas after ("Greater Stockholm Metropolitan Area", "Amsterdam Area"). */
const METRO_CITIES: Record<string, string> = {
  stockholm: 'SE',
  gothenburg: 'SE',
  goteborg: 'SE',
  malmo: 'SE',
  uppsala: 'SE',
  amsterdam: 'NL',
  rotterdam: 'NL',
  'the hague': 'NL',
  utrecht: 'NL',
  eindhoven: 'NL',
  warsaw: 'PL',
  krakow: 'PL',
  wroclaw: 'PL',
  gdansk: 'PL',
  poznan: 'PL',
  lodz: 'PL',
  bucharest: 'RO',
  'cluj-napoca': 'RO',
  timisoara: 'RO',
  iasi: 'RO',
  berlin: 'DE',
  munich: 'DE',
  hamburg: 'DE',
  frankfurt: 'DE',
  cologne: 'DE',
  brussels: 'BE',
  antwerp: 'BE',
  ghent: 'BE',
  paris: 'FR',
  lyon: 'FR',
  marseille: 'FR',
  london: 'GB',
  manchester: 'GB',
  'new york city': 'US',
  'san francisco bay': 'US',
  'los angeles': 'US',
  boston: 'US',
  seattle: 'US',
  chicago: 'US',
  bengaluru: 'IN',
  bangalore: 'IN',
  mumbai: 'IN',
  delhi: 'IN',
  hyderabad: 'IN',
  chennai: 'IN',
  pune: 'IN',
  colombo: 'LK',
};

/** Regions LinkedIn puts last when it leaves the country out ("Łódź, Łódzkie"). */
const REGIONS: Record<string, string> = {
  'stockholm county': 'SE',
  'vastra gotaland county': 'SE',
  'skane county': 'SE',
  'uppsala county': 'SE',
  'noord-holland': 'NL',
  'north holland': 'NL',
  'zuid-holland': 'NL',
  'south holland': 'NL',
  'noord-brabant': 'NL',
  'north brabant': 'NL',
  gelderland: 'NL',
  overijssel: 'NL',
  'flemish region': 'BE',
  'vlaams gewest': 'BE',
  'walloon region': 'BE',
  'brussels region': 'BE',
  'ile-de-france': 'FR',
  'auvergne-rhone-alpes': 'FR',
  bavaria: 'DE',
  bayern: 'DE',
  'north rhine-westphalia': 'DE',
  'nordrhein-westfalen': 'DE',
  telangana: 'IN',
  karnataka: 'IN',
  maharashtra: 'IN',
};

/** Region words only one country uses: Swedish "län", Polish voivodeships ("województwo łódzkie", "Mazowieckie"), Romanian "județ". */
const REGION_PATTERNS: readonly [RegExp, string][] = [
  [/\blan$/, 'SE'],
  [/^wojewodztwo\b/, 'PL'],
  [
    /^(?:dolnoslaskie|kujawsko-pomorskie|lubelskie|lubuskie|lodzkie|malopolskie|mazowieckie|opolskie|podkarpackie|podlaskie|pomorskie|slaskie|swietokrzyskie|warminsko-mazurskie|wielkopolskie|zachodniopomorskie)$/,
    'PL',
  ],
  [/^judetul\b/, 'RO'],
];

const METRO_AFFIXES = /^greater\s+|\s+(?:metropolitan\s+area|metropolitan\s+region|metro\s+area|area|region)$/g;

/** Longer text is no location (and cutting keeps the matching cheap on hostile input). */
const MAX_LOCATION_LENGTH = 500;

/** Own entries only: location text like "constructor" must not find Object.prototype members. */
function lookup(table: Record<string, string>, key: string): string | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}

/** Lower case, no diacritics, single spaces. */
function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ł/g, 'l')
    .replace(/Ł/g, 'L')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** The country of a LinkedIn location text, or undefined when the text does not say. */
export function countryFromLocation(location: string | undefined): string | undefined {
  if (!location) return undefined;
  const parts = location.slice(0, MAX_LOCATION_LENGTH).split(',').map(fold).filter(Boolean);
  const last = parts.at(-1);
  if (!last) return undefined;
  const named = lookup(COUNTRY_NAMES, last);
  if (named) return named;
  if (parts.length === 1) {
    const metro = lookup(METRO_CITIES, last.replace(METRO_AFFIXES, ''));
    if (metro) return metro;
  }
  for (const part of [...parts].reverse()) {
    const region = lookup(REGIONS, part) ?? REGION_PATTERNS.find(([pattern]) => pattern.test(part))?.[1];
    if (region) return region;
  }
  return undefined;
}

/** An ISO code as given ("se", "SE") or a country name ("Sweden", "UK"); undefined otherwise. */
export function toCountryCode(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const text = value.slice(0, MAX_LOCATION_LENGTH).trim();
  const named = lookup(COUNTRY_NAMES, fold(text));
  if (named) return named;
  if (/^[a-z]{2}$/i.test(text)) return text.toUpperCase();
  return countryFromLocation(text);
}
