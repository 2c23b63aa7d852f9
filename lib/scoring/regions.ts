const EU = [
  'AT',
  'BE',
  'BG',
  'HR',
  'CY',
  'CZ',
  'DK',
  'EE',
  'FI',
  'FR',
  'DE',
  'GR',
  'HU',
  'IE',
  'IT',
  'LV',
  'LT',
  'LU',
  'MT',
  'NL',
  'PL',
  'PT',
  'RO',
  'SK',
  'SI',
  'ES',
  'SE',
];
const EFTA = ['IS', 'LI', 'NO', 'CH'];

/** Named country sets a model may use wherever it lists countries. Names match case-insensitively. */
export const REGIONS: Readonly<Record<string, readonly string[]>> = {
  EU,
  EFTA,
  EEA: [...EU, 'IS', 'LI', 'NO'],
  Europe: [...EU, ...EFTA, 'GB', 'AD', 'MC', 'SM', 'VA', 'AL', 'BA', 'ME', 'MK', 'RS', 'MD', 'UA'],
  Nordics: ['DK', 'FI', 'IS', 'NO', 'SE'],
  Benelux: ['BE', 'NL', 'LU'],
  DACH: ['DE', 'AT', 'CH'],
  Baltics: ['EE', 'LV', 'LT'],
  CEE: ['BG', 'CZ', 'EE', 'HR', 'HU', 'LT', 'LV', 'PL', 'RO', 'SI', 'SK'],
  Iberia: ['ES', 'PT'],
  UKI: ['GB', 'IE'],
};

const REGION_BY_KEY = new Map(Object.entries(REGIONS).map(([name, codes]) => [name.toLowerCase(), codes]));

function regionCountries(name: string): readonly string[] | undefined {
  return REGION_BY_KEY.get(name.toLowerCase());
}

const ISO_ALPHA2 = /^[A-Za-z]{2}$/;

/** True for a region name or something shaped like an ISO 3166-1 alpha-2 code. */
export function isCountryOrRegion(entry: string): boolean {
  return regionCountries(entry) !== undefined || ISO_ALPHA2.test(entry);
}

/** Expands region names to upper-case ISO codes; codes pass through upper-cased. */
export function expandCountries(entries: readonly string[]): Set<string> {
  const codes = new Set<string>();
  for (const entry of entries) {
    const region = regionCountries(entry);
    if (region) for (const code of region) codes.add(code);
    else codes.add(entry.toUpperCase());
  }
  return codes;
}
