import { t } from '@/lib/i18n';
import { type ConditionForm, emptyCondition, errorsAt, removeItem, replaceItem } from '@/lib/scoring/editModel';
import { ConditionEditor } from './ConditionEditor';
import { FieldErrors } from './FieldErrors';

interface Props {
  conditions: ConditionForm[];
  /** The rule's `when` path, like `knockouts[1].when`. */
  path: string;
  errors: ReadonlyMap<string, string[]>;
  onChange: (conditions: ConditionForm[]) => void;
}

/** A rule's conditions (all must hold), with add and remove. */
export function ConditionList({ conditions, path, errors, onChange }: Props) {
  return (
    <fieldset className="conditions">
      <legend>{t('meConditions')}</legend>
      {conditions.map((c, i) => (
        <ConditionEditor
          key={c.key}
          condition={c}
          number={i + 1}
          path={`${path}[${i}]`}
          errors={errors}
          onChange={(next) => onChange(replaceItem(conditions, i, next))}
          onRemove={() => onChange(removeItem(conditions, i))}
        />
      ))}
      <FieldErrors errors={errorsAt(errors, path)} />
      <button type="button" onClick={() => onChange([...conditions, emptyCondition()])}>
        {t('meAddCondition')}
      </button>
    </fieldset>
  );
}
