import type { StageName } from '@/lib/db/records';
import { t } from '@/lib/i18n';

/** The lead's stage as a coloured badge that always carries its name (never colour alone). */
export function StageBadge({ stage, manual = false }: { stage: StageName; manual?: boolean }) {
  const label = t(`stage_${stage}`);
  const note = manual ? ` (${t('manualStage')})` : '';
  return (
    <span className={`badge badge-${stage}`} role="status" aria-label={t('stageLabel', label) + note}>
      {label}
      {note && <span className="badge-note">{note}</span>}
    </span>
  );
}
