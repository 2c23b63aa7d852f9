import { type FormEvent, useState } from 'react';
import type { LeadRecord } from '@/lib/db/records';
import { type MessageKey, t } from '@/lib/i18n';
import { EDIT_FIELDS, type EditField, type LeadEdit, LeadEditSchema } from '@/lib/manualEntry';

const INPUT_TYPES: Partial<Record<EditField, string>> = {
  email: 'email',
  phone: 'tel',
  linkedinUrl: 'url',
  website: 'url',
  companySize: 'number',
};
/** Fields whose format is checked, each with a message that shows the expected form. */
const FORMAT_ERRORS: Partial<Record<EditField, MessageKey>> = {
  email: 'editErr_email',
  phone: 'editErr_phone',
  linkedinUrl: 'editErr_linkedinUrl',
  website: 'editErr_website',
  country: 'editErr_country',
  companySize: 'editErr_companySize',
};

interface Props {
  lead: LeadRecord;
  onSave: (fields: LeadEdit) => Promise<void>;
}

type Values = Record<EditField, string>;
const valuesOf = (lead: LeadRecord): Values =>
  Object.fromEntries(EDIT_FIELDS.map((f) => [f, lead[f] === undefined ? '' : String(lead[f])])) as Values;

function errorText(field: EditField, code: string): string {
  if (code === 'too_big') return t('editErrTooLong');
  if (field === 'name') return t('editErrRequired');
  return t(FORMAT_ERRORS[field] ?? 'editErrTooLong');
}

/**
 * The lead's details as the rep corrects them: every field checked (email, phone, LinkedIn URL,
 * website, country, employees) with the error beside the field; an emptied field is cleared.
 * What is saved here counts as entered by hand.
 */
export function EditLeadForm({ lead, onSave }: Props) {
  const [values, setValues] = useState<Values>(() => valuesOf(lead));
  const [errors, setErrors] = useState<Partial<Record<EditField, string>>>({});
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const parsed = LeadEditSchema.safeParse(values);
    if (!parsed.success) {
      const found: Partial<Record<EditField, string>> = {};
      for (const issue of parsed.error.issues) {
        const field = issue.path[0] as EditField;
        found[field] ??= errorText(field, issue.code);
      }
      setErrors(found);
      setStatus(null);
      return;
    }
    setErrors({});
    try {
      await onSave(parsed.data);
      setStatus({ ok: true, text: t('editSaved') });
    } catch (e) {
      setStatus({ ok: false, text: t('editFailed', e instanceof Error ? e.message : String(e)) });
    }
  };

  return (
    <details className="card edit-lead">
      <summary>{t('editHeading')}</summary>
      <form onSubmit={submit} noValidate aria-label={t('editHeading')}>
        {EDIT_FIELDS.map((field) => (
          <div key={field} className="field">
            <label htmlFor={`edit-${field}`}>{t(`field_${field}`)}</label>
            <input
              id={`edit-${field}`}
              type={INPUT_TYPES[field] ?? 'text'}
              value={values[field]}
              onChange={(e) => setValues({ ...values, [field]: e.target.value })}
              aria-invalid={errors[field] !== undefined}
              aria-describedby={errors[field] ? `edit-${field}-error` : undefined}
            />
            {errors[field] && (
              <span id={`edit-${field}-error`} className="field-error">
                {errors[field]}
              </span>
            )}
          </div>
        ))}
        <button type="submit">{t('editSave')}</button>
        {status && <p role={status.ok ? 'status' : 'alert'}>{status.text}</p>}
      </form>
    </details>
  );
}
