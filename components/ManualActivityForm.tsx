import { type FormEvent, useState } from 'react';
import { t } from '@/lib/i18n';
import { type ManualActivity, ManualActivitySchema } from '@/lib/manualEntry';

/** An engagement type of the active model, with the rule's label. */
export interface EngagementType {
  type: string;
  label: string;
}

interface Props {
  types: readonly EngagementType[];
  /** Today as YYYY-MM-DD in the user's zone: the latest day an activity can have happened. */
  today: string;
  /** Resolves to false when the same activity was logged already. */
  onAdd: (activity: ManualActivity) => Promise<boolean>;
}

type Errors = { type?: string; day?: string };

/**
 * Logs what the lead did where LeadLens could not see it ("attended the webinar"): one of the
 * model's engagement types, the day, an optional note. It scores like a captured activity.
 */
export function ManualActivityForm({ types, today, onAdd }: Props) {
  const [type, setType] = useState('');
  const [day, setDay] = useState(today);
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const parsed = ManualActivitySchema.safeParse({ type, day, note });
    const found: Errors = {};
    if (!types.some((option) => option.type === type)) found.type = t('activityErrType');
    if (!parsed.success || day > today) found.day = t('activityErrDay');
    setErrors(found);
    if (!parsed.success || found.type || found.day) return setStatus(null);
    try {
      const added = await onAdd(parsed.data);
      setStatus({ ok: true, text: t(added ? 'activityAdded' : 'activityDuplicate') });
      if (added) setNote('');
    } catch (e) {
      setStatus({ ok: false, text: t('activityFailed', e instanceof Error ? e.message : String(e)) });
    }
  };

  return (
    <details className="card manual-activity">
      <summary>{t('activityHeading')}</summary>
      <form onSubmit={submit} noValidate aria-label={t('activityHeading')}>
        <div className="field">
          <label htmlFor="activity-type">{t('activityType')}</label>
          <select
            id="activity-type"
            value={type}
            onChange={(e) => setType(e.target.value)}
            aria-invalid={errors.type !== undefined}
            aria-describedby={errors.type ? 'activity-type-error' : undefined}
          >
            <option value="">{t('activityChoose')}</option>
            {types.map((option) => (
              <option key={option.type} value={option.type}>
                {option.label}
              </option>
            ))}
          </select>
          {errors.type && (
            <span id="activity-type-error" className="field-error">
              {errors.type}
            </span>
          )}
        </div>
        <div className="field">
          <label htmlFor="activity-day">{t('activityDay')}</label>
          <input
            id="activity-day"
            type="date"
            max={today}
            value={day}
            onChange={(e) => setDay(e.target.value)}
            aria-invalid={errors.day !== undefined}
            aria-describedby={errors.day ? 'activity-day-error' : undefined}
          />
          {errors.day && (
            <span id="activity-day-error" className="field-error">
              {errors.day}
            </span>
          )}
        </div>
        <div className="field">
          <label htmlFor="activity-note">{t('activityNote')}</label>
          <input
            id="activity-note"
            type="text"
            maxLength={500}
            value={note}
            onChange={(e) => setNote(e.target.value)}
          />
        </div>
        <button type="submit">{t('activityAdd')}</button>
        {status && <p role={status.ok ? 'status' : 'alert'}>{status.text}</p>}
      </form>
    </details>
  );
}
