import { type FormEvent, useState } from 'react';
import { STAGES, type StageName } from '@/lib/db/records';
import { t } from '@/lib/i18n';

interface Props {
  current: StageName;
  onChange: (stage: StageName, reason: string) => Promise<void>;
}

/** Set a lead's stage by hand; a reason is required so the history explains it. */
export function StageChanger({ current, onChange }: Props) {
  const [open, setOpen] = useState(false);
  const [stage, setStage] = useState<StageName>(current);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);

  if (!open) {
    return (
      <button type="button" className="link-button" onClick={() => setOpen(true)}>
        {t('changeStage')}
      </button>
    );
  }
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await onChange(stage, reason.trim());
      setOpen(false);
      setReason('');
      setError(null);
    } catch (e) {
      setError(t('changeStageError', e instanceof Error ? e.message : String(e)));
    }
  };
  return (
    <form className="stage-changer" onSubmit={submit}>
      <label>
        {t('changeStage')}
        <select value={stage} onChange={(e) => setStage(e.target.value as StageName)}>
          {STAGES.map((s) => (
            <option key={s} value={s}>
              {t(`stage_${s}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('changeStageReason')}
        <input value={reason} onChange={(e) => setReason(e.target.value)} required maxLength={500} />
      </label>
      <div className="row">
        <button type="submit" disabled={reason.trim() === ''}>
          {t('changeStageSave')}
        </button>
        <button type="button" onClick={() => setOpen(false)}>
          {t('changeStageCancel')}
        </button>
      </div>
      {error && <p role="alert">{error}</p>}
    </form>
  );
}
