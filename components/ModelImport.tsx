import { useId, useState } from 'react';
import { t } from '@/lib/i18n';

export type ImportOutcome =
  | { ok: true; version: number }
  | { ok: false; error: string; problems: { path: string; message: string }[] };

/** Pick a model file; it is validated as a whole and every problem is listed with its path. */
export function ModelImport({ onImport }: { onImport: (text: string) => Promise<ImportOutcome> }) {
  const inputId = useId();
  const [outcome, setOutcome] = useState<ImportOutcome | null>(null);
  return (
    <section aria-labelledby="import-heading" className="card">
      <h2 id="import-heading">{t('importHeading')}</h2>
      <label htmlFor={inputId}>{t('importPick')}</label>{' '}
      <input
        id={inputId}
        type="file"
        accept=".json,application/json"
        onChange={async (e) => {
          const file = e.target.files?.[0];
          if (!file) return;
          setOutcome(await onImport(await file.text()));
          e.target.value = '';
        }}
      />
      {outcome?.ok === true && <p role="status">{t('importDone', outcome.version)}</p>}
      {outcome?.ok === false && (
        <div role="alert">
          <p>{t('importFailed', outcome.error)}</p>
          <ul>
            {outcome.problems.map((p) => (
              <li key={`${p.path}:${p.message}`}>
                <code>{p.path || '(file)'}</code>: {p.message}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
