import { type FormEvent, useId, useState } from 'react';
import type { LeadRecord } from '@/lib/db/records';
import { currentLocale, t } from '@/lib/i18n';
import type { ErasedCounts as Counts } from '@/lib/io/privacy';
import { ErasedCounts } from './ErasedCounts';

export interface RetentionSettings {
  /** Null: retention is off. */
  months: number | null;
  auto: boolean;
}

interface Props {
  settings: RetentionSettings;
  onSave: (settings: RetentionSettings) => Promise<void>;
  /** Leads untouched for the saved number of months, oldest first; undefined while loading. */
  candidates: readonly LeadRecord[] | undefined;
  onErase: (leadIds: readonly string[]) => Promise<Counts>;
}

/** A proposed period when the user first turns retention on: two years is a common policy. */
const DEFAULT_MONTHS = 24;
const MAX_MONTHS = 240;
/** Listed at most; the delete button covers them all. */
const LISTED = 100;

/**
 * GDPR storage limitation: a retention period (off by default), the leads untouched for longer,
 * and deleting them after a confirmation, or automatically every day if the user chooses so.
 */
export function RetentionPanel({ settings, onSave, candidates, onErase }: Props) {
  const id = useId();
  const [enabled, setEnabled] = useState(settings.months !== null);
  const [months, setMonths] = useState(String(settings.months ?? DEFAULT_MONTHS));
  const [auto, setAuto] = useState(settings.auto);
  const [saved, setSaved] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [erased, setErased] = useState<Counts | null>(null);
  const monthsNumber = Number(months);
  const valid = !enabled || (Number.isInteger(monthsNumber) && monthsNumber >= 1 && monthsNumber <= MAX_MONTHS);
  const dates = new Intl.DateTimeFormat(currentLocale(), { dateStyle: 'medium' });

  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (!valid) return;
    await onSave({ months: enabled ? monthsNumber : null, auto: enabled && auto });
    setSaved(true);
  };
  const erase = async () => {
    if (!candidates) return;
    const counts = await onErase(candidates.map((lead) => lead.id));
    setConfirming(false);
    setErased(counts);
  };

  return (
    <section aria-labelledby={`${id}-heading`} className="card data retention">
      <h2 id={`${id}-heading`}>{t('retHeading')}</h2>
      <form onSubmit={save}>
        <label>
          <input
            type="checkbox"
            checked={enabled}
            onChange={(e) => {
              setEnabled(e.target.checked);
              setSaved(false);
            }}
          />{' '}
          {t('retEnable')}
        </label>
        <label>
          {t('retMonths')}{' '}
          <input
            type="number"
            min={1}
            max={MAX_MONTHS}
            step={1}
            value={months}
            disabled={!enabled}
            aria-invalid={!valid}
            onChange={(e) => {
              setMonths(e.target.value);
              setSaved(false);
            }}
          />
        </label>
        <label>
          <input
            type="checkbox"
            checked={enabled && auto}
            disabled={!enabled}
            onChange={(e) => {
              setAuto(e.target.checked);
              setSaved(false);
            }}
          />{' '}
          {t('retAuto')}
        </label>
        <button type="submit" disabled={!valid}>
          {t('retSave')}
        </button>
        {saved && <p role="status">{t('retSaved')}</p>}
      </form>

      {settings.months === null ? (
        <p className="muted">{t('retOff')}</p>
      ) : (
        candidates && (
          <>
            <h3>{t('retListHeading', settings.months, candidates.length)}</h3>
            {settings.auto && candidates.length > 0 && <p className="muted">{t('retAutoOn')}</p>}
            {candidates.length === 0 ? (
              <p className="muted">{t('retNone')}</p>
            ) : (
              <>
                <ul className="retention-candidates">
                  {candidates.slice(0, LISTED).map((lead) => (
                    <li key={lead.id}>
                      <span className="role">{lead.name ?? lead.email ?? t('unnamedLead')}</span>
                      {lead.company ? ` · ${lead.company}` : ''}{' '}
                      <span className="muted small">{t('retLastUpdate', dates.format(lead.updatedAt))}</span>
                    </li>
                  ))}
                </ul>
                {candidates.length > LISTED && <p className="muted">{t('retMore', candidates.length - LISTED)}</p>}
                <button type="button" disabled={confirming} onClick={() => setConfirming(true)}>
                  {t('retDelete', candidates.length)}
                </button>
                {confirming && (
                  <div role="alertdialog" aria-labelledby={`${id}-question`} className="confirm">
                    <p id={`${id}-question`}>{t('retDeleteConfirm', candidates.length)}</p>
                    <div className="row wrap">
                      <button type="button" className="danger" onClick={erase}>
                        {t('retDeleteYes')}
                      </button>
                      <button type="button" onClick={() => setConfirming(false)}>
                        {t('dataCancel')}
                      </button>
                    </div>
                  </div>
                )}
              </>
            )}
          </>
        )
      )}
      {erased && <ErasedCounts counts={erased} />}
    </section>
  );
}
