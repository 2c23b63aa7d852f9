import { cleanText, parseCount } from './sanitize';
import { MAX_FIELD_LENGTH } from './types';

describe('cleanText', () => {
  test.each([
    ['trims and collapses whitespace', '  Anna \n\t  Berg  ', 'Anna Berg'],
    ['turns no-break spaces into spaces', 'Anna\u00A0Berg', 'Anna Berg'],
    ['drops control characters', 'Anna\u0000\u0007Berg\u009F', 'Anna Berg'],
    ['drops zero-width characters', 'An\u200Bna\u200C Be\u200Drg\u2060', 'Anna Berg'],
    ['drops the byte-order mark', '\uFEFFAnna Berg', 'Anna Berg'],
    ['drops bidi overrides (RTL spoofing)', '\u202EgreB annA\u202C', 'greB annA'],
    ['drops bidi isolates and marks', '\u2066Anna\u2069 \u200FBerg\u200E', 'Anna Berg'],
    ['removes script blocks with their content', '<script>alert(1)</script>Anna Berg', 'Anna Berg'],
    ['removes style blocks', '<style>body{display:none}</style>Anna', 'Anna'],
    ['removes tags but keeps their text', '<b>Anna</b> <i>Berg</i>', 'Anna Berg'],
    ['removes unterminated tags', 'Anna <img src=x onerror=alert(1)', 'Anna'],
    ['removes tags rebuilt from halves', '<<b>script>alert(1)<</b>/script>Anna', 'Anna'],
    ['removes tags hidden by zero-width characters', '<\u200Bscript>alert(1)</script>Anna', 'Anna'],
    ['removes comments', 'Anna<!-- tracking -->Berg', 'AnnaBerg'],
    ['keeps a less-than sign that opens no tag', 'Deals < 10k & margins > 5%', 'Deals < 10k & margins > 5%'],
    ['keeps text as text (no entity decoding)', 'R&amp;D', 'R&amp;D'],
    ['keeps diacritics', 'Ștefan Rădulescu, Łódź, Göteborg', 'Ștefan Rădulescu, Łódź, Göteborg'],
    ['accepts numbers', 42, '42'],
  ])('%s', (_, input, expected) => {
    expect(cleanText(input)).toBe(expected);
  });

  test.each([
    ['undefined', undefined],
    ['null', null],
    ['an object', { name: 'Anna' }],
    ['an empty string', ''],
    ['only whitespace and invisible characters', ' \u200B\u202E\n '],
    ['only markup', '<script>alert(1)</script>'],
  ])('gives undefined for %s', (_, input) => {
    expect(cleanText(input)).toBeUndefined();
  });

  test('cuts 100 KB values to MAX_FIELD_LENGTH', () => {
    expect(cleanText('x'.repeat(100_000))).toHaveLength(MAX_FIELD_LENGTH);
    expect(cleanText(`${'<b>'.repeat(30_000)}Anna`)).not.toMatch(/<[a-z]/i);
  });

  test('never splits a surrogate pair when cutting', () => {
    const cut = cleanText(`${'a'.repeat(MAX_FIELD_LENGTH - 1)}😀`);
    expect(cut).toBe('a'.repeat(MAX_FIELD_LENGTH - 1));
  });

  test('cuts to a custom length', () => {
    expect(cleanText('Anna Berg', 4)).toBe('Anna');
  });
});

describe('parseCount', () => {
  test.each([
    ['4,812 followers', 4812],
    ['12 345', 12345],
    ['10,001+ employees', 10001],
    ['51-200 employees', 51],
    ['1.2K followers', 1200],
    ['3M', 3_000_000],
    [7, 7],
    ['no number here', undefined],
    [-1, undefined],
    [3.5, undefined],
    [undefined, undefined],
  ])('%s → %s', (input, expected) => {
    expect(parseCount(input)).toBe(expected);
  });
});
