import { t } from '@/lib/i18n';
import type { ErasedCounts as Counts } from '@/lib/io/privacy';

const TABLES = ['leads', 'activities', 'answers', 'outcomes', 'captures', 'notes'] as const;

/** What an erasure removed, per table: the proof a GDPR request was carried out. */
export function ErasedCounts({ counts }: { counts: Counts }) {
  return (
    <div role="status">
      <p>{t('dataPersonErased')}</p>
      <ul>
        {TABLES.map((table) => (
          <li key={table}>{t(`dataCount_${table}`, counts[table])}</li>
        ))}
      </ul>
    </div>
  );
}
