import { useState } from 'react';
import type { ModelVersion } from '@/lib/hooks/useModels';
import { t } from '@/lib/i18n';
import { diffModels } from '@/lib/scoring';

/** Pick two versions and read what changed between them, one line per change. */
export function ModelDiff({ versions }: { versions: ModelVersion[] }) {
  const valid = versions.filter((v) => v.model !== null);
  const [fromId, setFromId] = useState(valid[1]?.record.id ?? valid[0]?.record.id ?? '');
  const [toId, setToId] = useState(valid[0]?.record.id ?? '');
  const from = valid.find((v) => v.record.id === fromId)?.model;
  const to = valid.find((v) => v.record.id === toId)?.model;
  const changes = from && to ? diffModels(from, to) : [];
  const picker = (label: string, value: string, onChange: (id: string) => void) => (
    <label>
      {label}{' '}
      <select value={value} onChange={(e) => onChange(e.target.value)}>
        {valid.map((v) => (
          <option key={v.record.id} value={v.record.id}>
            {t('versionCreated', v.record.version, v.model?.name ?? '')}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <section aria-labelledby="diff-heading" className="card">
      <h2 id="diff-heading">{t('diffHeading')}</h2>
      <div className="row">
        {picker(t('diffFrom'), fromId, setFromId)}
        {picker(t('diffTo'), toId, setToId)}
      </div>
      {changes.length === 0 ? (
        <p className="muted">{t('diffNone')}</p>
      ) : (
        <ul className="diff">
          {changes.map((c) => (
            <li key={`${c.kind}:${c.section}:${c.ruleId}:${c.field ?? ''}`} className={`diff-${c.kind}`}>
              {c.text}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
