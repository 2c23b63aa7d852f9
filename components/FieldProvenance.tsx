import { FIELD_NAMES, type FieldName } from '@/lib/capture/types';
import type { LeadRecord } from '@/lib/db/records';
import { currentLocale, t } from '@/lib/i18n';
import { entryKey, pickEntry, withLegacy } from '@/lib/leads/merge';

/** Product names as their makers write them; the kinds of input that are not products are translated. */
const SOURCE_NAMES: Record<string, string> = {
  linkedin: 'LinkedIn',
  salesnav: 'Sales Navigator',
  hubspot: 'HubSpot',
  salesforce: 'Salesforce',
  pipedrive: 'Pipedrive',
  dynamics: 'Dynamics 365',
  zoho: 'Zoho CRM',
};
const TRANSLATED_SOURCES = new Set(['manual', 'import', 'legacy']);

function sourceName(source: string): string {
  if (TRANSLATED_SOURCES.has(source)) return t(`provenanceSource_${source as 'manual' | 'import' | 'legacy'}`);
  return SOURCE_NAMES[source] ?? source;
}

interface Props {
  lead: LeadRecord;
  /** Pin the entry with this key (null: unpin, back to the rule). */
  onPin: (field: FieldName, entryKey: string | null) => Promise<void>;
}

/**
 * For each field, every value it had: where (source, page), when, which one is shown and
 * whether the user pinned it. Another value can be pinned; a pin can be removed.
 */
export function FieldProvenance({ lead, onPin }: Props) {
  const sources = withLegacy(lead);
  const fields = FIELD_NAMES.filter((field) => (sources[field]?.length ?? 0) > 0);
  if (fields.length === 0) return null;
  const date = (at: number) => new Date(at).toLocaleDateString(currentLocale());
  return (
    <details className="card provenance">
      <summary>{t('provenanceHeading')}</summary>
      <dl>
        {fields.map((field) => {
          const entries = sources[field] ?? [];
          const pin = lead.pins?.[field];
          const shown = pickEntry(entries, pin);
          const label = t(`field_${field}`);
          return (
            <div key={field} className="provenance-field">
              <dt>{label}</dt>
              {[...entries].reverse().map((entry) => {
                const key = entryKey(entry);
                const isShown = entry === shown;
                const isPinned = key === pin;
                return (
                  <dd key={key} className={isShown ? 'shown' : undefined}>
                    <span className="provenance-value">{String(entry.value)}</span>{' '}
                    <span className="muted small">
                      {sourceName(entry.source)} ·{' '}
                      <time dateTime={new Date(entry.capturedAt).toISOString()}>{date(entry.capturedAt)}</time>
                      {entry.url && <span className="provenance-url"> · {entry.url}</span>}
                    </span>{' '}
                    {isShown && (
                      <strong className="small">{t(isPinned ? 'provenancePinned' : 'provenanceShown')}</strong>
                    )}{' '}
                    {isPinned ? (
                      <button
                        type="button"
                        className="link-button"
                        aria-label={t('provenanceUnpinLabel', label)}
                        onClick={() => onPin(field, null)}
                      >
                        {t('provenanceUnpin')}
                      </button>
                    ) : (
                      !isShown && (
                        <button
                          type="button"
                          className="link-button"
                          aria-label={t('provenancePinLabel', String(entry.value), label)}
                          onClick={() => onPin(field, key)}
                        >
                          {t('provenancePin')}
                        </button>
                      )
                    )}
                  </dd>
                );
              })}
            </div>
          );
        })}
      </dl>
    </details>
  );
}
