import { type FormEvent, useState } from 'react';
import type { CapturedFields } from '@/lib/capture/types';
import { t } from '@/lib/i18n';
import { type ManualLead, type ManualLeadInput, ManualLeadSchema } from '@/lib/leads/manualLead';

const FIELDS = ['name', 'title', 'company', 'location', 'email', 'phone', 'linkedinUrl'] as const;
type Field = (typeof FIELDS)[number];
const INPUT_TYPES: Partial<Record<Field, string>> = { email: 'email', phone: 'tel', linkedinUrl: 'url' };

interface Props {
  /** What the page showed, to start from. */
  prefill: CapturedFields;
  onSave: (lead: ManualLead) => Promise<void>;
}

/** Enter a lead by hand, prefilled with whatever capture found; each field is checked before saving. */
export function ManualLeadForm({ prefill, onSave }: Props) {
  const [values, setValues] = useState<Record<Field, string>>(
    () => Object.fromEntries(FIELDS.map((f) => [f, String(prefill[f] ?? '')])) as Record<Field, string>,
  );
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const parsed = ManualLeadSchema.safeParse(values satisfies ManualLeadInput);
    if (!parsed.success) {
      setErrors(Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0]), i.message])));
      return;
    }
    setErrors({});
    try {
      await onSave(parsed.data);
      setStatus({ ok: true, text: t('manualSaved') });
    } catch (e) {
      setStatus({ ok: false, text: t('manualFailed', e instanceof Error ? e.message : String(e)) });
    }
  };

  return (
    <form className="card manual-lead" onSubmit={submit} noValidate aria-labelledby="manual-heading">
      <h2 id="manual-heading">{t('manualHeading')}</h2>
      <p className="muted small">{t('manualHint')}</p>
      {FIELDS.map((field) => (
        <div key={field} className="field">
          <label htmlFor={`manual-${field}`}>{t(`field_${field}`)}</label>
          <input
            id={`manual-${field}`}
            type={INPUT_TYPES[field] ?? 'text'}
            value={values[field]}
            onChange={(e) => setValues({ ...values, [field]: e.target.value })}
            aria-invalid={errors[field] !== undefined}
            aria-describedby={errors[field] ? `manual-${field}-error` : undefined}
          />
          {errors[field] && (
            <span id={`manual-${field}-error`} className="field-error">
              {errors[field]}
            </span>
          )}
        </div>
      ))}
      <button type="submit">{t('manualSave')}</button>
      {status && <p role={status.ok ? 'status' : 'alert'}>{status.text}</p>}
    </form>
  );
}
