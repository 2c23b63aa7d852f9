import { useId, useState } from 'react';
import { storageErrorMessage } from '@/lib/db/storageErrors';
import { t } from '@/lib/i18n';
import type { ColumnMapping } from '@/lib/io/columnMapping';
import { mappingErrors, previewRows } from '@/lib/io/csvImport';
import type { CsvImportResult, CsvInspection } from '@/lib/io/dataActions';
import { ColumnMapper } from './ColumnMapper';
import { ImportErrors } from './ImportErrors';
import { ImportPreview } from './ImportPreview';

export interface CsvImportActions {
  inspectCsv: (file: File) => Promise<CsvInspection>;
  importCsv: (file: File, mapping: ColumnMapping, onProgress: (fraction: number) => void) => Promise<CsvImportResult>;
}

type Chosen = { file: File; inspection: Extract<CsvInspection, { ok: true }> };

/**
 * CSV import in three steps: choose a file; check how its columns map to lead fields (changeable)
 * and how the first rows will look; import, with a progress bar. A refused file lists every bad
 * row by line; nothing is imported then.
 */
export function CsvImport({ inspectCsv, importCsv }: CsvImportActions) {
  const inputId = useId();
  const [chosen, setChosen] = useState<Chosen | null>(null);
  const [mapping, setMapping] = useState<ColumnMapping>([]);
  const [progress, setProgress] = useState<number | null>(null);
  const [result, setResult] = useState<CsvImportResult | null>(null);
  // A read or write that failed outright (the file went away, the browser's storage is full).
  const [failure, setFailure] = useState<string | null>(null);

  const attempt = async (work: () => Promise<void>) => {
    setFailure(null);
    try {
      await work();
    } catch (error) {
      setProgress(null);
      setFailure(storageErrorMessage(error));
    }
  };

  const choose = async (file: File) => {
    setResult(null);
    setChosen(null);
    const inspection = await inspectCsv(file);
    if (!inspection.ok) {
      setResult(inspection);
      return;
    }
    setChosen({ file, inspection });
    setMapping(inspection.mapping);
  };

  const run = async () => {
    if (!chosen) return;
    setProgress(0);
    const outcome = await importCsv(chosen.file, mapping, setProgress);
    setProgress(null);
    setResult(outcome);
    if (outcome.ok) setChosen(null);
  };

  const { headers, sample, preset } = chosen?.inspection ?? { headers: [], sample: [], preset: null };
  const problems = chosen ? mappingErrors(headers, mapping, 1) : [];
  const busy = progress !== null;

  return (
    <div className="csv-import">
      <label htmlFor={inputId}>{t('dataImportPick')}</label>{' '}
      <input
        id={inputId}
        type="file"
        accept=".csv,text/csv"
        disabled={busy}
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) void attempt(() => choose(file));
        }}
      />
      {chosen && (
        <>
          <ColumnMapper
            headers={headers}
            mapping={mapping}
            preset={preset}
            example={sample[0]?.cells}
            onChange={setMapping}
          />
          <ImportPreview rows={previewRows(headers, sample, mapping)} mapping={mapping} />
          {problems.length > 0 && (
            <ul className="problems">
              {problems.map((p) => (
                <li key={`${p.column ?? ''}:${p.message}`}>{p.column ? `${p.column}: ${p.message}` : p.message}</li>
              ))}
            </ul>
          )}
          <div className="row wrap">
            <button
              type="button"
              className="primary"
              disabled={busy || problems.length > 0}
              onClick={() => attempt(run)}
            >
              {t('dataImportStart', chosen.file.name)}
            </button>
            <button type="button" disabled={busy} onClick={() => setChosen(null)}>
              {t('dataCancel')}
            </button>
          </div>
        </>
      )}
      {progress !== null && (
        <p role="status">
          <progress max={1} value={progress} aria-label={t('dataImport')} />{' '}
          {t('dataImporting', Math.round(progress * 100))}
        </p>
      )}
      {result?.ok === true && <p role="status">{t('dataImported', result.created, result.updated, result.merged)}</p>}
      {result?.ok === false && <ImportErrors errors={result.errors} />}
      {failure && <p role="alert">{t('dataImportFailed', failure)}</p>}
    </div>
  );
}
