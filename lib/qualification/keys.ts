import type { AnswerStatus, Framework, FrameworkItem } from './schema';

/** Call mode: a letter picks the item, a digit sets its status. */
export const STATUS_KEYS: readonly { key: string; status: AnswerStatus }[] = [
  { key: '1', status: 'met' },
  { key: '2', status: 'partly' },
  { key: '3', status: 'not-met' },
  { key: '0', status: 'unknown' },
];

/** The item whose letter is `key` (a KeyboardEvent.key), either case. */
export function itemForKey(framework: Framework, key: string): FrameworkItem | undefined {
  if (key.length !== 1) return undefined;
  const letter = key.toUpperCase();
  return framework.items.find((item) => item.letter === letter);
}

/** '1' met, '2' partly, '3' not met, '0' unknown; undefined for any other key. */
export function statusForKey(key: string): AnswerStatus | undefined {
  return STATUS_KEYS.find((entry) => entry.key === key)?.status;
}
