import { useLiveQuery } from 'dexie-react-hooks';
import { type DataActions, DataPanel } from '@/components/DataPanel';
import { RetentionPanel } from '@/components/RetentionPanel';
import { getDatabase } from '@/lib/db/database';
import { downloadText } from '@/lib/download';
import { useSetting } from '@/lib/hooks/useSettings';
import { createBackup, restoreBackup } from '@/lib/io/backup';
import { exportCsvFile, importCsvFile, inspectCsvFile } from '@/lib/io/dataActions';
import { applyRetention, erasePerson, exportPerson, findRetentionCandidates } from '@/lib/io/privacy';
import { sendToBackground } from '@/lib/messaging/send';

const stamp = () => new Date().toISOString().slice(0, 10);

/** The dashboard's data actions: lib/io functions that own their transactions, files in and out. */
const dataActions: DataActions = {
  inspectCsv: (file) => inspectCsvFile(file),
  importCsv: (file, mapping, onProgress) => importCsvFile(getDatabase(), file, mapping, new Date(), onProgress),
  exportCsv: async (format) => {
    downloadText(
      document,
      `leadlens-leads-${format}-${stamp()}.csv`,
      await exportCsvFile(getDatabase(), format),
      'text/csv',
    );
  },
  backup: async () => {
    const backup = await createBackup(getDatabase(), new Date());
    downloadText(document, `leadlens-backup-${stamp()}.json`, JSON.stringify(backup));
  },
  restore: async (file) => {
    const result = await restoreBackup(getDatabase(), await file.text());
    return result.ok ? { ok: true } : result;
  },
  exportPerson: async (leadId) => {
    const data = await exportPerson(getDatabase(), leadId, new Date());
    if (data) downloadText(document, `leadlens-person-${leadId}.json`, JSON.stringify(data, null, 2));
  },
  erasePerson: (leadId) => erasePerson(getDatabase(), leadId),
};

/** Import, export, backup and restore, the privacy actions for one person, and retention. */
export default function DataSection() {
  const months = useSetting('retention-months');
  const auto = useSetting('retention-auto');
  // Leads past the retention period, live: the list empties as they are deleted or touched.
  const candidates = useLiveQuery(
    () => (months ? findRetentionCandidates(getDatabase(), months, new Date()) : []),
    [months],
  );
  return (
    <>
      <DataPanel {...dataActions} />
      {months !== undefined && auto !== undefined && (
        <RetentionPanel
          settings={{ months, auto }}
          onSave={async (s) => {
            await sendToBackground({ type: 'set-setting', key: 'retention-months', value: s.months });
            await sendToBackground({ type: 'set-setting', key: 'retention-auto', value: s.auto });
          }}
          candidates={candidates}
          onErase={(ids) => applyRetention(getDatabase(), ids)}
        />
      )}
    </>
  );
}
