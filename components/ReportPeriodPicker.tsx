import { useId } from 'react';
import { t } from '@/lib/i18n';

interface Props {
  /** ISO dates ("2026-11-01"), both days included. */
  from: string;
  to: string;
  onChange: (from: string, to: string) => void;
}

/** The report period: a first and a last day. Says so when the last is before the first. */
export function ReportPeriodPicker({ from, to, onChange }: Props) {
  const id = useId();
  const valid = from !== '' && to !== '' && from <= to;
  return (
    <fieldset className="report-period" aria-describedby={`${id}-note`}>
      <legend>{t('reportsPeriod')}</legend>
      <label>
        {t('reportsFrom')}{' '}
        <input type="date" value={from} max={to || undefined} onChange={(e) => onChange(e.target.value, to)} />
      </label>
      <label>
        {t('reportsTo')}{' '}
        <input
          type="date"
          value={to}
          min={from || undefined}
          aria-invalid={!valid}
          onChange={(e) => onChange(from, e.target.value)}
        />
      </label>
      <span id={`${id}-note`} className="muted small">
        {t('reportsPeriodUtc')}
      </span>
      {!valid && (
        <p role="alert" className="field-problem">
          {t('reportsPeriodInvalid')}
        </p>
      )}
    </fieldset>
  );
}
