import { useEffect, useState } from 'react';
import type { ReportData } from '../db/reportData';
import type { Period } from '../reports/period';
import type { FromReportsWorker, ToReportsWorker } from '../reports/workerProtocol';

export type ReportState =
  | { status: 'loading'; done: number; total: number }
  | { status: 'done'; data: ReportData }
  | { status: 'failed'; error: string };

/**
 * The reports over a period, computed in a Web Worker (made by `createWorker`) when the section
 * opens and again whenever the period changes, with progress. A run for a period no longer asked
 * for is stopped (its worker terminated). Null while no valid period is chosen.
 */
export function useReportData(period: Period | null, createWorker: () => Worker): ReportState | null {
  const [state, setState] = useState<ReportState | null>(null);
  const from = period?.from;
  const to = period?.to;
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new worker per period, not per render of the factory
  useEffect(() => {
    if (from === undefined || to === undefined) {
      setState(null);
      return;
    }
    const worker = createWorker();
    worker.onmessage = (event: MessageEvent<FromReportsWorker>) => {
      const message = event.data;
      if (message.type === 'progress') setState({ status: 'loading', done: message.done, total: message.total });
      else if (message.type === 'done') setState({ status: 'done', data: message.data });
      else setState({ status: 'failed', error: message.error });
    };
    worker.onerror = (event) => setState({ status: 'failed', error: event.message || 'the reports worker failed' });
    setState({ status: 'loading', done: 0, total: 0 });
    worker.postMessage({ type: 'run', period: { from, to } } satisfies ToReportsWorker);
    return () => worker.terminate();
  }, [from, to]);
  return state;
}
