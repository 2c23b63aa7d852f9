import { type FormEvent, useId, useState } from 'react';
import type { MessageKey } from '@/lib/i18n';
import { currentLocale, t } from '@/lib/i18n';
import type { SpendEntry } from '@/lib/reports/costPerMql';
import { formatMoney } from '@/lib/reports/format';
import { sourceName } from '@/lib/reports/sourceName';
import { checkSpendDraft, type SpendDraft, type SpendField, type SpendProblem } from '@/lib/reports/spendDraft';

interface Props {
  entries: readonly SpendEntry[];
  /** Sources to suggest (the ones leads came from). */
  sources: readonly string[];
  /** Stores the whole new list; rejects with the reason when it could not. */
  onSave: (entries: SpendEntry[]) => Promise<void>;
}

const PROBLEM_TEXT: Record<SpendProblem, MessageKey> = {
  source: 'spendErrSource',
  date: 'spendErrDate',
  order: 'spendErrOrder',
  amount: 'spendErrAmount',
  currency: 'spendErrCurrency',
};

const FIELDS: { field: SpendField; label: MessageKey; type: string }[] = [
  { field: 'source', label: 'spendSource', type: 'text' },
  { field: 'from', label: 'spendFrom', type: 'date' },
  { field: 'to', label: 'spendTo', type: 'date' },
  { field: 'amount', label: 'spendAmount', type: 'number' },
  { field: 'currency', label: 'spendCurrency', type: 'text' },
];

/**
 * What was spent per lead source and period: a list with a remove button per entry and a form to
 * add one, checked as the user types (a field's problem shows once it has been typed in, or on
 * submit for every field).
 */
export function SpendForm({ entries, sources, onSave }: Props) {
  const id = useId();
  const [draft, setDraft] = useState<SpendDraft>({ source: '', from: '', to: '', amount: '', currency: 'EUR' });
  const [touched, setTouched] = useState<ReadonlySet<SpendField>>(new Set());
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const check = checkSpendDraft(draft);
  const problemOf = (field: SpendField) => (check.ok || !touched.has(field) ? undefined : check.problems[field]);
  const locale = currentLocale();

  const save = async (next: SpendEntry[]) => {
    try {
      await onSave(next);
      setStatus({ ok: true, text: t('settingsSaved') });
      return true;
    } catch (error) {
      setStatus({ ok: false, text: t('spendFailed', error instanceof Error ? error.message : String(error)) });
      return false;
    }
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!check.ok) {
      setTouched(new Set(FIELDS.map((f) => f.field)));
      return;
    }
    if (await save([...entries, check.entry])) {
      setDraft((d) => ({ ...d, amount: '' }));
      setTouched(new Set());
    }
  };

  return (
    <section className="card spend" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{t('spendHeading')}</h3>
      {entries.length === 0 ? (
        <p className="muted">{t('spendNone')}</p>
      ) : (
        <table className="report-table">
          <caption>{t('spendCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('spendSource')}</th>
              <th scope="col">{t('spendFrom')}</th>
              <th scope="col">{t('spendTo')}</th>
              <th scope="col" className="num">
                {t('spendAmount')}
              </th>
              <th scope="col">
                <span className="visually-hidden">{t('spendRemove')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {entries.map((entry, i) => (
              // Entries have no id; the same entry twice is allowed, so the index keeps keys unique.
              // biome-ignore lint/suspicious/noArrayIndexKey: see above
              <tr key={i}>
                <th scope="row">{sourceName(entry.source)}</th>
                <td>{entry.from}</td>
                <td>{entry.to}</td>
                <td className="num">{formatMoney(entry.amount, entry.currency, locale)}</td>
                <td>
                  <button
                    type="button"
                    className="link-button no-print"
                    aria-label={t('spendRemoveLabel', sourceName(entry.source), entry.from, entry.to)}
                    onClick={() => void save(entries.filter((_, j) => j !== i))}
                  >
                    {t('spendRemove')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <form className="spend-form no-print" onSubmit={submit} noValidate>
        {FIELDS.map(({ field, label, type }) => {
          const problem = problemOf(field);
          return (
            <div key={field} className="spend-field">
              <label htmlFor={`${id}-${field}`}>{t(label)}</label>
              <input
                id={`${id}-${field}`}
                type={type}
                name={field}
                value={draft[field]}
                min={type === 'number' ? 0 : undefined}
                step={type === 'number' ? 'any' : undefined}
                maxLength={field === 'currency' ? 3 : undefined}
                list={field === 'source' ? `${id}-sources` : undefined}
                aria-invalid={problem !== undefined}
                aria-describedby={problem ? `${id}-${field}-problem` : undefined}
                onChange={(e) => {
                  const value = field === 'currency' ? e.target.value.toUpperCase() : e.target.value;
                  setDraft((d) => ({ ...d, [field]: value }));
                  setTouched((s) => new Set(s).add(field));
                }}
              />
              {problem && (
                <span id={`${id}-${field}-problem`} className="field-problem">
                  {t(PROBLEM_TEXT[problem])}
                </span>
              )}
            </div>
          );
        })}
        <datalist id={`${id}-sources`}>
          {sources.map((source) => (
            <option key={source} value={source}>
              {sourceName(source)}
            </option>
          ))}
        </datalist>
        <button type="submit">{t('spendAdd')}</button>
      </form>
      {status && (
        <p role={status.ok ? 'status' : 'alert'} className={status.ok ? 'muted small no-print' : undefined}>
          {status.text}
        </p>
      )}
    </section>
  );
}
