import { t } from '@/lib/i18n';
import type { ColumnMapping } from '@/lib/io/columnMapping';
import type { PreviewRow } from '@/lib/io/csvImport';
import type { ImportedFields } from '@/lib/io/csvRows';

/** The lead fields the preview shows, in this order; first and last name arrive joined in `name`. */
const SHOWN = [
  'name',
  'email',
  'title',
  'company',
  'phone',
  'location',
  'country',
  'companySize',
  'industry',
  'website',
  'linkedinUrl',
  'stage',
] as const;
type Shown = (typeof SHOWN)[number];

function value(row: Extract<PreviewRow, { lead: unknown }>, field: Shown): string {
  if (field === 'stage') return row.lead.stage ?? '';
  const fields: ImportedFields = row.lead.fields;
  if (field === 'companySize') return fields.companySizeBand ?? (fields.companySize?.toString() || '');
  return fields[field] ?? '';
}

/**
 * The first rows of the file as the import will store them through the current mapping (names
 * joined, countries as ISO codes, sizes as numbers), or a row's problems: what the user sees here
 * is what they get.
 */
export function ImportPreview({ rows, mapping }: { rows: readonly PreviewRow[]; mapping: ColumnMapping }) {
  const mapped = new Set(mapping.map((f) => (f === 'firstName' || f === 'lastName' ? 'name' : f)));
  const columns = SHOWN.filter((field) => mapped.has(field));
  return (
    <table className="data-table import-preview">
      <caption>{t('dataPreviewHeading', rows.length)}</caption>
      <thead>
        <tr>
          <th scope="col">{t('dataPreviewLine')}</th>
          {columns.map((field) => (
            <th key={field} scope="col">
              {t(`dataField_${field}`)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.line} className={'errors' in row ? 'problem' : undefined}>
            <th scope="row">{row.line}</th>
            {'errors' in row ? (
              <td colSpan={Math.max(1, columns.length)}>
                {row.errors.map((e) => (e.column ? `${e.column}: ${e.message}` : e.message)).join('; ')}
              </td>
            ) : (
              columns.map((field) => <td key={field}>{value(row, field)}</td>)
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
