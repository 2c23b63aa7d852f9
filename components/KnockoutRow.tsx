import { t } from '@/lib/i18n';
import { errorsAt, errorsUnder, type KnockoutForm } from '@/lib/scoring/editModel';
import { ConditionList } from './ConditionList';
import { EditorField } from './EditorField';
import { EditorRuleCard } from './EditorRuleCard';

interface Props {
  rule: KnockoutForm;
  index: number;
  count: number;
  errors: ReadonlyMap<string, string[]>;
  startOpen: boolean;
  onChange: (rule: KnockoutForm) => void;
  onMove: (to: number) => void;
  onRemove: () => void;
}

/** A knock-out: when its conditions hold the lead is disqualified, with the reason the rep reads. */
export function KnockoutRow({ rule, index, count, errors, startOpen, onChange, onMove, onRemove }: Props) {
  const path = `knockouts[${index}]`;
  const set = (patch: Partial<KnockoutForm>) => onChange({ ...rule, ...patch });
  return (
    <EditorRuleCard
      name={rule.label.trim() || t('meUntitled', index + 1)}
      detail={t('meDisqualifies')}
      problems={errorsUnder(errors, path).length}
      index={index}
      count={count}
      startOpen={startOpen}
      onMove={onMove}
      onRemove={onRemove}
    >
      <EditorField
        label={t('meRuleLabel')}
        value={rule.label}
        onChange={(label) => set({ label })}
        errors={errorsAt(errors, `${path}.label`)}
      />
      <EditorField
        label={t('meReason')}
        value={rule.reason}
        onChange={(reason) => set({ reason })}
        errors={errorsAt(errors, `${path}.reason`)}
      />
      <ConditionList conditions={rule.when} path={`${path}.when`} errors={errors} onChange={(when) => set({ when })} />
    </EditorRuleCard>
  );
}
