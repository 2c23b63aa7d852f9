import type { CaptureResult } from './types';
import { watchPage } from './watchPage';

const url = new URL('https://www.linkedin.com/in/ana/');

/** A stand-in extractor: the profile is complete once an <h1> with the name is on the page. */
function extract(doc: Document): CaptureResult {
  const name = doc.querySelector('h1')?.textContent ?? undefined;
  const title = doc.querySelector('h2')?.textContent ?? undefined;
  return { kind: 'profile', site: 'linkedin', fields: { name, title }, activities: [], diagnostics: [] };
}

describe('watchPage', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    document.body.replaceChildren();
  });
  afterEach(() => vi.useRealTimers());

  it('reports a complete page at once, then only when the result changes', async () => {
    const h1 = document.createElement('h1');
    h1.textContent = 'Ana Popescu';
    document.body.append(h1);
    const reports: CaptureResult[] = [];
    const stop = watchPage(document, url, extract, (r) => reports.push(r), { everyMs: 50, timeoutMs: 1000 });
    expect(reports.map((r) => r.fields.name)).toEqual(['Ana Popescu']);

    document.body.append(document.createElement('div')); // a mutation that changes nothing
    await vi.advanceTimersByTimeAsync(100);
    expect(reports).toHaveLength(1);

    const h2 = document.createElement('h2');
    h2.textContent = 'Director vânzări';
    document.body.append(h2);
    await vi.advanceTimersByTimeAsync(100);
    expect(reports.map((r) => r.fields.title)).toEqual([undefined, 'Director vânzări']);
    stop();
  });

  it('waits for the page to render before reporting', async () => {
    const reports: CaptureResult[] = [];
    const stop = watchPage(document, url, extract, (r) => reports.push(r), { everyMs: 50, timeoutMs: 1000 });
    expect(reports).toHaveLength(0);
    const h1 = document.createElement('h1');
    h1.textContent = 'Jan de Vries';
    document.body.append(h1);
    await vi.advanceTimersByTimeAsync(60);
    expect(reports.map((r) => r.fields.name)).toEqual(['Jan de Vries']);
    stop();
  });

  it('captures a page that never stops mutating, extracting at most once per interval', async () => {
    let extractions = 0;
    const counting = (doc: Document) => {
      extractions++;
      return extract(doc);
    };
    const reports: CaptureResult[] = [];
    const stop = watchPage(document, url, counting, (r) => reports.push(r), { everyMs: 50, timeoutMs: 10_000 });
    const ticker = document.createElement('span'); // a presence dot or a feed, changing every 10 ms
    document.body.append(ticker);
    let tick = 0;
    const busy = setInterval(() => {
      ticker.textContent = String(tick++);
    }, 10);

    await vi.advanceTimersByTimeAsync(200);
    const h1 = document.createElement('h1');
    h1.textContent = 'Maria Nowak';
    document.body.append(h1);
    await vi.advanceTimersByTimeAsync(60);
    expect(reports.map((r) => r.fields.name)).toEqual(['Maria Nowak']);

    await vi.advanceTimersByTimeAsync(1000);
    // 1,260 ms of mutations every 10 ms: about one extraction per 50 ms, not one per mutation.
    expect(extractions).toBeGreaterThanOrEqual(20);
    expect(extractions).toBeLessThanOrEqual(27);
    clearInterval(busy);
    stop();
  });

  it('reports what it found when the time runs out, then stops watching', async () => {
    const reports: CaptureResult[] = [];
    watchPage(document, url, extract, (r) => reports.push(r), { everyMs: 50, timeoutMs: 1000 });
    await vi.advanceTimersByTimeAsync(1000);
    expect(reports).toHaveLength(1);
    expect(reports[0]?.fields.name).toBeUndefined();

    const h1 = document.createElement('h1');
    h1.textContent = 'Late Name';
    document.body.append(h1);
    await vi.advanceTimersByTimeAsync(5000);
    expect(reports).toHaveLength(1);
  });

  it('stops on request: no report after stop()', async () => {
    const reports: CaptureResult[] = [];
    const stop = watchPage(document, url, extract, (r) => reports.push(r), { everyMs: 50, timeoutMs: 1000 });
    stop();
    await vi.advanceTimersByTimeAsync(5000);
    expect(reports).toHaveLength(0);
  });
});
