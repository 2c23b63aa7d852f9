import type { CalibrationProgress, CalibrationResult } from './calibrate';

/** Messages between the dashboard and its calibration worker (same origin, plain data). */
export type ToWorker = { type: 'run'; seed: number };
export type FromWorker =
  | { type: 'progress'; progress: CalibrationProgress }
  | { type: 'done'; result: CalibrationResult; modelId: string }
  | { type: 'failed'; error: string };
