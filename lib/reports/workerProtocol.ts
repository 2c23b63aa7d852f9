import type { ReportData } from '../db/reportData';
import type { Period } from './period';

/** Messages between the dashboard and its reports worker (same origin, plain data). */
export type ToReportsWorker = { type: 'run'; period: Period };
export type FromReportsWorker =
  | { type: 'progress'; done: number; total: number }
  | { type: 'done'; data: ReportData }
  | { type: 'failed'; error: string };
