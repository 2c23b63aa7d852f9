import type { LeadRecord } from '@/lib/db/records';
import { t } from '@/lib/i18n';
import { relativeDays } from '@/lib/i18n/format';
import { StageBadge } from './StageBadge';

interface Props {
  lead: LeadRecord;
  selected: boolean;
  onToggle: (leadId: string) => void;
  /** Where the lead's name links to (the lead opened over the table). */
  href: string;
  locale: string;
  now: Date;
}

/** The cells of one lead's row in the leads table, in the table's column order. */
export function LeadRowCells({ lead, selected, onToggle, href, locale, now }: Props) {
  const name = lead.name ?? lead.email ?? t('lt_unnamed');
  return (
    <>
      <td className="check">
        <input
          type="checkbox"
          checked={selected}
          tabIndex={-1}
          aria-label={t('lt_selectLead', name)}
          onChange={() => onToggle(lead.id)}
        />
      </td>
      <th scope="row">
        <a href={href} tabIndex={-1}>
          {name}
        </a>
      </th>
      <td>{lead.title}</td>
      <td>{lead.company}</td>
      <td className="narrow">{lead.country}</td>
      <td>
        <StageBadge stage={lead.stage} manual={lead.stageManual} />
      </td>
      <td className="narrow">{lead.score?.cell ?? '—'}</td>
      <td className="narrow num">{lead.score?.total ?? '—'}</td>
      <td>
        {lead.lastActivityAt === undefined ? (
          <span className="muted">{t('lt_never')}</span>
        ) : (
          <time dateTime={new Date(lead.lastActivityAt).toISOString()}>
            {relativeDays(lead.lastActivityAt, now, locale)}
          </time>
        )}
      </td>
      <td>
        <time dateTime={new Date(lead.createdAt).toISOString()}>
          {new Date(lead.createdAt).toLocaleDateString(locale)}
        </time>
      </td>
      <td>{lead.sources.join(', ')}</td>
    </>
  );
}
