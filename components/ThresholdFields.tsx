import { t } from '@/lib/i18n';
import { errorsAt, type ThresholdsForm } from '@/lib/scoring/editModel';
import { EditorField } from './EditorField';
import { FieldErrors } from './FieldErrors';

interface Props {
  thresholds: ThresholdsForm;
  errors: ReadonlyMap<string, string[]>;
  onChange: (thresholds: ThresholdsForm) => void;
}

/** MQL thresholds, grades A-C (fit) and levels 1-2 (engagement). */
export function ThresholdFields({ thresholds: th, errors, onChange }: Props) {
  const field = (key: keyof ThresholdsForm, label: string, path: string) => (
    <EditorField
      label={label}
      value={th[key]}
      onChange={(value) => onChange({ ...th, [key]: value })}
      errors={errorsAt(errors, `thresholds.${path}`)}
      inputMode="decimal"
    />
  );
  return (
    <fieldset className="editor-block">
      <legend>{t('meThresholdsHeading')}</legend>
      <div className="row wrap">
        {field('mqlFit', t('meMqlFit'), 'mqlFit')}
        {field('mqlEngagement', t('meMqlEngagement'), 'mqlEngagement')}
        {field('mqlTotal', t('meMqlTotal'), 'mqlTotal')}
      </div>
      <div className="row wrap">
        {field('gradeA', t('meGrade', 'A'), 'grades.A')}
        {field('gradeB', t('meGrade', 'B'), 'grades.B')}
        {field('gradeC', t('meGrade', 'C'), 'grades.C')}
      </div>
      <FieldErrors errors={errorsAt(errors, 'thresholds.grades')} />
      <div className="row wrap">
        {field('level1', t('meLevel', 1), 'levels["1"]')}
        {field('level2', t('meLevel', 2), 'levels["2"]')}
      </div>
      <FieldErrors errors={errorsAt(errors, 'thresholds.levels')} />
    </fieldset>
  );
}
