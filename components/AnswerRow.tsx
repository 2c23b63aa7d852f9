import { forwardRef, useEffect, useImperativeHandle, useRef, useState } from 'react';
import { useAutosave } from '@/lib/hooks/useAutosave';
import { currentLocale, t } from '@/lib/i18n';
import { relativeDays } from '@/lib/i18n/format';
import type { AnswerStatus, EvaluatedItem } from '@/lib/qualification';

const STATUSES: AnswerStatus[] = ['unknown', 'met', 'partly', 'not-met'];

export interface AnswerRowHandle {
  focus: () => void;
  editAnswer: () => void;
  setStatus: (status: AnswerStatus) => void;
}

interface Props {
  entry: EvaluatedItem;
  now: Date;
  onSave: (status: AnswerStatus, answer: string, confidence?: number) => Promise<void>;
}

/**
 * One checklist item: its letter, the question to ask, a status and the answer in the buyer's words.
 * Shows `entry.item`'s label and question as given: the checklist passes them in the UI language.
 */
export const AnswerRow = forwardRef<AnswerRowHandle, Props>(function AnswerRow({ entry, now, onSave }, ref) {
  const { item, status, stale, required, answer } = entry;
  const [text, setText] = useState(answer?.answer ?? '');
  const [error, setError] = useState<string | null>(null);
  const rowRef = useRef<HTMLFieldSetElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const statusRef = useRef(status);
  statusRef.current = status;
  const textRef = useRef(text);
  textRef.current = text;
  /** The stored text as this row last saved or saw it: a stored answer that differs came from elsewhere. */
  const known = useRef(answer?.answer ?? '');
  const [notice, setNotice] = useState<{ text: string; editing: boolean } | null>(null);

  // An answer saved in another window: the later save wins, but never silently. While the rep is
  // typing here (or has unsaved text), their text stays and a notice offers the other one; else
  // the other text replaces this one, with a notice when it replaced something different.
  useEffect(() => {
    const incoming = answer?.answer ?? '';
    if (incoming === known.current) return;
    const mine = textRef.current;
    const editing = document.activeElement === inputRef.current || mine !== known.current;
    known.current = incoming;
    if (mine === incoming) return;
    if (!editing) setText(incoming);
    if (editing || mine !== '') setNotice({ text: incoming, editing });
  }, [answer?.answer]);

  const confidenceRef = useRef(answer?.confidence);
  confidenceRef.current = answer?.confidence;
  const save = async (nextStatus: AnswerStatus, nextText: string, confidence = confidenceRef.current) => {
    known.current = nextText;
    try {
      await onSave(nextStatus, nextText, confidence);
      setError(null);
    } catch (e) {
      setError(t('answerSaveFailed', e instanceof Error ? e.message : String(e)));
    }
  };
  // Text taken over from another window is stored already: saving it again could overwrite a later save.
  useAutosave(text, async (value) => {
    if (value !== known.current) await save(statusRef.current, value);
  });

  useImperativeHandle(ref, () => ({
    focus: () => rowRef.current?.focus(),
    editAnswer: () => inputRef.current?.focus(),
    setStatus: (next) => void save(next, text),
  }));

  return (
    <fieldset ref={rowRef} tabIndex={-1} className={`answer-row status-${status}`} data-item={item.id}>
      <legend>
        <kbd>{item.letter}</kbd> {item.label}
        {required && <span className="muted small"> · {t('requiredItem')}</span>}
      </legend>
      <p className="muted small">{item.question}</p>
      <div className="status-choices">
        {STATUSES.map((s) => (
          <label key={s} className={s === status ? 'chosen' : undefined}>
            <input type="radio" name={`status-${item.id}`} checked={s === status} onChange={() => void save(s, text)} />
            {t(`status_${s}`)}
          </label>
        ))}
      </div>
      <input
        ref={inputRef}
        className="answer-text"
        aria-label={t('answerLabel', item.label)}
        value={text}
        maxLength={2000}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape') rowRef.current?.focus();
        }}
      />
      <label className="small">
        {t('confidenceLabel')}{' '}
        <select
          value={answer?.confidence === undefined ? '' : String(answer.confidence)}
          onChange={(e) => void save(status, text, e.target.value === '' ? undefined : Number(e.target.value))}
        >
          <option value="">{t('confidenceUnset')}</option>
          <option value="0.33">{t('confidenceLow')}</option>
          <option value="0.67">{t('confidenceMedium')}</option>
          <option value="1">{t('confidenceHigh')}</option>
        </select>
      </label>
      {stale && answer && (
        <p className="stale">{t('answerStale', relativeDays(answer.answeredAt, now, currentLocale()))}</p>
      )}
      {notice && (
        <div className="answer-notice" role="status">
          <p>{t('answerChangedElsewhere', notice.text || t('answerChangedEmpty'))}</p>
          {notice.editing ? (
            <>
              <button
                type="button"
                onClick={() => {
                  setText(notice.text);
                  setNotice(null);
                }}
              >
                {t('answerUseTheirs')}
              </button>
              <button
                type="button"
                onClick={() => {
                  setNotice(null);
                  void save(statusRef.current, text);
                }}
              >
                {t('answerKeepMine')}
              </button>
            </>
          ) : (
            <button type="button" onClick={() => setNotice(null)}>
              {t('answerNoticeDismiss')}
            </button>
          )}
        </div>
      )}
      {error && <p role="alert">{error}</p>}
    </fieldset>
  );
});
