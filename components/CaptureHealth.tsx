import { useState } from 'react';
import type { SelectorOverride } from '@/lib/capture/overrides';
import type { CapturedFields, Diagnostic, FieldName } from '@/lib/capture/types';
import { t } from '@/lib/i18n';
import { OverrideForm } from './OverrideForm';

/** The person fields the health view always lists, found or not. */
const HEALTH_FIELDS = ['name', 'headline', 'title', 'company', 'location', 'country', 'linkedinUrl'] as const;
type HealthField = (typeof HEALTH_FIELDS)[number];

export interface OverrideActions {
  site: string;
  overrides: SelectorOverride[];
  onSave: (override: SelectorOverride) => Promise<void>;
  onRemove: (field: FieldName) => Promise<void>;
}

interface Props {
  fields: CapturedFields;
  diagnostics: Diagnostic[];
  /** When given, each field can be repaired with a selector of the user's own. */
  repair?: OverrideActions;
  open?: boolean;
}

/**
 * For the current page: each field, its value and the strategy that found it, and what was not
 * found; with `repair`, a selector the user writes for a field is tried first from then on.
 */
export function CaptureHealth({ fields, diagnostics, repair, open = false }: Props) {
  const [editing, setEditing] = useState<HealthField | null>(null);
  const strategyOf = (field: string) =>
    diagnostics.find((d) => d.field === field && d.strategy !== 'not-found')?.strategy ?? null;
  const overrideOf = (field: FieldName) => repair?.overrides.find((o) => o.site === repair.site && o.field === field);

  return (
    <details className="card health" open={open}>
      <summary>{t('healthHeading')}</summary>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('healthField')}</th>
            <th scope="col">{t('healthValue')}</th>
            <th scope="col">{t('healthStrategy')}</th>
            {repair && <td />}
          </tr>
        </thead>
        <tbody>
          {HEALTH_FIELDS.map((field) => {
            const value = fields[field];
            const label = t(`field_${field}`);
            const override = overrideOf(field);
            return (
              <tr key={field} className={value === undefined ? 'missing' : undefined}>
                <th scope="row">{label}</th>
                <td>{value ?? t('healthNotFound')}</td>
                <td>{value === undefined ? '' : (strategyOf(field) ?? '')}</td>
                {repair && (
                  <td>
                    <button type="button" className="link-button" onClick={() => setEditing(field)}>
                      {t('healthFix', label)}
                    </button>
                    {override && (
                      <button
                        type="button"
                        className="link-button"
                        aria-label={t('overrideRemove', label)}
                        onClick={() => repair.onRemove(field)}
                      >
                        ✕ {t('healthOverride')}
                      </button>
                    )}
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
      {repair && editing && (
        <OverrideForm
          key={editing}
          field={editing}
          fieldLabel={t(`field_${editing}`)}
          initial={overrideOf(editing)}
          onCancel={() => setEditing(null)}
          onSave={async (o) => {
            await repair.onSave({ site: repair.site, ...o });
            setEditing(null);
          }}
        />
      )}
    </details>
  );
}
