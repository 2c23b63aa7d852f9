import { useId, useState } from 'react';
import { STAGES, type StageName } from '@/lib/db/records';
import { currentLocale, t } from '@/lib/i18n';
import { EXPORT_FORMATS, type ExportFormat } from '@/lib/io/csvExport';
import { PRESET_NAMES } from './ColumnMapper';

export interface BulkActions {
  /** Each resolves to how many leads it changed (or wrote). */
  setStage: (stage: StageName, reason: string) => Promise<number>;
  addTag: (tag: string) => Promise<number>;
  removeTag: (tag: string) => Promise<number>;
  exportCsv: (format: ExportFormat) => Promise<number>;
  erase: () => Promise<number>;
}

interface Props extends BulkActions {
  /** How many leads are selected. */
  count: number;
  /** Tags already in use, offered while typing one. */
  knownTags: readonly string[];
  onClearSelection: () => void;
}

/** What can be done to every selected lead at once: stage (with a reason), tags, CSV export, erase. */
export function LeadsBulkActions({ count, knownTags, onClearSelection, ...actions }: Props) {
  const [stage, setStage] = useState<StageName>('nurture');
  const [reason, setReason] = useState('');
  const [tag, setTag] = useState('');
  const [format, setFormat] = useState<ExportFormat>('hubspot');
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);
  const tagsId = useId();
  const n = (value: number) => value.toLocaleString(currentLocale());

  const run = async (action: () => Promise<string>) => {
    setBusy(true);
    setResult(null);
    try {
      setResult({ ok: true, text: await action() });
    } catch (e) {
      setResult({ ok: false, text: t('lt_failed', e instanceof Error ? e.message : String(e)) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="leads-bulk card" aria-label={t('lt_bulkActions')}>
      <p>
        <strong>{t('lt_selected', n(count))}</strong>{' '}
        <button type="button" onClick={onClearSelection} disabled={busy}>
          {t('lt_clearSelection')}
        </button>
      </p>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void run(async () => t('lt_doneStage', n(await actions.setStage(stage, reason.trim()))));
        }}
      >
        <label>
          {t('lt_bulkStage')}{' '}
          <select value={stage} onChange={(e) => setStage(e.target.value as StageName)}>
            {STAGES.map((s) => (
              <option key={s} value={s}>
                {t(`stage_${s}`)}
              </option>
            ))}
          </select>
        </label>{' '}
        <label>
          {t('lt_reason')} <input value={reason} required maxLength={500} onChange={(e) => setReason(e.target.value)} />
        </label>{' '}
        <button type="submit" disabled={busy || reason.trim() === ''}>
          {t('lt_applyStage')}
        </button>
      </form>
      <div className="row">
        <label>
          {t('lt_tag')} <input value={tag} list={tagsId} maxLength={60} onChange={(e) => setTag(e.target.value)} />
          <datalist id={tagsId}>
            {knownTags.map((known) => (
              <option key={known} value={known} />
            ))}
          </datalist>
        </label>{' '}
        <button
          type="button"
          disabled={busy || tag.trim() === ''}
          onClick={() => void run(async () => t('lt_doneTag', n(await actions.addTag(tag))))}
        >
          {t('lt_addTag')}
        </button>{' '}
        <button
          type="button"
          disabled={busy || tag.trim() === ''}
          onClick={() => void run(async () => t('lt_doneTag', n(await actions.removeTag(tag))))}
        >
          {t('lt_removeTag')}
        </button>
      </div>
      <div className="row">
        <label>
          {t('dataFormat')}{' '}
          <select value={format} onChange={(e) => setFormat(e.target.value as ExportFormat)}>
            {EXPORT_FORMATS.map((f) => (
              <option key={f} value={f}>
                {PRESET_NAMES[f]}
              </option>
            ))}
          </select>
        </label>{' '}
        <button
          type="button"
          disabled={busy}
          onClick={() => void run(async () => t('lt_doneExport', n(await actions.exportCsv(format))))}
        >
          {t('lt_exportCsv')}
        </button>{' '}
        <button
          type="button"
          className="danger"
          disabled={busy}
          onClick={() => {
            if (!window.confirm(t('lt_eraseConfirm', n(count)))) return;
            void run(async () => t('lt_doneErase', n(await actions.erase())));
          }}
        >
          {t('lt_erase')}
        </button>
      </div>
      <p role={result && !result.ok ? 'alert' : 'status'}>{result?.text}</p>
    </section>
  );
}
