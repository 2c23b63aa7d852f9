import { useEffect } from 'react';
import type { LeadRecord, NoteRecord } from '@/lib/db/records';
import type { Qualification } from '@/lib/hooks/useQualification';
import { t } from '@/lib/i18n';
import { CallPanel } from './CallPanel';
import { OutcomeButtons, type OutcomeChoice } from './OutcomeButtons';
import { type AnswerHandler, QualificationChecklist } from './QualificationChecklist';

export interface WorkspaceActions {
  onAnswer: AnswerHandler;
  onFrameworkChange: (frameworkId: string) => void;
  onStartCall: () => Promise<void>;
  onCallNotes: (call: NoteRecord, text: string) => Promise<void>;
  onEndCall: (call: NoteRecord) => Promise<void>;
  onOutcome: (choice: OutcomeChoice) => Promise<void>;
}

interface Props extends WorkspaceActions {
  lead: LeadRecord;
  qualification: Qualification;
  call: NoteRecord | null;
  now: Date;
}

const typingIn = (el: EventTarget | null) =>
  el instanceof HTMLElement && el.closest('input, textarea, select') !== null;

/** Where the rep works a lead: the qualification checklist, a call with notes, and the outcome. */
export function LeadWorkspace({ lead, qualification, call, now, ...actions }: Props) {
  // One key starts a call: "c" anywhere in the panel while not typing.
  useEffect(() => {
    if (call) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key.toLowerCase() !== 'c' || e.altKey || e.ctrlKey || e.metaKey || typingIn(e.target)) return;
      e.preventDefault();
      void actions.onStartCall();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [call, actions.onStartCall]);

  return (
    <div className="workspace" data-lead={lead.id}>
      {call ? (
        <CallPanel
          key={call.id}
          call={call}
          qualification={qualification}
          now={now}
          onNotes={(text) => actions.onCallNotes(call, text)}
          onEnd={() => actions.onEndCall(call)}
          onAnswer={actions.onAnswer}
          onFrameworkChange={actions.onFrameworkChange}
        />
      ) : (
        <>
          <button type="button" className="primary" onClick={() => void actions.onStartCall()}>
            {t('callStart')}
          </button>
          <QualificationChecklist
            qualification={qualification}
            now={now}
            onAnswer={actions.onAnswer}
            onFrameworkChange={actions.onFrameworkChange}
          />
        </>
      )}
      <OutcomeButtons onRecord={actions.onOutcome} />
    </div>
  );
}
