import { t } from '@/lib/i18n';

interface Props {
  /** How the buttons name the rule to a screen reader. */
  name: string;
  index: number;
  count: number;
  onMove: (to: number) => void;
  onRemove: () => void;
}

/** Move a rule up or down in its list, or remove it. */
export function RuleMoveButtons({ name, index, count, onMove, onRemove }: Props) {
  return (
    <span className="rule-buttons">
      <button type="button" aria-label={t('meMoveUp', name)} disabled={index === 0} onClick={() => onMove(index - 1)}>
        ↑
      </button>
      <button
        type="button"
        aria-label={t('meMoveDown', name)}
        disabled={index === count - 1}
        onClick={() => onMove(index + 1)}
      >
        ↓
      </button>
      <button type="button" aria-label={t('meRemove', name)} onClick={onRemove}>
        ✕
      </button>
    </span>
  );
}
