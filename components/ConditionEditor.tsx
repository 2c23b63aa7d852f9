import { useId } from 'react';
import { t } from '@/lib/i18n';
import {
  CONDITION_TYPES,
  type ConditionForm,
  type ConditionType,
  type EmailKind,
  errorsAt,
  errorsUnder,
  FIELD_OPS,
  type FieldOp,
} from '@/lib/scoring/editModel';
import { DEPARTMENTS, SENIORITIES } from '@/lib/titles';
import { EditorField } from './EditorField';
import { FieldErrors } from './FieldErrors';

interface Props {
  condition: ConditionForm;
  /** 1-based, for labels. */
  number: number;
  /** The condition's model path, like `fitRules[0].when[1]`. */
  path: string;
  errors: ReadonlyMap<string, string[]>;
  onChange: (condition: ConditionForm) => void;
  onRemove: () => void;
}

const EMAIL_KINDS: readonly EmailKind[] = ['corporate', 'free', 'competitor'];

/** One condition of a rule: its kind, "not", and the values that kind needs. */
export function ConditionEditor({ condition: c, number, path, errors, onChange, onRemove }: Props) {
  const id = useId();
  const set = (patch: Partial<ConditionForm>) => onChange({ ...c, ...patch });
  const under = (key: string) => errorsUnder(errors, `${path}.${key}`);
  const list = (label: string, key: string, hint = t('meListHint')) => (
    <EditorField label={label} value={c.list} onChange={(list) => set({ list })} errors={under(key)} hint={hint} />
  );
  const bounds = (
    <>
      <EditorField
        label={t('meMin')}
        value={c.min}
        onChange={(min) => set({ min })}
        errors={under('min')}
        inputMode="decimal"
      />
      <EditorField
        label={t('meMax')}
        value={c.max}
        onChange={(max) => set({ max })}
        errors={under('max')}
        inputMode="decimal"
      />
    </>
  );
  const picks = <V extends string>(values: readonly V[], label: (value: V) => string) => (
    <fieldset className="picks">
      <legend>{t(`meCond_${c.type}`)}</legend>
      {values.map((v) => (
        <label key={v}>
          <input
            type="checkbox"
            checked={c.picked.includes(v)}
            onChange={(e) => set({ picked: e.target.checked ? [...c.picked, v] : c.picked.filter((p) => p !== v) })}
          />{' '}
          {label(v)}
        </label>
      ))}
      <FieldErrors errors={under('in')} />
    </fieldset>
  );

  return (
    <fieldset className="condition" aria-label={t('meCondition', number)}>
      <div className="row wrap">
        <label htmlFor={`${id}-type`}>{t('meCondition', number)}</label>
        <select
          id={`${id}-type`}
          value={c.type}
          onChange={(e) => set({ type: e.target.value as ConditionType, picked: [] })}
        >
          {CONDITION_TYPES.map((type) => (
            <option key={type} value={type}>
              {t(`meCond_${type}`)}
            </option>
          ))}
        </select>
        <label>
          <input type="checkbox" checked={c.negate === true} onChange={(e) => set({ negate: e.target.checked })} />{' '}
          {t('meNegate')}
        </label>
        <button type="button" onClick={onRemove}>
          {t('meRemoveCondition', number)}
        </button>
      </div>
      {c.type === 'seniority' && picks(SENIORITIES, (v) => t(`meSen_${v}`))}
      {c.type === 'department' && picks(DEPARTMENTS, (v) => t(`meDep_${v}`))}
      {c.type === 'companySize' && <div className="row wrap">{bounds}</div>}
      {(c.type === 'industry' || c.type === 'techStack') && list(t('meTerms'), 'anyOf')}
      {c.type === 'country' && list(t('meCountries'), 'in')}
      {c.type === 'emailDomain' && (
        <label>
          {t('meCond_emailDomain')}{' '}
          <select value={c.is} onChange={(e) => set({ is: e.target.value as EmailKind })}>
            {EMAIL_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(`meEmail_${kind}`)}
              </option>
            ))}
          </select>
        </label>
      )}
      {c.type === 'field' && (
        <div className="row wrap">
          <EditorField
            label={t('meFieldName')}
            value={c.field}
            onChange={(field) => set({ field })}
            errors={under('field')}
          />
          <label>
            {t('meFieldOp')}{' '}
            <select value={c.op} onChange={(e) => set({ op: e.target.value as FieldOp })}>
              {FIELD_OPS.map((op) => (
                <option key={op} value={op}>
                  {t(`meOp_${op}`)}
                </option>
              ))}
            </select>
          </label>
          {(c.op === 'equals' || c.op === 'contains') && (
            <EditorField
              label={t('meValue')}
              value={c.value}
              onChange={(value) => set({ value })}
              errors={under('value')}
            />
          )}
          {c.op === 'in' && list(t('meValue'), 'values')}
          {c.op === 'range' && bounds}
        </div>
      )}
      <FieldErrors errors={errorsAt(errors, path)} />
    </fieldset>
  );
}
