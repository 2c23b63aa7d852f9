import type { CapturedFields, Diagnostic } from '@/lib/capture/types';
import { t } from '@/lib/i18n';

/** The person fields the health view always lists, found or not. */
export const HEALTH_FIELDS = ['name', 'headline', 'title', 'company', 'location', 'country', 'linkedinUrl'] as const;

interface Props {
  fields: CapturedFields;
  diagnostics: Diagnostic[];
}

/** For the current page: each field, its value and the strategy that found it, and what was not found. */
export function CaptureHealth({ fields, diagnostics }: Props) {
  const strategyOf = (field: string) =>
    diagnostics.find((d) => d.field === field && d.strategy !== 'not-found')?.strategy ?? null;
  return (
    <details className="card health">
      <summary>{t('healthHeading')}</summary>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('healthField')}</th>
            <th scope="col">{t('healthValue')}</th>
            <th scope="col">{t('healthStrategy')}</th>
          </tr>
        </thead>
        <tbody>
          {HEALTH_FIELDS.map((field) => {
            const value = fields[field];
            return (
              <tr key={field} className={value === undefined ? 'missing' : undefined}>
                <th scope="row">{t(`field_${field}`)}</th>
                <td>{value ?? t('healthNotFound')}</td>
                <td>{value === undefined ? '' : (strategyOf(field) ?? '')}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </details>
  );
}
