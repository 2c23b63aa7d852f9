import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, CDPSession, Page } from '@playwright/test';
import { type Condition, timeOpen, watchFor } from './inPageTiming.ts';
import { type Figure, summarize } from './stats.ts';

/** The panel off a lead page, its lists read: the recent leads shown. */
const PANEL_LISTS_SHOWN: Condition = `[...document.querySelectorAll('h1')].some((h) => h.textContent === 'No lead on this tab') &&
  [...document.querySelectorAll('h2')].some((h) => h.textContent === 'Recent leads') && document.querySelector('ul.recent li')`;

/** The lead view of the person named, its heading shown. */
const headingShown = (name: string): Condition =>
  `[...document.querySelectorAll('h1, h2')].some((h) => h.textContent.trim() === ${JSON.stringify(name)})`;

export interface PanelBenchOptions {
  extensionId: string;
  runs: number;
  leads: number;
  /** Where the 1.3 MB real profile page is served, and the person's name on it. */
  page: { url: string; name: string };
  /** A LinkedIn page that makes no lead (each capture run starts there). */
  placeholderUrl: string;
  /** When set, a CPU profile of each measured step is written here (open in Chrome DevTools). */
  profileDir?: string;
}

/** CPU profile and heap sampling (what allocated the memory still held) of one page. */
async function startProfile(page: Page, options: PanelBenchOptions): Promise<CDPSession | null> {
  if (!options.profileDir) return null;
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.startSampling', { samplingInterval: 16_384 });
  return cdp;
}

async function saveProfile(cdp: CDPSession | null, options: PanelBenchOptions, name: string): Promise<void> {
  if (!cdp || !options.profileDir) return;
  const { profile } = await cdp.send('Profiler.stop');
  writeFileSync(path.join(options.profileDir, `${name}.cpuprofile`), JSON.stringify(profile));
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = await cdp.send('HeapProfiler.stopSampling');
  writeFileSync(path.join(options.profileDir, `${name}.heapprofile`), JSON.stringify(heap.profile));
}

/**
 * A browser-wide trace (page, content script, service worker, panel): the capture path crosses
 * all of them. Open the file in Chrome DevTools' Performance panel.
 */
async function startTrace(page: Page, options: PanelBenchOptions): Promise<CDPSession | null> {
  if (!options.profileDir) return null;
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Tracing.start', {
    categories:
      'devtools.timeline,v8.execute,disabled-by-default-devtools.timeline,disabled-by-default-v8.cpu_profiler',
    transferMode: 'ReturnAsStream',
  });
  return cdp;
}

async function saveTrace(cdp: CDPSession | null, options: PanelBenchOptions, name: string): Promise<void> {
  if (!cdp || !options.profileDir) return;
  const done = new Promise<string>((resolve) => cdp.once('Tracing.tracingComplete', (e) => resolve(e.stream ?? '')));
  await cdp.send('Tracing.end');
  const stream = await done;
  let trace = '';
  for (;;) {
    const chunk = await cdp.send('IO.read', { handle: stream });
    trace += chunk.data;
    if (chunk.eof) break;
  }
  await cdp.send('IO.close', { handle: stream });
  writeFileSync(path.join(options.profileDir, `${name}.trace.json`), trace);
}

/** Side panel cold open with the database full, and the panel's JS heap once it has painted. */
export async function panelOpenFigures(context: BrowserContext, options: PanelBenchOptions): Promise<Figure[]> {
  const panelUrl = `chrome-extension://${options.extensionId}/sidepanel.html`;
  const opens: number[] = [];
  const heaps: number[] = [];
  const allocated: number[] = [];
  for (let run = 0; run < options.runs; run++) {
    const panel = await context.newPage();
    // Profiling starts on a blank page of the extension so the panel's own start is in it.
    const cdp = await startProfile(panel, options);
    opens.push(await timeOpen(panel, PANEL_LISTS_SHOWN, () => panel.goto(panelUrl)));
    await saveProfile(cdp, options, `panel-open-${run}`);
    const metrics = await context.newCDPSession(panel);
    await metrics.send('Performance.enable');
    const heapUsed = async () =>
      ((await metrics.send('Performance.getMetrics')).metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0) /
      1024 /
      1024;
    allocated.push(await heapUsed());
    // What the panel holds on to, without the garbage of its start that V8 has not collected yet.
    await metrics.send('HeapProfiler.collectGarbage');
    heaps.push(await heapUsed());
    await panel.close();
  }
  return [
    summarize('side panel cold open (recent leads painted)', 'ms', opens, {
      target: 200,
      note: `${options.leads} leads stored`,
    }),
    summarize('side panel JS heap after open, live (after a GC)', 'MB', heaps, { target: 30 }),
    summarize('side panel JS heap after open, with garbage', 'MB', allocated, { note: 'before any GC' }),
  ];
}

/** Capture latency: from navigating to the big real page until the open panel shows the person. */
export async function captureLatencyFigures(context: BrowserContext, options: PanelBenchOptions): Promise<Figure[]> {
  const panelUrl = `chrome-extension://${options.extensionId}/sidepanel.html`;
  const panel = await context.newPage();
  await panel.goto(panelUrl);
  const linkedin = await context.newPage();
  const latencies: number[] = [];
  const pageLoads: number[] = [];
  for (let run = 0; run < options.runs + 2; run++) {
    await linkedin.goto(options.placeholderUrl);
    await panel.getByRole('heading', { name: 'Nothing captured on this page' }).waitFor();
    const tracing = await startTrace(panel, options);
    const shown = await watchFor(panel, headingShown(options.page.name));
    // On this process's clock: the page and the panel are separate renderer processes, whose
    // clocks may disagree (performance.timeOrigin drifted apart by hundreds of ms here).
    const start = performance.now();
    await linkedin.goto(options.page.url, { waitUntil: 'commit' });
    await shown();
    latencies.push(performance.now() - start);
    // The part LeadLens cannot shorten: the page's own HTML and parser-blocking scripts.
    pageLoads.push(
      await linkedin.evaluate(() => {
        const [navigation] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
        return navigation?.domContentLoadedEventStart ?? Number.NaN;
      }),
    );
    await saveTrace(tracing, options, `capture-${run}`);
  }
  await Promise.all([panel.close(), linkedin.close()]);
  return [
    summarize('capture latency: navigation to badge in the panel', 'ms', latencies, {
      target: 300,
      note: '1.3 MB real page',
    }),
    summarize('  of which the page loading (to DOMContentLoaded)', 'ms', pageLoads, {
      note: "the page's own HTML and scripts",
    }),
    summarize(
      '  of which LeadLens (from DOMContentLoaded)',
      'ms',
      latencies.map((ms, i) => ms - (pageLoads[i] ?? 0)),
      { note: 'extract, store, score, panel' },
    ),
  ];
}
