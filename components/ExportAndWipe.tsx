import { useId, useState } from 'react';
import { storageErrorMessage } from '@/lib/db/storageErrors';
import { t } from '@/lib/i18n';
import type { WipeResult } from '@/lib/io/wipe';

interface Props {
  /** Downloads the full backup and erases everything (lib/io/wipe exportAndWipe). */
  onConfirm: () => Promise<WipeResult>;
}

type Status =
  | { kind: 'idle' }
  | { kind: 'running' }
  | { kind: 'done'; erased: number }
  | { kind: 'failed'; error: string };

/** "Hand over this machine": a full backup, then everything erased, after the user types the confirmation word. */
export function ExportAndWipe({ onConfirm }: Props) {
  const id = useId();
  const [typed, setTyped] = useState('');
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const word = t('wipeConfirmWord');
  const confirmed = typed.trim().toLocaleUpperCase() === word.toLocaleUpperCase();

  return (
    <section aria-labelledby={`${id}-heading`} className="card danger-zone">
      <h2 id={`${id}-heading`}>{t('wipeHeading')}</h2>
      <p>{t('wipeIntro')}</p>
      <label>
        {t('wipeConfirmLabel', word)}{' '}
        <input
          value={typed}
          autoComplete="off"
          spellCheck={false}
          disabled={status.kind === 'running' || status.kind === 'done'}
          onChange={(e) => setTyped(e.target.value)}
        />
      </label>
      <button
        type="button"
        className="danger"
        disabled={!confirmed || status.kind === 'running' || status.kind === 'done'}
        onClick={async () => {
          setStatus({ kind: 'running' });
          try {
            const result = await onConfirm();
            setStatus({ kind: 'done', erased: result.erased });
          } catch (e) {
            setStatus({ kind: 'failed', error: storageErrorMessage(e) });
          }
        }}
      >
        {t('wipeButton')}
      </button>
      {status.kind === 'running' && <p role="status">{t('wipeRunning')}</p>}
      {status.kind === 'done' && <p role="status">{t('wipeDone', status.erased)}</p>}
      {status.kind === 'failed' && <p role="alert">{t('wipeFailed', status.error)}</p>}
    </section>
  );
}
