import { en, type MessageKey } from './en';

/** A UI string with `{0}`, `{1}`, ... replaced by the given values. */
export function t(key: MessageKey, ...values: (string | number)[]): string {
  return en[key].replace(/\{(\d)\}/g, (_, i: string) => String(values[Number(i)] ?? ''));
}

export type { MessageKey };
