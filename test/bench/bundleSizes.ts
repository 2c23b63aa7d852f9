import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Figure } from './stats.ts';
import { summarize } from './stats.ts';

/** The JS a page of the built extension runs, read from the chunks' own import statements. */
export interface PageScripts {
  /** The entry and every chunk it imports statically (what loads before the page can render). */
  initial: string[];
  /** Chunks the initial JS imports on demand (`import()`), each with the static imports it adds. */
  lazy: Map<string, string[]>;
}

const STATIC_IMPORT = /(?:\bfrom\s*|\bimport\s*)["'`](\.\/[^"'`]+\.js)["'`]/g;
const DYNAMIC_IMPORT = /\bimport\(\s*["'`](\.\/[^"'`]+\.js)["'`]\s*\)/g;

function importsOf(file: string, pattern: RegExp): string[] {
  const code = readFileSync(file, 'utf8');
  return [...code.matchAll(pattern)].map((m) => path.resolve(path.dirname(file), m[1] ?? ''));
}

/** `file` and everything it imports statically, transitively. */
function staticClosure(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  for (const dep of importsOf(file, STATIC_IMPORT)) staticClosure(dep, seen);
  return seen;
}

/** The scripts of one HTML page of the build, split into what loads at once and what loads on demand. */
export function pageScripts(outDir: string, html: string): PageScripts {
  const page = readFileSync(path.join(outDir, html), 'utf8');
  const entries = [...page.matchAll(/<script[^>]+src="\/?([^"]+\.js)"/g)].map((m) => path.join(outDir, m[1] ?? ''));
  const initial = new Set<string>();
  for (const entry of entries) staticClosure(entry, initial);
  const lazy = new Map<string, string[]>();
  for (const file of initial) {
    for (const chunk of importsOf(file, DYNAMIC_IMPORT)) {
      if (initial.has(chunk) || lazy.has(chunk)) continue;
      lazy.set(
        chunk,
        [...staticClosure(chunk)].filter((f) => !initial.has(f)),
      );
    }
  }
  return { initial: [...initial], lazy };
}

const gzipKb = (files: string[]) =>
  files.reduce((sum, f) => sum + gzipSync(readFileSync(f), { level: 9 }).length, 0) / 1024;

/** A chunk's name without its content hash: "chunks/DataSection-j2o5_i4_.js" → "DataSection". */
const chunkName = (file: string) => path.basename(file, '.js').replace(/-[\w-]{8}$/, '');

/** Gzip sizes of the content scripts, the side panel, the dashboard (entry and each lazy section), the zip. */
export function bundleSizes(root: string): Figure[] {
  const out = path.join(root, '.output', 'chrome-mv3');
  const figures: Figure[] = [];
  const scripts = readdirSync(path.join(out, 'content-scripts')).filter((f) => f.endsWith('.js'));
  for (const file of scripts) {
    const kb = gzipKb([path.join(out, 'content-scripts', file)]);
    figures.push(summarize(`gzip: content script ${file}`, 'kB', [kb], { target: 15 }));
  }

  const panel = pageScripts(out, 'sidepanel.html');
  // Language chunks are named by language code; every other lazy chunk is part of the panel.
  const languages = [...panel.lazy.keys()].filter((f) => /^[a-z]{2}$/.test(chunkName(f)));
  const onDemand = [...panel.lazy.entries()].filter(([f]) => !languages.includes(f));
  // A language is its UI strings and its framework texts: two chunks of the same name.
  const perLanguage = Map.groupBy(languages, chunkName);
  const languageKb = Math.max(0, ...[...perLanguage.values()].map(gzipKb));
  figures.push(
    summarize('gzip: side panel JS before first paint', 'kB', [gzipKb(panel.initial)], {
      target: 150,
      note: `${panel.initial.length} files; a UI language other than English adds up to ${languageKb.toFixed(1)} kB`,
    }),
  );
  for (const [chunk, adds] of onDemand) {
    figures.push(summarize(`gzip: side panel, on demand: ${chunkName(chunk)}`, 'kB', [gzipKb(adds)]));
  }

  const dashboard = pageScripts(out, 'dashboard.html');
  figures.push(summarize('gzip: dashboard JS, entry', 'kB', [gzipKb(dashboard.initial)]));
  for (const [chunk, adds] of dashboard.lazy) {
    if (/^[a-z]{2}$/.test(chunkName(chunk))) continue;
    figures.push(
      summarize(`gzip: dashboard section ${chunkName(chunk)}`, 'kB', [gzipKb(adds)], { note: 'on top of the entry' }),
    );
  }
  figures.push(summarize('gzip: background', 'kB', [gzipKb([path.join(out, 'background.js')])]));
  const zips = readdirSync(path.join(root, '.output')).filter((f) => f.endsWith('-chrome.zip'));
  for (const zip of zips) {
    figures.push(summarize(`zip: ${zip}`, 'kB', [statSync(path.join(root, '.output', zip)).size / 1024]));
  }
  return figures;
}
