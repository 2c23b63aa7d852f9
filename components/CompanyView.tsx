import type { CapturedFields } from '@/lib/capture/types';
import type { LeadRecord } from '@/lib/db/records';
import { t } from '@/lib/i18n';
import { StageBadge } from './StageBadge';

interface Props {
  fields: CapturedFields;
  /** The leads this page updated. */
  leads: LeadRecord[];
}

/** A LinkedIn company page: what it says about the company and which leads it updated. */
export function CompanyView({ fields, leads }: Props) {
  const facts: [string, string | number | undefined][] = [
    [t('companyIndustry'), fields.industry],
    [t('companySize'), fields.companySizeBand],
    [t('companyHeadquarters'), fields.headquarters],
    [t('companyWebsite'), fields.website],
    [t('companyFollowers'), fields.followers?.toLocaleString()],
  ];
  return (
    <article className="company-view">
      <p className="muted small">{t('companyHeading')}</p>
      <h1>{fields.company}</h1>
      <dl className="facts">
        {facts
          .filter(([, value]) => value !== undefined)
          .map(([label, value]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
      </dl>
      {leads.length === 0 ? (
        <p className="muted">{t('companyNoLeads')}</p>
      ) : (
        <section className="card">
          <p>{t('companyUpdated', leads.length)}</p>
          <ul className="recent">
            {leads.map((lead) => (
              <li key={lead.id}>
                {lead.name} {lead.title && <span className="muted small">· {lead.title}</span>}{' '}
                <StageBadge stage={lead.stage} />
              </li>
            ))}
          </ul>
        </section>
      )}
    </article>
  );
}
