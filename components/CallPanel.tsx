import { type KeyboardEvent, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { NoteRecord } from '@/lib/db/records';
import { useAutosave } from '@/lib/hooks/useAutosave';
import type { Qualification } from '@/lib/hooks/useQualification';
import { t } from '@/lib/i18n';
import { clock } from '@/lib/i18n/clock';
import { itemForKey, statusForKey } from '@/lib/qualification';
import { type AnswerHandler, type ChecklistHandle, QualificationChecklist } from './QualificationChecklist';

interface Props {
  call: NoteRecord;
  qualification: Qualification;
  now: Date;
  onNotes: (text: string) => Promise<void>;
  onEnd: () => Promise<void>;
  onAnswer: AnswerHandler;
  onFrameworkChange: (frameworkId: string) => void;
}

const isTyping = (el: EventTarget) => el instanceof HTMLElement && el.closest('input, textarea, select') !== null;

/**
 * A running call: timer, notes stamped with the call time, and the checklist in keyboard reach
 * (the framework's letters jump to an item, 1/2/3/0 set its status, Enter edits the answer, Esc
 * goes back). Notes are saved as the rep types and survive closing the panel.
 */
export function CallPanel({ call, qualification, now, onNotes, onEnd, onAnswer, onFrameworkChange }: Props) {
  const [notes, setNotes] = useState(call.text);
  const [elapsed, setElapsed] = useState(() => Date.now() - call.startedAt);
  const [error, setError] = useState<string | null>(null);
  const checklist = useRef<ChecklistHandle>(null);
  const notesArea = useRef<HTMLTextAreaElement>(null);
  const caretAfterStamp = useRef<number | null>(null);
  useAutosave(notes, onNotes, { onError: (e) => setError(String(e)) });

  // Put the caret after a stamp as soon as React has written it, before the next keystroke.
  useLayoutEffect(() => {
    if (caretAfterStamp.current === null) return;
    notesArea.current?.setSelectionRange(caretAfterStamp.current, caretAfterStamp.current);
    caretAfterStamp.current = null;
  });

  useEffect(() => {
    const timer = setInterval(() => setElapsed(Date.now() - call.startedAt), 1000);
    return () => clearInterval(timer);
  }, [call.startedAt]);

  // The checklist keys work wherever the focus is in the panel, except while typing. A layout
  // effect, so the keys work from the moment the call shows.
  const framework = qualification.evaluation.framework;
  useLayoutEffect(() => {
    const onKeyDown = (e: globalThis.KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey || (e.target && isTyping(e.target))) return;
      const current = (document.activeElement as HTMLElement | null)?.closest<HTMLElement>('[data-item]')?.dataset.item;
      const item = itemForKey(framework, e.key);
      const status = statusForKey(e.key);
      if (item) {
        checklist.current?.item(item.id)?.focus();
      } else if (status && current) {
        checklist.current?.item(current)?.setStatus(status);
      } else if (e.key === 'Enter' && current) {
        checklist.current?.item(current)?.editAnswer();
      } else {
        return;
      }
      e.preventDefault();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [framework]);

  const stampNewLine = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (e.key !== 'Enter' || e.shiftKey) return;
    e.preventDefault();
    const area = e.currentTarget;
    const insert = `\n[${clock(Date.now() - call.startedAt)}] `;
    const next = notes.slice(0, area.selectionStart) + insert + notes.slice(area.selectionEnd);
    caretAfterStamp.current = area.selectionStart + insert.length;
    setNotes(next);
  };

  return (
    <section className="call" aria-labelledby="call-heading">
      <div className="lead-title-row">
        <h2 id="call-heading">{t('callHeading')}</h2>
        <span role="timer" aria-label={t('callTimer')} className="timer">
          {clock(elapsed)}
        </span>
      </div>
      <label className="notes">
        {t('callNotes')}
        <textarea
          ref={notesArea}
          value={notes}
          rows={5}
          onChange={(e) => setNotes(e.target.value)}
          onKeyDown={stampNewLine}
        />
      </label>
      {error && <p role="alert">{error}</p>}
      <p className="muted small">
        {t('callKeys', qualification.evaluation.framework.items.map((i) => i.letter).join('/'))}
      </p>
      <QualificationChecklist
        ref={checklist}
        qualification={qualification}
        now={now}
        onAnswer={onAnswer}
        onFrameworkChange={onFrameworkChange}
      />
      <button type="button" className="primary" onClick={() => void onEnd()}>
        {t('callEnd')}
      </button>
    </section>
  );
}
