import { type ReactNode, useState } from 'react';
import { t } from '@/lib/i18n';
import { RuleMoveButtons } from './RuleMoveButtons';

interface Props {
  /** The rule's label, or a stand-in while it has none. */
  name: string;
  /** What the closed card says after the name: its points, or "disqualifies". */
  detail: string;
  problems: number;
  index: number;
  count: number;
  /** New rules start open, to be filled in. */
  startOpen: boolean;
  onMove: (to: number) => void;
  onRemove: () => void;
  children: ReactNode;
}

/** One rule in the editor: a line to scan (name, points, problems) that opens to its fields; open while it has problems. */
export function EditorRuleCard({ name, detail, problems, index, count, startOpen, onMove, onRemove, children }: Props) {
  const [open, setOpen] = useState(startOpen);
  const shown = open || problems > 0;
  return (
    <li className={problems > 0 ? 'editor-rule has-problems' : 'editor-rule'}>
      <details open={shown} onToggle={(e) => setOpen(e.currentTarget.open)}>
        <summary>
          <span className="editor-rule-name">{name}</span> <span className="muted">{detail}</span>
          {problems > 0 && <span className="field-error"> · {t('meRuleProblems', problems)}</span>}
        </summary>
        {/* A closed rule renders no fields: the default model alone has some forty rules. */}
        {shown && <div className="editor-rule-body">{children}</div>}
      </details>
      <RuleMoveButtons name={name} index={index} count={count} onMove={onMove} onRemove={onRemove} />
    </li>
  );
}
