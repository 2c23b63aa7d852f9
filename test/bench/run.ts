// `npm run bench`: measures LeadLens where users run it (the built extension in Chromium) and the
// pure parts in Node, prints one table and writes it as JSON under bench-results/. A figure that
// misses its target is marked MISS and makes the run exit non-zero. Every comparison (rescore vs
// raw IndexedDB) is measured in the same run, in the same browser.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build } from 'vite';
import { DB_NAME } from '../../lib/db/database';
import { defaultModel, scoreLead } from '../../lib/scoring';
import { generateLeads } from '../../lib/scoring/generate';
import { parseTitle } from '../../lib/titles';
import { type LabelledTitle, measureTitleAccuracy } from '../../lib/titles/accuracy';
import { launchWithExtension, root } from '../e2e/launch.ts';
import { bundleSizes } from './bundleSizes.ts';
import { dashboardFigures } from './dashboardBench.ts';
import { startLinkedInServer } from './linkedinServer.ts';
import { captureLatencyFigures, panelOpenFigures } from './panelBench.ts';
import { type Figure, formatTable, missed, summarize } from './stats.ts';

const LEADS = Number(process.env.BENCH_LEADS ?? 100_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
/** The groups of figures to measure (all by default): BENCH_ONLY=panel,capture,size runs just those. */
const GROUPS = [
  'scoring',
  'titles',
  'size',
  'rescore',
  'extraction',
  'panel',
  'capture',
  'csv',
  'calibration',
  'dashboard',
] as const;
type Group = (typeof GROUPS)[number];
const only = process.env.BENCH_ONLY?.split(',').map((g) => g.trim());
const unknown = only?.filter((g) => !(GROUPS as readonly string[]).includes(g)) ?? [];
if (unknown.length > 0)
  throw new Error(`BENCH_ONLY: unknown group(s) ${unknown.join(', ')}; known: ${GROUPS.join(', ')}`);
const runs = (group: Group) => !only || only.includes(group);
/** BENCH_PROFILE=dir writes CPU profiles of the panel's open and traces of each capture there. */
const PROFILE_DIR = process.env.BENCH_PROFILE ? path.resolve(process.env.BENCH_PROFILE) : undefined;
const NOW = Date.UTC(2026, 10, 1);
const DAY = 86_400_000;
const BIG_PAGE = path.resolve(
  root,
  '..',
  'shared',
  'real-pages',
  'linkedin',
  'profile_loggedin_scoutr-p1_2024-07.html',
);
const BIG_PAGE_URL = 'https://www.linkedin.com/in/eduardo-alvarez-nowak/';
/** A sign-in wall: the panel shows "Nothing captured" there, the start of every capture run. */
const PLACEHOLDER_URL = 'https://www.linkedin.com/in/placeholder-authwall/';
const figures: Figure[] = [];

function nodeScoring(): void {
  const leads = generateLeads(LEADS, 7, new Date(NOW));
  const rates: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const start = performance.now();
    for (const g of leads) scoreLead(g.lead, g.activities, defaultModel, new Date(NOW));
    rates.push(LEADS / ((performance.now() - start) / 1000));
  }
  figures.push(summarize('scoring, Node (default model)', 'leads/s', rates, { note: `${LEADS} generated leads` }));
}

/** Title parsing speed over every labelled title, each made unique so nothing can be cached. */
function titleThroughput(): void {
  const file = path.join(root, 'test', 'fixtures', 'titles', 'labelled-titles.json');
  const titles = (JSON.parse(readFileSync(file, 'utf8')) as LabelledTitle[]).map((t) => t.title);
  const n = 200_000;
  const inputs = Array.from({ length: n }, (_, i) => `${titles[i % titles.length]} ${i}`);
  const rates: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const start = performance.now();
    for (const title of inputs) parseTitle(title);
    rates.push(n / ((performance.now() - start) / 1000));
  }
  figures.push(summarize('title parsing, Node', 'titles/s', rates, { note: `${n} distinct titles` }));
}

/** Both labelled sets: the one the rules were written against, and the blind holdout rounds. */
function titleAccuracy(set: 'labelled' | 'holdout'): void {
  const file = path.join(root, 'test', 'fixtures', 'titles', `${set}-titles.json`);
  const labelled = JSON.parse(readFileSync(file, 'utf8')) as LabelledTitle[];
  for (const row of measureTitleAccuracy(labelled)) {
    const note = `${row.n} titles, ${set} set`;
    figures.push(
      summarize(`title seniority accuracy (${row.language})`, '%', [row.seniorityAccuracy * 100], {
        target: 95,
        higherIsBetter: true,
        note,
      }),
    );
    figures.push(
      summarize(`title department accuracy (${row.language})`, '%', [row.departmentAccuracy * 100], {
        target: 95,
        higherIsBetter: true,
        note,
      }),
    );
  }
}

async function browserBundle(): Promise<string> {
  const result = await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      minify: true,
      lib: {
        entry: path.join(root, 'test', 'bench', 'browserBench.ts'),
        formats: ['iife'],
        name: 'leadlensBenchBundle',
      },
    },
  });
  const output = (Array.isArray(result) ? result[0] : result) as { output: { code?: string }[] };
  const code = output.output[0]?.code;
  if (!code) throw new Error('could not bundle the browser bench');
  return code;
}

async function inBrowser(): Promise<void> {
  const code = await browserBundle();
  const html = readFileSync(BIG_PAGE, 'utf8');
  const server = await startLinkedInServer({
    [new URL(BIG_PAGE_URL).pathname]: html,
    [new URL(PLACEHOLDER_URL).pathname]: readFileSync(
      path.join(root, 'test', 'fixtures', 'linkedin', 'authwall.html'),
      'utf8',
    ),
  });
  const { context, extensionId } = await launchWithExtension(true, server.chromiumArgs);
  try {
    const page = await context.newPage();
    // An extension page: the extension's own origin, where LeadLens keeps its database. The
    // settings section, so no list of leads on the page competes with what is measured.
    await page.goto(`chrome-extension://${extensionId}/dashboard.html#settings`);
    await page.evaluate(code);
    type BenchApi = Record<string, (...args: unknown[]) => unknown>;
    const call: Call = <T>(fn: string, ...args: unknown[]) =>
      page.evaluate(
        ([name, params]) => {
          const api = (globalThis as unknown as { leadlensBench: BenchApi }).leadlensBench;
          const f = api[name];
          if (!f) throw new Error(`no bench function ${name}`);
          return f(...params);
        },
        [fn, args] as const,
      ) as Promise<T>;

    // The extension's own database, so the side panel measured below opens on 100,000 leads.
    if (runs('rescore') || runs('panel') || runs('capture') || runs('csv') || runs('dashboard')) {
      const seeded = await call<{ leads: number; activities: number }>('seed', DB_NAME, LEADS, NOW);
      console.log(`seeded ${seeded.leads} leads and ${seeded.activities} activities in Chromium`);
      if (runs('rescore')) await rescoreFigures(call, seeded);
    }
    if (runs('scoring')) {
      const rate = await call<{ leadsPerSecond: number }>('scoringRate', 20_000, NOW);
      figures.push(
        summarize('scoring, Chromium (default model)', 'leads/s', [rate.leadsPerSecond], {
          note: '20000 generated leads',
        }),
      );
    }
    if (runs('extraction')) {
      const extraction = await call<{ ms: number[]; name?: string }>('extraction', html, BIG_PAGE_URL, 15);
      figures.push(
        summarize('extraction, 1.3 MB real profile page', 'ms', extraction.ms, {
          target: 15,
          note: `found "${extraction.name}"`,
        }),
      );
    }
    if (PROFILE_DIR) mkdirSync(PROFILE_DIR, { recursive: true });
    const panelOptions = {
      extensionId,
      runs: RUNS,
      leads: LEADS,
      page: { url: BIG_PAGE_URL, name: 'Eduardo Alvarez Nowak' },
      placeholderUrl: PLACEHOLDER_URL,
      profileDir: PROFILE_DIR,
    };
    if (runs('panel')) figures.push(...(await panelOpenFigures(context, panelOptions)));
    if (runs('capture')) figures.push(...(await captureLatencyFigures(context, panelOptions)));
    if (runs('dashboard')) figures.push(...(await dashboardFigures(context, extensionId, RUNS, LEADS)));
    if (runs('csv')) await csvFigures(call);
    if (runs('calibration')) {
      const times: number[] = [];
      for (let run = 0; run < RUNS; run++) times.push((await call<{ ms: number }>('calibration', 10_000)).ms / 1000);
      figures.push(
        summarize('learning from 10,000 outcomes, Chromium', 's', times, { note: 'fit, intervals, backtest' }),
      );
    }
  } finally {
    await context.close();
    await server.close();
  }
}

type Call = <T>(fn: string, ...args: unknown[]) => Promise<T>;

/**
 * CSV import of LEADS rows in HubSpot's export shape into an empty database, and export of the
 * seeded LEADS leads. The targets are for 100,000 (15 s and 5 s) and scale with BENCH_LEADS.
 */
async function csvFigures(call: Call): Promise<void> {
  const scale = LEADS / 100_000;
  const imports: number[] = [];
  const exports: number[] = [];
  let exported = 0;
  for (let run = 0; run < RUNS; run++) {
    const imported = await call<{ ms: number; created: number; error?: string }>(
      'csvImport',
      'leadlens-bench-import',
      LEADS,
      NOW,
    );
    if (imported.error || imported.created !== LEADS) {
      throw new Error(`CSV import made ${imported.created} of ${LEADS} leads: ${imported.error ?? ''}`);
    }
    imports.push(imported.ms / 1000);
    const result = await call<{ ms: number; rows: number }>('csvExport', DB_NAME);
    exports.push(result.ms / 1000);
    exported = result.rows;
  }
  figures.push(
    summarize('CSV import, HubSpot export shape', 's', imports, {
      target: 15 * scale,
      note: `${LEADS} rows; ${Math.round(LEADS / (imports.sort((a, b) => a - b)[Math.floor(RUNS / 2)] ?? 1))} rows/s`,
    }),
  );
  figures.push(summarize('CSV export, HubSpot format', 's', exports, { target: 5 * scale, note: `${exported} leads` }));
}

/**
 * The daily re-evaluation on the full database against the raw IndexedDB floor. Each run moves
 * the clock on a week, so decay changes scores and each run reads, scores and writes.
 */
async function rescoreFigures(call: Call, seeded: { leads: number; activities: number }): Promise<void> {
  const rescores: number[] = [];
  const floors: number[] = [];
  const ratios: number[] = [];
  let changed = 0;
  for (let run = 1; run <= RUNS; run++) {
    const floor = (await call<{ ms: number }>('rawFloor', DB_NAME)).ms;
    const rescore = await call<{ ms: number; changed: number }>('rescore', DB_NAME, NOW + run * 7 * DAY);
    floors.push(floor);
    rescores.push(rescore.ms);
    ratios.push(rescore.ms / floor);
    changed = rescore.changed;
  }
  const note = `${seeded.leads} leads, ${seeded.activities} activities; last run wrote ${changed}`;
  figures.push(summarize('full rescore (read, score, write changed)', 'ms', rescores, { note }));
  figures.push(summarize('raw IndexedDB read+write floor', 'ms', floors, { note: 'same chunks, no scoring' }));
  figures.push(summarize('rescore / raw floor', 'x', ratios, { target: 1.5 }));
}

if (runs('scoring')) nodeScoring();
if (runs('titles')) {
  titleThroughput();
  titleAccuracy('labelled');
  titleAccuracy('holdout');
}
if (runs('size')) figures.push(...bundleSizes(root));
if (GROUPS.some((g) => runs(g) && g !== 'titles' && g !== 'size')) await inBrowser();

const table = formatTable(figures);
console.log(
  `\nLeadLens bench, ${new Date().toISOString()}, ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, Node ${process.version}\n`,
);
console.log(table);
const dir = path.join(root, 'bench-results');
mkdirSync(dir, { recursive: true });
const file = path.join(dir, `bench-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
writeFileSync(
  file,
  JSON.stringify(
    {
      at: new Date().toISOString(),
      machine: { cpus: os.cpus().length, model: os.cpus()[0]?.model, node: process.version },
      figures,
    },
    null,
    2,
  ),
);
console.log(`\nwritten to ${path.relative(root, file)}`);
const misses = figures.filter(missed);
if (misses.length > 0) {
  console.log(`${misses.length} figure(s) missed their target: ${misses.map((f) => f.name).join('; ')}`);
  process.exit(1);
}
