import { useLiveQuery } from 'dexie-react-hooks';
import { getDatabase } from '../db/database';
import { frameworkOf, loadFrameworks, toAnswer } from '../db/qualification';
import type { LeadRecord, NoteRecord } from '../db/records';
import {
  evaluateFramework,
  type Framework,
  type FrameworkEvaluation,
  type NextQuestion,
  nextBestQuestion,
} from '../qualification';

export interface Qualification {
  /** Whose checklist this is; rows of another lead or framework are other rows, never "changed elsewhere". */
  leadId?: string;
  evaluation: FrameworkEvaluation;
  next: NextQuestion | null;
  /** The frameworks the rep can switch to: the shipped ones and their own. */
  frameworks: Framework[];
}

/** The lead's checklist under its framework, evaluated at `now`, live as answers are saved. */
export function useQualification(lead: LeadRecord | null | undefined, now: Date): Qualification | undefined {
  return useLiveQuery(async () => {
    if (!lead) return undefined;
    const frameworks = await loadFrameworks(getDatabase());
    const framework = frameworkOf(lead, frameworks);
    const stored = await getDatabase().answers.where('[leadId+framework]').equals([lead.id, framework.id]).toArray();
    const answers = stored.map(toAnswer);
    return {
      leadId: lead.id,
      evaluation: evaluateFramework(framework, answers, now),
      next: nextBestQuestion(framework, answers, now),
      frameworks,
    };
  }, [lead?.id, lead?.framework, now.getTime()]);
}

/** The call running for this lead (notes not ended yet), or null. */
export function useOpenCall(leadId: string | null): NoteRecord | null | undefined {
  return useLiveQuery(async () => {
    if (!leadId) return null;
    const notes = await getDatabase().notes.where('leadId').equals(leadId).toArray();
    return notes.filter((n) => n.endedAt === undefined).sort((a, b) => b.startedAt - a.startedAt)[0] ?? null;
  }, [leadId]);
}
