import { useId, useState } from 'react';
import { t } from '@/lib/i18n';
import { EXPORT_FORMATS, type ExportFormat } from '@/lib/io/csvExport';
import type { CsvImportResult } from '@/lib/io/dataActions';
import { LeadSearch } from './LeadSearch';

export interface DataActions {
  importCsv: (file: File, onProgress: (fraction: number) => void) => Promise<CsvImportResult>;
  exportCsv: (format: ExportFormat) => Promise<void>;
  backup: () => Promise<void>;
  restore: (file: File) => Promise<{ ok: true } | { ok: false; errors: { path: string; message: string }[] }>;
  exportPerson: (leadId: string) => Promise<void>;
  erasePerson: (leadId: string) => Promise<void>;
}

const FORMAT_NAMES: Record<ExportFormat, string> = {
  hubspot: 'HubSpot',
  salesforce: 'Salesforce',
  pipedrive: 'Pipedrive',
  leadlens: 'LeadLens',
};

/** Import and export, backup and restore, and a person's data (GDPR), in the dashboard. */
export function DataPanel(actions: DataActions) {
  const id = useId();
  const [progress, setProgress] = useState<number | null>(null);
  const [imported, setImported] = useState<CsvImportResult | null>(null);
  const [format, setFormat] = useState<ExportFormat>('hubspot');
  const [restoreResult, setRestoreResult] = useState<Awaited<ReturnType<DataActions['restore']>> | null>(null);
  const [confirmRestore, setConfirmRestore] = useState(false);
  const [person, setPerson] = useState<string | null>(null);
  const [erased, setErased] = useState(false);

  return (
    <section aria-labelledby={`${id}-heading`} className="card data">
      <h2 id={`${id}-heading`}>{t('dataHeading')}</h2>

      <h3>{t('dataImport')}</h3>
      <label>
        {t('dataImportPick')}{' '}
        <input
          type="file"
          accept=".csv,text/csv"
          onChange={async (e) => {
            const file = e.target.files?.[0];
            if (!file) return;
            setImported(null);
            setProgress(0);
            setImported(await actions.importCsv(file, setProgress));
            setProgress(null);
            e.target.value = '';
          }}
        />
      </label>
      {progress !== null && (
        <p role="status">
          <progress max={1} value={progress} /> {t('dataImporting', Math.round(progress * 100))}
        </p>
      )}
      {imported?.ok === true && (
        <p role="status">{t('dataImported', imported.created, imported.updated, imported.merged)}</p>
      )}
      {imported?.ok === false && (
        <div role="alert">
          <p>{t('dataImportRefused', imported.errors.length)}</p>
          <ul>
            {imported.errors.slice(0, 100).map((e) => (
              <li key={`${e.line}:${e.column ?? ''}:${e.message}`}>
                {t('dataLine', e.line)}
                {e.column ? ` (${e.column})` : ''}: {e.message}
              </li>
            ))}
          </ul>
        </div>
      )}

      <h3>{t('dataExport')}</h3>
      <div className="row wrap">
        <label>
          {t('dataFormat')}{' '}
          <select value={format} onChange={(e) => setFormat(e.target.value as ExportFormat)}>
            {EXPORT_FORMATS.map((f) => (
              <option key={f} value={f}>
                {FORMAT_NAMES[f]}
              </option>
            ))}
          </select>
        </label>
        <button type="button" onClick={() => void actions.exportCsv(format)}>
          {t('dataExportCsv')}
        </button>
      </div>

      <h3>{t('dataBackup')}</h3>
      <button type="button" onClick={() => void actions.backup()}>
        {t('dataBackupDownload')}
      </button>
      <div>
        <label>
          <input type="checkbox" checked={confirmRestore} onChange={(e) => setConfirmRestore(e.target.checked)} />{' '}
          {t('dataRestoreConfirm')}
        </label>
        <label>
          {t('dataRestorePick')}{' '}
          <input
            type="file"
            accept=".json,application/json"
            disabled={!confirmRestore}
            onChange={async (e) => {
              const file = e.target.files?.[0];
              if (!file) return;
              setRestoreResult(await actions.restore(file));
              e.target.value = '';
            }}
          />
        </label>
        {restoreResult?.ok === true && <p role="status">{t('dataRestored')}</p>}
        {restoreResult?.ok === false && (
          <div role="alert">
            <p>{t('dataRestoreRefused')}</p>
            <ul>
              {restoreResult.errors.map((e) => (
                <li key={`${e.path}:${e.message}`}>
                  <code>{e.path || '(file)'}</code>: {e.message}
                </li>
              ))}
            </ul>
          </div>
        )}
      </div>

      <h3>{t('dataPerson')}</h3>
      <LeadSearch
        onPick={(leadId) => {
          setPerson(leadId);
          setErased(false);
        }}
      />
      {person && !erased && (
        <div className="row wrap">
          <button type="button" onClick={() => void actions.exportPerson(person)}>
            {t('dataPersonExport')}
          </button>
          <button
            type="button"
            onClick={async () => {
              if (!window.confirm(t('dataPersonEraseConfirm'))) return;
              await actions.erasePerson(person);
              setErased(true);
            }}
          >
            {t('dataPersonErase')}
          </button>
        </div>
      )}
      {erased && <p role="status">{t('dataPersonErased')}</p>}
    </section>
  );
}
