import { useId, useState } from 'react';
import { t } from '@/lib/i18n';
import { EXPORT_FORMATS, type ExportFormat } from '@/lib/io/csvExport';
import { PRESET_NAMES } from './ColumnMapper';
import { CsvImport, type CsvImportActions } from './CsvImport';
import { PersonData, type PersonDataActions } from './PersonData';

export interface DataActions extends CsvImportActions, PersonDataActions {
  exportCsv: (format: ExportFormat) => Promise<void>;
  backup: () => Promise<void>;
  restore: (file: File) => Promise<{ ok: true } | { ok: false; errors: { path: string; message: string }[] }>;
}

/** Import and export, backup and restore, and a person's data (GDPR), in the dashboard. */
export function DataPanel(actions: DataActions) {
  const id = useId();
  const [format, setFormat] = useState<ExportFormat>('hubspot');
  const [restoreResult, setRestoreResult] = useState<Awaited<ReturnType<DataActions['restore']>> | null>(null);
  const [confirmRestore, setConfirmRestore] = useState(false);

  return (
    <section aria-labelledby={`${id}-heading`} className="card data">
      <h2 id={`${id}-heading`}>{t('dataHeading')}</h2>

      <h3>{t('dataImport')}</h3>
      <CsvImport inspectCsv={actions.inspectCsv} importCsv={actions.importCsv} />

      <h3>{t('dataExport')}</h3>
      <div className="row wrap">
        <label>
          {t('dataFormat')}{' '}
          <select value={format} onChange={(e) => setFormat(e.target.value as ExportFormat)}>
            {EXPORT_FORMATS.map((f) => (
              <option key={f} value={f}>
                {PRESET_NAMES[f]}
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
      <PersonData exportPerson={actions.exportPerson} erasePerson={actions.erasePerson} />
    </section>
  );
}
