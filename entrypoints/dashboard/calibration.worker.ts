// Calibration off the UI thread: reads the history from IndexedDB (same origin as the dashboard),
// fits and backtests, and posts progress and the result back.
import '@/lib/strictZod';
import { calibrate } from '@/lib/calibration';
import type { FromWorker, ToWorker } from '@/lib/calibration/workerProtocol';
import { loadCalibrationInput } from '@/lib/db/calibrationInput';
import { getDatabase } from '@/lib/db/database';

const post = (message: FromWorker) => self.postMessage(message);

self.onmessage = async (event: MessageEvent<ToWorker>) => {
  if (event.data?.type !== 'run') return;
  try {
    const { modelId, ...input } = await loadCalibrationInput(getDatabase(), new Date());
    const result = calibrate(input, {
      seed: event.data.seed,
      onProgress: (progress) => post({ type: 'progress', progress }),
    });
    post({ type: 'done', result, modelId });
  } catch (error) {
    post({ type: 'failed', error: error instanceof Error ? error.message : String(error) });
  }
};
