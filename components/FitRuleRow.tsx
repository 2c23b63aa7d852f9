import { t } from '@/lib/i18n';
import { errorsAt, errorsUnder, type FitRuleForm } from '@/lib/scoring/editModel';
import { ConditionList } from './ConditionList';
import { EditorField } from './EditorField';
import { EditorRuleCard } from './EditorRuleCard';

interface Props {
  rule: FitRuleForm;
  index: number;
  count: number;
  errors: ReadonlyMap<string, string[]>;
  startOpen: boolean;
  onChange: (rule: FitRuleForm) => void;
  onMove: (to: number) => void;
  onRemove: () => void;
}

/** A fit rule: label, points and the conditions under which the lead earns them. */
export function FitRuleRow({ rule, index, count, errors, startOpen, onChange, onMove, onRemove }: Props) {
  const path = `fitRules[${index}]`;
  const set = (patch: Partial<FitRuleForm>) => onChange({ ...rule, ...patch });
  return (
    <EditorRuleCard
      name={rule.label.trim() || t('meUntitled', index + 1)}
      detail={t('mePointsShort', rule.points)}
      problems={errorsUnder(errors, path).length}
      index={index}
      count={count}
      startOpen={startOpen}
      onMove={onMove}
      onRemove={onRemove}
    >
      <div className="row wrap">
        <EditorField
          label={t('meRuleLabel')}
          value={rule.label}
          onChange={(label) => set({ label })}
          errors={errorsAt(errors, `${path}.label`)}
        />
        <EditorField
          label={t('mePoints')}
          value={rule.points}
          onChange={(points) => set({ points })}
          errors={errorsAt(errors, `${path}.points`)}
          inputMode="numeric"
        />
      </div>
      <ConditionList conditions={rule.when} path={`${path}.when`} errors={errors} onChange={(when) => set({ when })} />
    </EditorRuleCard>
  );
}
