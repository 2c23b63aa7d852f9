import { t } from '@/lib/i18n';
import { type DecayForm, type DecayKind, errorsAt } from '@/lib/scoring/editModel';
import { EditorField } from './EditorField';

const KINDS: readonly DecayKind[] = ['half-life', 'window', 'none'];
const KIND_KEYS = { 'half-life': 'meDecayHalfLife', window: 'meDecayWindow', none: 'meDecayNone' } as const;

/** A decay's kind and, unless it is none, its days. */
export function DecayInputs({
  decay,
  path,
  errors,
  onChange,
}: {
  decay: DecayForm;
  path: string;
  errors: ReadonlyMap<string, string[]>;
  onChange: (decay: DecayForm) => void;
}) {
  return (
    <>
      <label>
        {t('meDecayKind')}{' '}
        <select value={decay.kind} onChange={(e) => onChange({ ...decay, kind: e.target.value as DecayKind })}>
          {KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t(KIND_KEYS[kind])}
            </option>
          ))}
        </select>
      </label>
      {decay.kind !== 'none' && (
        <EditorField
          label={t('meDays')}
          value={decay.days}
          onChange={(days) => onChange({ ...decay, days })}
          errors={errorsAt(errors, `${path}.days`)}
          inputMode="decimal"
        />
      )}
    </>
  );
}
