import { useEffect, useRef } from 'react';

/**
 * Saves `value` `delayMs` after the last change (typing), and at once when the component goes
 * away or the page is hidden, so text typed by a rep is stored within a second and survives
 * closing the panel. `save` failures are passed to `onError`.
 */
export function useAutosave<T>(
  value: T,
  save: (value: T) => Promise<unknown>,
  {
    delayMs = 400,
    enabled = true,
    onError,
  }: { delayMs?: number; enabled?: boolean; onError?: (e: unknown) => void } = {},
): void {
  const pending = useRef<{ value: T } | null>(null);
  const saveRef = useRef(save);
  saveRef.current = save;
  const errorRef = useRef(onError);
  errorRef.current = onError;
  const first = useRef(true);
  // Saves what is pending now; a ref, so the effects below always call the latest one.
  const flush = useRef(() => {});
  flush.current = () => {
    const next = pending.current;
    if (!next) return;
    pending.current = null;
    saveRef.current(next.value).catch((e) => errorRef.current?.(e));
  };

  useEffect(() => {
    if (first.current) {
      first.current = false; // the initial value is what is stored already
      return;
    }
    if (!enabled) return;
    pending.current = { value };
    const timer = setTimeout(() => flush.current(), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs, enabled]);

  useEffect(() => {
    const onHide = () => flush.current();
    window.addEventListener('pagehide', onHide);
    document.addEventListener('visibilitychange', onHide);
    return () => {
      window.removeEventListener('pagehide', onHide);
      document.removeEventListener('visibilitychange', onHide);
      flush.current();
    };
  }, []);
}
