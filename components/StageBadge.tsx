import type { StageName } from '@/lib/db/records';
import { t } from '@/lib/i18n';

/** The lead's stage as a coloured badge that always carries its name (never colour alone). */
export function StageBadge({ stage, manual = false }: { stage: StageName; manual?: boolean }) {
  const label = t(`stage_${stage}`);
  return (
    <span className={`badge badge-${stage}`} role="status" aria-label={t('stageLabel', label)}>
      {label}
      {manual && <span className="badge-note"> ({t('manualStage')})</span>}
    </span>
  );
}
