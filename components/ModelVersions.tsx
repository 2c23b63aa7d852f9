import type { ModelVersion } from '@/lib/hooks/useModels';
import { t } from '@/lib/i18n';

interface Props {
  versions: ModelVersion[];
  onActivate: (modelId: string) => void;
  onExport: (version: ModelVersion) => void;
}

/** Every stored version, newest first: activate one (older: a rollback) or export it. */
export function ModelVersions({ versions, onActivate, onExport }: Props) {
  const activeVersion = versions.find((v) => v.record.active === 1)?.record.version ?? 0;
  return (
    <section aria-labelledby="versions-heading" className="card">
      <h2 id="versions-heading">{t('versionsHeading')}</h2>
      <ul className="versions">
        {versions.map((v) => (
          <li key={v.record.id}>
            <span>
              {t('versionCreated', v.record.version, v.model?.name ?? '?')}{' '}
              <span className="muted small">{new Date(v.record.createdAt).toLocaleString()}</span>
              {v.record.note && <span className="muted small"> · {v.record.note}</span>}
            </span>
            {v.record.active === 1 ? (
              <strong>{t('versionActive')}</strong>
            ) : (
              <button type="button" disabled={v.model === null} onClick={() => onActivate(v.record.id)}>
                {v.record.version < activeVersion ? t('versionRollBack') : t('versionActivate')}
              </button>
            )}
            <button type="button" disabled={v.model === null} onClick={() => onExport(v)}>
              {t('versionExport')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
