import { useId, useState } from 'react';
import { useLead } from '@/lib/hooks/useLeads';
import { t } from '@/lib/i18n';
import type { ErasedCounts as Counts } from '@/lib/io/privacy';
import { ErasedCounts } from './ErasedCounts';
import { LeadSearch } from './LeadSearch';

export interface PersonDataActions {
  exportPerson: (leadId: string) => Promise<void>;
  erasePerson: (leadId: string) => Promise<Counts>;
}

/**
 * A person's rights (GDPR): find them by name, company or email, then export everything about
 * them, or erase it after a confirmation, and see what was removed from each table.
 */
export function PersonData({ exportPerson, erasePerson }: PersonDataActions) {
  const [leadId, setLeadId] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [erased, setErased] = useState<Counts | null>(null);
  const lead = useLead(leadId);
  const questionId = useId();

  const erase = async () => {
    if (!leadId) return;
    const counts = await erasePerson(leadId);
    setConfirming(false);
    setLeadId(null);
    setErased(counts);
  };

  return (
    <div className="person-data">
      <LeadSearch
        onPick={(id) => {
          setLeadId(id);
          setConfirming(false);
          setErased(null);
        }}
      />
      {leadId && lead && (
        <>
          <p>{t('dataPersonChosen', lead.name ?? lead.email ?? t('unnamedLead'))}</p>
          <div className="row wrap">
            <button type="button" onClick={() => void exportPerson(leadId)}>
              {t('dataPersonExport')}
            </button>
            <button type="button" disabled={confirming} onClick={() => setConfirming(true)}>
              {t('dataPersonErase')}
            </button>
          </div>
          {confirming && (
            <div role="alertdialog" aria-labelledby={questionId} className="confirm">
              <p id={questionId}>{t('dataPersonEraseConfirm')}</p>
              <div className="row wrap">
                <button type="button" className="danger" onClick={erase}>
                  {t('dataPersonEraseYes')}
                </button>
                <button type="button" onClick={() => setConfirming(false)}>
                  {t('dataCancel')}
                </button>
              </div>
            </div>
          )}
        </>
      )}
      {erased && <ErasedCounts counts={erased} />}
    </div>
  );
}
