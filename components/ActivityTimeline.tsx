import type { ActivityRecord } from '@/lib/db/records';
import { currentLocale, t } from '@/lib/i18n';

interface Props {
  /** Newest first: the first page(s) of the lead's activities. */
  activities: readonly ActivityRecord[];
  /** How many activities the lead has in all. */
  total: number;
  /** Shows the next page (offered while some are not shown). */
  onShowMore: () => void;
}

/** "pricing-page-visit" → "pricing page visit": activity types are data, shown as words. */
const typeWords = (type: string) => type.replace(/-/g, ' ');

/** Everything the lead did or had done to them, newest first: date, type, source and detail, a page at a time. */
export function ActivityTimeline({ activities, total, onShowMore }: Props) {
  const locale = currentLocale();
  return (
    <section className="card activity-timeline" aria-labelledby="timeline-heading">
      <h2 id="timeline-heading">{t('tl_heading')}</h2>
      {total === 0 ? (
        <p className="muted">{t('tl_empty')}</p>
      ) : (
        <>
          <p className="muted">
            {t('tl_showing', activities.length.toLocaleString(locale), total.toLocaleString(locale))}
          </p>
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t('tl_date')}</th>
                <th scope="col">{t('tl_type')}</th>
                <th scope="col">{t('tl_source')}</th>
                <th scope="col">{t('tl_detail')}</th>
              </tr>
            </thead>
            <tbody>
              {activities.map((a) => (
                <tr key={a.id}>
                  <td>
                    <time dateTime={new Date(a.at).toISOString()}>{new Date(a.at).toLocaleString(locale)}</time>
                  </td>
                  <td>{typeWords(a.type)}</td>
                  <td>{a.source}</td>
                  <td>{a.detail}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {activities.length < total && (
            <button type="button" onClick={onShowMore}>
              {t('tl_more')}
            </button>
          )}
        </>
      )}
    </section>
  );
}
