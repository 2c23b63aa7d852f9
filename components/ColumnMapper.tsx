import { t } from '@/lib/i18n';
import { type ColumnMapping, LEAD_FIELDS, type LeadField, type Preset } from '@/lib/io/columnMapping';

export const PRESET_NAMES: Record<Preset, string> = {
  hubspot: 'HubSpot',
  salesforce: 'Salesforce',
  pipedrive: 'Pipedrive',
  leadlens: 'LeadLens',
};

const IGNORE = '';

interface Props {
  headers: readonly string[];
  mapping: ColumnMapping;
  preset: Preset | null;
  /** The first data row's cells, shown as an example of each column. */
  example: readonly string[] | undefined;
  onChange: (mapping: ColumnMapping) => void;
}

/**
 * A CSV file's columns, each with the LeadLens field it fills (or "do not import"), as detected
 * from its headers and changeable. A field goes to one column: choosing it for a column takes it
 * from the column that had it.
 */
export function ColumnMapper({ headers, mapping, preset, example, onChange }: Props) {
  const choose = (column: number, field: LeadField | null) =>
    onChange(mapping.map((f, i) => (i === column ? field : f === field ? null : f)));
  return (
    <div className="column-mapper">
      <p>{preset ? t('dataPresetFound', PRESET_NAMES[preset]) : t('dataPresetNone')}</p>
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">{t('dataMapColumn')}</th>
            <th scope="col">{t('dataMapExample')}</th>
            <th scope="col">{t('dataMapField')}</th>
          </tr>
        </thead>
        <tbody>
          {headers.map((header, column) => (
            // Headers may repeat or be empty: the column index is the identity.
            // biome-ignore lint/suspicious/noArrayIndexKey: columns never reorder
            <tr key={column}>
              <th scope="row">{header}</th>
              <td className="muted">{example?.[column] ?? ''}</td>
              <td>
                <select
                  aria-label={t('dataMapFieldFor', header || String(column + 1))}
                  value={mapping[column] ?? IGNORE}
                  onChange={(e) => choose(column, e.target.value === IGNORE ? null : (e.target.value as LeadField))}
                >
                  <option value={IGNORE}>{t('dataFieldIgnore')}</option>
                  {LEAD_FIELDS.map((field) => (
                    <option key={field} value={field}>
                      {t(`dataField_${field}`)}
                    </option>
                  ))}
                </select>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
