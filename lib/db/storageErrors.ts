import { t } from '../i18n';

/** The reply code the background sends when a write failed because the browser's storage is full. */
export const STORAGE_FULL = 'storage-full';

const QUOTA_NAMES = new Set(['QuotaExceededError', 'NS_ERROR_DOM_QUOTA_REACHED']);

/**
 * Whether an error (as IndexedDB, Dexie or a failed transaction gives it) means the storage quota
 * is used up. Dexie wraps the browser's DOMException (`inner`), an aborted transaction names its
 * cause (`inner` again), and bulk writes list theirs (`failures`): all are followed.
 */
export function isQuotaExceeded(error: unknown, depth = 0): boolean {
  if (depth > 5 || error === null || typeof error !== 'object') return false;
  const e = error as { name?: unknown; inner?: unknown; cause?: unknown; failures?: unknown };
  if (typeof e.name === 'string' && QUOTA_NAMES.has(e.name)) return true;
  const failures = Array.isArray(e.failures) ? e.failures : [];
  return [e.inner, e.cause, ...failures].some((inner) => isQuotaExceeded(inner, depth + 1));
}

/** What to tell the user about a failed write: the storage-full message, or the error's own text. */
export function storageErrorMessage(error: unknown): string {
  if (isQuotaExceeded(error)) return t('storageFull');
  return error instanceof Error ? error.message : String(error);
}
