import type { CaptureResult } from './types';

export interface WatchOptions {
  /** Re-extract at most this often while the page keeps rendering. */
  everyMs: number;
  /** Stop watching a page this long after it was opened (bounded: no endless observers). */
  timeoutMs: number;
}

export const DEFAULT_WATCH: WatchOptions = { everyMs: 150, timeoutMs: 10_000 };

/** True when a result is worth reporting before the page has finished rendering. */
function isComplete(result: CaptureResult): boolean {
  if (result.kind === 'profile' || result.kind === 'record') return Boolean(result.fields.name);
  if (result.kind === 'company') return Boolean(result.fields.company ?? result.fields.name);
  return result.kind !== 'unsupported';
}

/**
 * Extracts the page now and again while it renders (DOM mutations, at most every `everyMs`),
 * reporting each new result: the first complete one at once, improvements as they appear, and
 * whatever was found when the time runs out (so a failed page still reports its diagnostics).
 * Throttled, not debounced: LinkedIn never stops mutating its pages (presence dots, lazy
 * sections), and waiting for a quiet moment could postpone the capture to the timeout.
 * Returns a function that stops watching.
 */
export function watchPage(
  doc: Document,
  url: URL,
  extract: (doc: Document, url: URL) => CaptureResult,
  report: (result: CaptureResult) => void,
  options: WatchOptions = DEFAULT_WATCH,
): () => void {
  const win = doc.defaultView;
  let lastReported = '';
  let latest: CaptureResult | undefined;
  let pending: ReturnType<typeof setTimeout> | undefined;
  let lastRun = Number.NEGATIVE_INFINITY;

  const reportIfNew = (result: CaptureResult) => {
    const signature = JSON.stringify(result);
    if (signature === lastReported) return;
    lastReported = signature;
    report(result);
  };
  const run = () => {
    pending = undefined;
    lastRun = Date.now();
    latest = extract(doc, url);
    if (isComplete(latest)) reportIfNew(latest);
  };

  const observer = win
    ? new win.MutationObserver(() => {
        // The rest of this burst of mutations lands before the timer fires: one extraction for all.
        pending ??= setTimeout(run, Math.max(0, lastRun + options.everyMs - Date.now()));
      })
    : undefined;
  observer?.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });

  const deadline = setTimeout(() => {
    stop();
    latest = extract(doc, url);
    reportIfNew(latest);
  }, options.timeoutMs);

  function stop() {
    observer?.disconnect();
    clearTimeout(pending);
    clearTimeout(deadline);
  }

  run();
  return stop;
}
