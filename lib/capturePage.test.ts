import { describe, expect, it } from 'vitest';
import { CAPTURE_SCRIPT_FILE, NO_PAGE_ACCESS, readTab, type TabCaptureApi } from './capturePage';

const api = (
  inject: () => Promise<{ result?: unknown }[]>,
  url: string | undefined,
): TabCaptureApi & { files: string[][] } => {
  const files: string[][] = [];
  return {
    files,
    scripting: {
      executeScript: async (injection) => {
        files.push(injection.files);
        return inject();
      },
    },
    tabs: { get: async () => ({ url }) },
  };
};

describe('readTab', () => {
  it('injects the capture script and returns the URL with its result', async () => {
    const fake = api(async () => [{ result: { kind: 'profile' } }], 'https://example.com/team');
    expect(await readTab(fake, 3)).toEqual({ url: 'https://example.com/team', result: { kind: 'profile' } });
    expect(fake.files).toEqual([[CAPTURE_SCRIPT_FILE]]);
  });

  it.each([
    [
      'the browser refuses the injection',
      async () => Promise.reject(new Error('Cannot access contents of the page')),
      'https://x.example/',
    ],
    ['the tab URL stays hidden', async () => [{ result: {} }], undefined],
  ])('no access when %s', async (_, inject, url) => {
    await expect(readTab(api(inject, url), 3)).rejects.toThrow(NO_PAGE_ACCESS);
  });
});
