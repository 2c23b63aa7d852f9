import { useState } from 'react';
import type { MergeRecord } from '@/lib/db/records';
import { currentLocale, t } from '@/lib/i18n';

interface Props {
  /** Merges into this lead, newest first. */
  merges: MergeRecord[];
  onUndo: (mergeId: string) => Promise<void>;
}

/** The leads merged into this one, when and why; the latest merge can be undone. */
export function MergeHistory({ merges, onUndo }: Props) {
  const [error, setError] = useState<string | null>(null);
  if (merges.length === 0) return null;
  const latest = merges.find((m) => m.undoneAt === undefined);
  const when = (at: number) => new Date(at).toLocaleString(currentLocale());
  return (
    <section aria-labelledby="merges-heading" className="card merges">
      <h2 id="merges-heading">{t('mergeHistoryHeading')}</h2>
      <ol className="history">
        {merges.map((merge) => {
          const name = merge.removed.name ?? merge.removed.email ?? merge.removedId;
          return (
            <li key={merge.id}>
              <time dateTime={new Date(merge.at).toISOString()}>{when(merge.at)}</time>{' '}
              {t('mergedWith', name, t(merge.cause === 'user' ? 'mergeCause_user' : 'mergeCause_identity_key'))}
              {merge.undoneAt !== undefined && (
                <span className="muted"> · {t('mergeUndone', when(merge.undoneAt))}</span>
              )}
              {merge === latest && (
                <>
                  {' '}
                  <button
                    type="button"
                    onClick={() => {
                      setError(null);
                      onUndo(merge.id).catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
                    }}
                  >
                    {t('mergeUndo')}
                  </button>
                </>
              )}
            </li>
          );
        })}
      </ol>
      {error && <p role="alert">{t('identityFailed', error)}</p>}
    </section>
  );
}
