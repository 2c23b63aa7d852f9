import { t } from '@/lib/i18n';
import { type EngagementRuleForm, errorsAt, errorsUnder } from '@/lib/scoring/editModel';
import { EditorField } from './EditorField';
import { EditorRuleCard } from './EditorRuleCard';
import { FieldErrors } from './FieldErrors';

interface Props {
  rule: EngagementRuleForm;
  index: number;
  count: number;
  /** The model's decay group names, for the rule's decay override. */
  decayGroups: readonly string[];
  errors: ReadonlyMap<string, string[]>;
  startOpen: boolean;
  onChange: (rule: EngagementRuleForm) => void;
  onMove: (to: number) => void;
  onRemove: () => void;
}

/** An engagement rule: which activity, its points, how often it counts, its caps and its decay. */
export function EngagementRuleRow({
  rule,
  index,
  count,
  decayGroups,
  errors,
  startOpen,
  onChange,
  onMove,
  onRemove,
}: Props) {
  const path = `engagementRules[${index}]`;
  const set = (patch: Partial<EngagementRuleForm>) => onChange({ ...rule, ...patch });
  const at = (key: string) => errorsAt(errors, `${path}.${key}`);
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
          errors={at('label')}
        />
        <EditorField
          label={t('meActivityType')}
          value={rule.activityType}
          onChange={(activityType) => set({ activityType })}
          errors={at('activityType')}
          hint={t('meActivityHint')}
        />
        <EditorField
          label={t('mePoints')}
          value={rule.points}
          onChange={(points) => set({ points })}
          errors={at('points')}
          inputMode="numeric"
        />
      </div>
      <div className="row wrap">
        <label>
          {t('meRepeat')}{' '}
          <select value={rule.repeat} onChange={(e) => set({ repeat: e.target.value as EngagementRuleForm['repeat'] })}>
            <option value="every">{t('meRepeat_every')}</option>
            <option value="first">{t('meRepeat_first')}</option>
          </select>
        </label>
        <EditorField
          label={t('meCapPerDay')}
          value={rule.capPerDay}
          onChange={(capPerDay) => set({ capPerDay })}
          errors={at('capPerDay')}
          inputMode="numeric"
        />
        <EditorField
          label={t('meCapTotal')}
          value={rule.capTotal}
          onChange={(capTotal) => set({ capTotal })}
          errors={at('capTotal')}
          inputMode="numeric"
        />
        <label>
          {t('meDecayOverride')}{' '}
          <select value={rule.decayGroup} onChange={(e) => set({ decayGroup: e.target.value })}>
            <option value="">{t('meDecayDefault')}</option>
            {decayGroups.map((g) => (
              <option key={g} value={g}>
                {g}
              </option>
            ))}
          </select>
        </label>
      </div>
      <FieldErrors errors={at('decayGroup')} />
    </EditorRuleCard>
  );
}
