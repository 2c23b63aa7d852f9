import { t } from '@/lib/i18n';
import type { RowError } from '@/lib/io/csvRows';

/** Shown at most: a file with thousands of bad rows is fixed from the first ones and the count. */
const LISTED = 100;

/** Why nothing was imported: each problem with its line (and column), the first 100 and how many more. */
export function ImportErrors({ errors }: { errors: readonly RowError[] }) {
  return (
    <div role="alert" className="import-errors">
      <p>{t('dataImportRefused', errors.length)}</p>
      <ul>
        {errors.slice(0, LISTED).map((e) => (
          <li key={`${e.line}:${e.column ?? ''}:${e.message}`}>
            {t('dataLine', e.line)}
            {e.column ? ` (${e.column})` : ''}: {e.message}
          </li>
        ))}
      </ul>
      {errors.length > LISTED && <p>{t('dataMoreErrors', errors.length - LISTED)}</p>}
    </div>
  );
}
