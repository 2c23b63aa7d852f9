import { countryFromLocation, toCountryCode } from './country';

describe('countryFromLocation', () => {
  test.each([
    ['Stockholm, Stockholm County, Sweden', 'SE'],
    ['Greater Stockholm Metropolitan Area', 'SE'],
    ['Stockholm Metropolitan Area', 'SE'],
    ['Göteborg, Västra Götalands län, Sverige', 'SE'],
    ['Västra Götalands län', 'SE'],
    ['Utrecht, Utrecht, Nederland', 'NL'],
    ['Amsterdam Area', 'NL'],
    ['Rotterdam, South Holland, Netherlands', 'NL'],
    ['Łódź, Województwo łódzkie, Polska', 'PL'],
    ['Łódź, Łódzkie', 'PL'],
    ['Łódź Metropolitan Area', 'PL'],
    ['Warsaw, Mazowieckie, Poland', 'PL'],
    ['Cluj-Napoca, Județul Cluj, România', 'RO'],
    ['Greater Bucharest Metropolitan Area', 'RO'],
    ['Berlin Area, Germany', 'DE'],
    ['München, Bayern, Deutschland', 'DE'],
    ['Ghent, Flemish Region, Belgium', 'BE'],
    ['Antwerpen, Vlaams Gewest, België', 'BE'],
    ['Lyon, Auvergne-Rhône-Alpes, France', 'FR'],
    ['London, England, United Kingdom', 'GB'],
    ['San Francisco Bay Area', 'US'],
    ['New York, New York, United States', 'US'],
    ['Hyderabad, Telangana, India', 'IN'],
    ['Sri Lanka', 'LK'],
    ['Kandy, Sri Lanka', 'LK'],
  ])('%s → %s', (location, code) => {
    expect(countryFromLocation(location)).toBe(code);
  });

  test.each([
    [''],
    [undefined],
    ['Remote'],
    ['Utrecht, Utrecht'],
    ['constructor'],
    ['__proto__'],
    ['Greater toString Area'],
  ])('gives undefined for %s', (location) => {
    expect(countryFromLocation(location)).toBeUndefined();
  });
});

describe('toCountryCode', () => {
  test.each([
    ['se', 'SE'],
    ['NL', 'NL'],
    ['Sweden', 'SE'],
    ['UK', 'GB'],
    ['Polska', 'PL'],
    ['hasOwnProperty', undefined],
    [42, undefined],
  ])('%s → %s', (value, code) => {
    expect(toCountryCode(value)).toBe(code);
  });
});
