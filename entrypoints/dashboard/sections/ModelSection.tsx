import { useState } from 'react';
import { CalibrationPanel } from '@/components/CalibrationPanel';
import { ModelDiff } from '@/components/ModelDiff';
import { ModelEditor, type SaveOutcome } from '@/components/ModelEditor';
import { type ImportOutcome, ModelImport } from '@/components/ModelImport';
import { ModelRulesTable } from '@/components/ModelRulesTable';
import { ModelVersions } from '@/components/ModelVersions';
import { applySuggestions } from '@/lib/calibration';
import { getDatabase } from '@/lib/db/database';
import { exportModelFile } from '@/lib/db/models';
import { downloadText } from '@/lib/download';
import { useCalibration } from '@/lib/hooks/useCalibration';
import { useModelVersions, useRescoreProgress } from '@/lib/hooks/useModels';
import { t } from '@/lib/i18n';
import type { Message, Reply } from '@/lib/messaging/protocol';
import { sendToBackground } from '@/lib/messaging/send';
import { type ScoringModel, serializeModel } from '@/lib/scoring';

async function importModel(text: string): Promise<ImportOutcome> {
  const message: Message = { type: 'import-model', text };
  const reply = (await browser.runtime.sendMessage(message)) as Reply | undefined;
  if (reply?.ok) return { ok: true, version: reply.version ?? 0 };
  return { ok: false, error: reply?.error ?? 'no reply', problems: reply?.problems ?? [] };
}

const createCalibrationWorker = () =>
  new Worker(new URL('../calibration.worker.ts', import.meta.url), { type: 'module' });

const createWhatIfWorker = () => new Worker(new URL('../whatIf.worker.ts', import.meta.url), { type: 'module' });

/** Stores an edited model as the next version and, when asked, activates it (which rescores every lead). */
async function saveEditedModel(model: ScoringModel, note: string, activate: boolean): Promise<SaveOutcome> {
  try {
    const imported = await sendToBackground({
      type: 'import-model',
      text: serializeModel(model),
      note: note || t('meDefaultNote'),
    });
    if (activate && imported.modelId) await sendToBackground({ type: 'activate-model', modelId: imported.modelId });
    return { ok: true, version: imported.version ?? 0, activated: activate };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

/** The scoring model: its versions (activate, roll back, export), the editor with what-if, diff, import, and learning from outcomes. */
export default function ModelSection() {
  const [calibration, runCalibration] = useCalibration(createCalibrationWorker);
  const versions = useModelVersions();
  const progress = useRescoreProgress();
  const [error, setError] = useState<string | null>(null);
  const active = versions?.find((v) => v.record.active === 1);

  return (
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
      {versions && <ModelEditor versions={versions} createWhatIfWorker={createWhatIfWorker} onSave={saveEditedModel} />}
      {/* Keyed by the newest version, so a new one is compared with the one before it right away. */}
      {versions && versions.length > 1 && <ModelDiff key={versions[0]?.record.id} versions={versions} />}
      <ModelImport onImport={importModel} />
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
  );
}
