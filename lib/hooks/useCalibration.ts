import { useEffect, useRef, useState } from 'react';
import type { CalibrationProgress, CalibrationResult } from '../calibration';
import type { FromWorker, ToWorker } from '../calibration/workerProtocol';

export type CalibrationState =
  | { status: 'idle' }
  | { status: 'running'; progress: CalibrationProgress }
  | { status: 'done'; result: CalibrationResult; modelId: string }
  | { status: 'failed'; error: string };

/** Runs calibration in a Web Worker (created by `createWorker`) and follows its progress. */
export function useCalibration(createWorker: () => Worker): [CalibrationState, () => void] {
  const [state, setState] = useState<CalibrationState>({ status: 'idle' });
  const worker = useRef<Worker | null>(null);
  useEffect(() => () => worker.current?.terminate(), []);

  const run = () => {
    worker.current?.terminate();
    const w = createWorker();
    worker.current = w;
    w.onmessage = (event: MessageEvent<FromWorker>) => {
      const message = event.data;
      if (message.type === 'progress') setState({ status: 'running', progress: message.progress });
      else if (message.type === 'done') setState({ status: 'done', result: message.result, modelId: message.modelId });
      else setState({ status: 'failed', error: message.error });
    };
    w.onerror = (event) => setState({ status: 'failed', error: event.message || 'the calibration worker failed' });
    setState({ status: 'running', progress: { phase: 'features', fraction: 0 } });
    w.postMessage({ type: 'run', seed: 42 } satisfies ToWorker);
  };
  return [state, run];
}
