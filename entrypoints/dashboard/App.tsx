import { useState } from 'react';
import { CalibrationPanel } from '@/components/CalibrationPanel';
import { CustomFrameworkForm } from '@/components/CustomFrameworkForm';
import { type DataActions, DataPanel } from '@/components/DataPanel';
import { ModelDiff } from '@/components/ModelDiff';
import { type ImportOutcome, ModelImport } from '@/components/ModelImport';
import { ModelRulesTable } from '@/components/ModelRulesTable';
import { ModelVersions } from '@/components/ModelVersions';
import { SettingsForm } from '@/components/SettingsForm';
import { applySuggestions } from '@/lib/calibration';
import { getDatabase } from '@/lib/db/database';
import { exportModelFile } from '@/lib/db/models';
import { downloadText } from '@/lib/download';
import { useCalibration } from '@/lib/hooks/useCalibration';
import { useModelVersions, useRescoreProgress } from '@/lib/hooks/useModels';
import { useSetting } from '@/lib/hooks/useSettings';
import { t } from '@/lib/i18n';
import { createBackup, restoreBackup } from '@/lib/io/backup';
import { exportCsvFile, importCsvFile } from '@/lib/io/dataActions';
import { erasePerson, exportPerson } from '@/lib/io/privacy';
import type { Message, Reply } from '@/lib/messaging/protocol';
import { sendToBackground } from '@/lib/messaging/send';
import { serializeModel } from '@/lib/scoring';

async function importModel(text: string): Promise<ImportOutcome> {
  const message: Message = { type: 'import-model', text };
  const reply = (await browser.runtime.sendMessage(message)) as Reply | undefined;
  if (reply?.ok) return { ok: true, version: reply.version ?? 0 };
  return { ok: false, error: reply?.error ?? 'no reply', problems: reply?.problems ?? [] };
}

const stamp = () => new Date().toISOString().slice(0, 10);

/** The dashboard's data actions: lib/io functions that own their transactions, files in and out. */
const dataActions: DataActions = {
  importCsv: (file, onProgress) => importCsvFile(getDatabase(), file, new Date(), onProgress),
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
  erasePerson: async (leadId) => {
    await erasePerson(getDatabase(), leadId);
  },
};

const createCalibrationWorker = () =>
  new Worker(new URL('./calibration.worker.ts', import.meta.url), { type: 'module' });

/** The dashboard: the scoring model, its versions, import, export and diff, and learning from outcomes. */
export function App() {
  const [calibration, runCalibration] = useCalibration(createCalibrationWorker);
  const versions = useModelVersions();
  const progress = useRescoreProgress();
  const [error, setError] = useState<string | null>(null);
  const active = versions?.find((v) => v.record.active === 1);
  const slaHours = useSetting('sla-hours');
  const notifications = useSetting('sla-notifications');

  return (
    <>
      <h1>{t('dashboardTitle')}</h1>
      <section aria-labelledby="model-heading">
        <h2 id="model-heading">{t('modelHeading')}</h2>
        {active?.model && <p>{t('modelActive', active.model.name, active.record.version)}</p>}
        {progress && (
          <p role="status">
            <progress max={progress.total} value={progress.done} /> {t('rescoring', progress.done, progress.total)}
          </p>
        )}
        {error && <p role="alert">{error}</p>}
        {versions && (
          <ModelVersions
            versions={versions}
            onActivate={(modelId) => {
              setError(null);
              sendToBackground({ type: 'activate-model', modelId }).catch((e: Error) =>
                setError(t('activateFailed', e.message)),
              );
            }}
            onExport={async (v) => {
              if (!v.model) return;
              const text = await exportModelFile(getDatabase(), v.model);
              downloadText(document, `leadlens-model-v${v.record.version}.json`, text);
            }}
          />
        )}
        <ModelImport onImport={importModel} />
        {versions && versions.length > 1 && <ModelDiff versions={versions} />}
        <CalibrationPanel
          state={calibration}
          onRun={runCalibration}
          onAccept={async (ruleIds) => {
            if (calibration.status !== 'done' || !active?.model) return;
            const { model } = applySuggestions(active.model, calibration.result.suggestions ?? [], ruleIds);
            const note = `calibrated from ${calibration.result.data.outcomes} outcomes`;
            const imported = await sendToBackground({ type: 'import-model', text: serializeModel(model), note });
            if (imported.modelId) await sendToBackground({ type: 'activate-model', modelId: imported.modelId });
          }}
        />
        {active?.model && <ModelRulesTable model={active.model} />}
      </section>
      <CustomFrameworkForm
        onSave={async (framework) => {
          const message: Message = { type: 'save-custom-framework', framework };
          const reply = (await browser.runtime.sendMessage(message)) as Reply | undefined;
          if (reply?.ok) return [];
          return reply?.problems ?? [{ path: '', message: reply?.error ?? 'no reply' }];
        }}
      />
      <DataPanel {...dataActions} />
      {slaHours !== undefined && notifications !== undefined && (
        <SettingsForm
          initial={{ slaHours, notifications }}
          onSave={async (s) => {
            await sendToBackground({ type: 'set-setting', key: 'sla-hours', value: s.slaHours });
            await sendToBackground({ type: 'set-setting', key: 'sla-notifications', value: s.notifications });
          }}
        />
      )}
    </>
  );
}
