import Dexie from 'dexie';
import { setLanguage } from '../i18n';
import { isQuotaExceeded, storageErrorMessage } from './storageErrors';

const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

describe('isQuotaExceeded', () => {
  it.each<[string, unknown, boolean]>([
    ['the DOMException IndexedDB throws', quota(), true],
    ["Firefox's old name", { name: 'NS_ERROR_DOM_QUOTA_REACHED' }, true],
    ["Dexie's wrapper", new Dexie.QuotaExceededError('full'), true],
    ['an aborted transaction naming its cause', new Dexie.AbortError('aborted', quota()), true],
    ['a bulk write listing its failures', new Dexie.BulkError('1 of 3 failed', [new Error('x'), quota()]), true],
    ['an error with a cause', new Error('write failed', { cause: quota() }), true],
    ['a constraint error', new DOMException('key exists', 'ConstraintError'), false],
    ['an aborted transaction for another reason', new Dexie.AbortError('aborted', new Error('no lead')), false],
    ['a plain error', new Error('no lead with id x'), false],
    ['a string', 'QuotaExceededError', false],
    ['nothing', undefined, false],
    ['null', null, false],
  ])('%s: %s', (_, error, expected) => {
    expect(isQuotaExceeded(error)).toBe(expected);
  });

  it('stops on a cycle of causes', () => {
    const a: { name: string; inner?: unknown } = { name: 'Error' };
    a.inner = { name: 'Error', inner: a };
    expect(isQuotaExceeded(a)).toBe(false);
  });
});

describe('storageErrorMessage', () => {
  afterEach(() => setLanguage(null));

  it.each<['en' | 'nl' | 'sv' | 'pl' | 'ro', RegExp]>([
    ['en', /^Your browser's storage for LeadLens is full: nothing was saved\./],
    ['nl', /^De opslag van je browser voor LeadLens is vol/],
    ['sv', /^Webbläsarens lagring för LeadLens är full/],
    ['pl', /^Pamięć przeglądarki dla LeadLens jest pełna/],
    ['ro', /^Spațiul de stocare al browserului pentru LeadLens este plin/],
  ])('names a full storage in %s', (lang, expected) => {
    setLanguage(lang);
    expect(storageErrorMessage(new Dexie.AbortError('aborted', quota()))).toMatch(expected);
  });

  it("passes any other error's own text through", () => {
    setLanguage('en');
    expect(storageErrorMessage(new Error('no lead with id x'))).toBe('no lead with id x');
    expect(storageErrorMessage('offline')).toBe('offline');
  });
});
