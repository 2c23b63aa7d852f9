import { forwardRef, useImperativeHandle, useRef } from 'react';
import type { Qualification } from '@/lib/hooks/useQualification';
import { t } from '@/lib/i18n';
import { localizeFramework, nextQuestionText, nextQuestionWhy, qualificationReason } from '@/lib/i18n/frameworks';
import type { AnswerStatus } from '@/lib/qualification';
import { AnswerRow, type AnswerRowHandle } from './AnswerRow';

/** Saves one item's answer: status, the buyer's words, and how sure the rep is (0..1). */
export type AnswerHandler = (
  itemId: string,
  status: AnswerStatus,
  answer: string,
  confidence?: number,
) => Promise<void>;

export interface ChecklistHandle {
  item: (itemId: string) => AnswerRowHandle | undefined;
}

interface Props {
  qualification: Qualification;
  now: Date;
  onAnswer: AnswerHandler;
  onFrameworkChange: (frameworkId: string) => void;
}

/** The framework's checklist: what is met, why the lead is (not) qualified, and what to ask next. */
export const QualificationChecklist = forwardRef<ChecklistHandle, Props>(function QualificationChecklist(
  { qualification, now, onAnswer, onFrameworkChange },
  ref,
) {
  const { evaluation, next } = qualification;
  const rows = useRef(new Map<string, AnswerRowHandle>());
  useImperativeHandle(ref, () => ({ item: (id) => rows.current.get(id) }));
  // Labels and questions in the UI language; ids, letters and statuses are the evaluation's.
  const shownItems = new Map(localizeFramework(evaluation.framework).items.map((item) => [item.id, item]));

  return (
    <section aria-labelledby="checklist-heading" className="card checklist">
      <div className="lead-title-row">
        <h2 id="checklist-heading">{t('checklistHeading')}</h2>
        <label className="small">
          {t('frameworkLabel')}{' '}
          <select value={evaluation.framework.id} onChange={(e) => onFrameworkChange(e.target.value)}>
            {qualification.frameworks.map((f) => (
              <option key={f.id} value={f.id}>
                {f.name}
              </option>
            ))}
          </select>
        </label>
      </div>
      <p className={evaluation.passed ? 'qualified' : 'muted'} aria-live="polite">
        {qualificationReason(evaluation)}
      </p>
      {next && (
        <div className="next-question">
          <strong>{t('nextQuestionHeading')}:</strong> {nextQuestionText(next, evaluation)}{' '}
          <span className="muted small">({nextQuestionWhy(next, evaluation, now)})</span>
        </div>
      )}
      {evaluation.items.map((entry) => (
        <AnswerRow
          key={`${qualification.leadId ?? ''}:${evaluation.framework.id}:${entry.item.id}`}
          ref={(handle) => {
            if (handle) rows.current.set(entry.item.id, handle);
            else rows.current.delete(entry.item.id);
          }}
          entry={{ ...entry, item: shownItems.get(entry.item.id) ?? entry.item }}
          now={now}
          onSave={(status, answer, confidence) => onAnswer(entry.item.id, status, answer, confidence)}
        />
      ))}
    </section>
  );
});
