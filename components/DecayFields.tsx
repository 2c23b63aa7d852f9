import { t } from '@/lib/i18n';
import {
  addDecayGroup,
  decayGroupPath,
  errorsAt,
  type ModelForm,
  removeDecayGroup,
  renameDecayGroup,
  replaceItem,
} from '@/lib/scoring/editModel';
import { DecayInputs } from './DecayInputs';
import { EditorField } from './EditorField';
import { FieldErrors } from './FieldErrors';

interface Props {
  form: ModelForm;
  errors: ReadonlyMap<string, string[]>;
  onChange: (form: ModelForm) => void;
}

/** How engagement points fade: the default decay and named groups that engagement rules can pick instead. */
export function DecayFields({ form, errors, onChange }: Props) {
  return (
    <fieldset className="editor-block">
      <legend>{t('meDecayHeading')}</legend>
      <div className="row wrap">
        <strong>{t('meDecayDefaultLabel')}</strong>
        <DecayInputs
          decay={form.decay}
          path="decay.default"
          errors={errors}
          onChange={(decay) => onChange({ ...form, decay })}
        />
      </div>
      <FieldErrors errors={errorsAt(errors, 'decay.default')} />
      <p className="muted small">{t('meDecayGroupsHint')}</p>
      <ul className="decay-groups">
        {form.decayGroups.map((g, i) => (
          <li key={g.key} className="row wrap">
            <EditorField
              label={t('meGroupName')}
              value={g.name}
              onChange={(name) => onChange(renameDecayGroup(form, i, name))}
              errors={errorsAt(errors, decayGroupPath(i))}
            />
            <DecayInputs
              decay={g.decay}
              path={decayGroupPath(i)}
              errors={errors}
              onChange={(decay) =>
                onChange({ ...form, decayGroups: replaceItem(form.decayGroups, i, { ...g, decay }) })
              }
            />
            <button type="button" onClick={() => onChange(removeDecayGroup(form, i))}>
              {t('meRemoveGroup', g.name)}
            </button>
          </li>
        ))}
      </ul>
      <button type="button" onClick={() => onChange(addDecayGroup(form))}>
        {t('meAddGroup')}
      </button>
    </fieldset>
  );
}
