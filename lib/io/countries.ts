import { toCountryCode } from '../capture/country';

/**
 * ISO 3166-1 alpha-2, plus XK (Kosovo: user-assigned, but CRMs use it). A fixed list rather than
 * asking Intl which codes exist: Intl also names retired and pseudo codes (SU, YU, ZZ, XA).
 */
const ISO_CODES = new Set(
  (
    'AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY ' +
    'BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK ' +
    'FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR ' +
    'IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ' +
    'ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM ' +
    'PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF ' +
    'TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS XK YE YT ZA ZM ZW'
  ).split(' '),
);

function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’']/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

let displayNames: Intl.DisplayNames | undefined;
let codesByName: Map<string, string> | undefined;

/** The English name of an ISO code ("NL" -> "Netherlands"), from the browser's own country names. */
export function countryName(code: string): string {
  displayNames ??= new Intl.DisplayNames(['en'], { type: 'region' });
  return ISO_CODES.has(code) ? (displayNames.of(code) ?? code) : code;
}

function byEnglishName(name: string): string | undefined {
  codesByName ??= new Map([...ISO_CODES].map((code) => [fold(countryName(code)), code]));
  return codesByName.get(fold(name));
}

/**
 * The ISO code of a country cell: a code ("nl", "NL"), an English name ("Netherlands", "Côte d'Ivoire")
 * or a common local name or alias ("Nederland", "UK", "USA"). Undefined for anything else.
 */
export function countryCode(value: string): string | undefined {
  const text = value.trim();
  if (/^[a-z]{2}$/i.test(text) && ISO_CODES.has(text.toUpperCase())) return text.toUpperCase();
  const code = byEnglishName(text) ?? toCountryCode(text);
  return code && ISO_CODES.has(code) ? code : undefined;
}
