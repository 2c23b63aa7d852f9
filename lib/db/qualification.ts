import {
  type Answer,
  DEFAULT_FRAMEWORK,
  evaluateFramework,
  FRAMEWORKS,
  type Framework,
  type FrameworkEvaluation,
  parseFramework,
  qualificationStage,
} from '../qualification';
import { scoreLead } from '../scoring';
import type { LeadLensDB } from './database';
import { ensureActiveModel } from './models';
import type { AnswerRecord, LeadRecord } from './records';
import { getSetting, setSetting } from './settings';

/** The frameworks to choose from: the shipped ones, then the user's own that validate. */
export async function loadFrameworks(db: LeadLensDB): Promise<Framework[]> {
  const custom = (await getSetting(db, 'custom-frameworks'))
    .map((f) => parseFramework(f))
    .flatMap((r) => (r.ok ? [r.framework] : []))
    .filter((f) => !FRAMEWORKS.some((shipped) => shipped.id === f.id));
  return [...FRAMEWORKS, ...custom];
}

/** The lead's framework among `frameworks`, BANT when it has none (or it no longer exists). */
export function frameworkOf(lead: LeadRecord, frameworks: readonly Framework[] = FRAMEWORKS): Framework {
  return frameworks.find((f) => f.id === lead.framework) ?? DEFAULT_FRAMEWORK;
}

/**
 * Stores a framework the user defined (replacing one with the same id). A framework that does
 * not validate, or takes a shipped framework's id, is refused with every problem and its path.
 */
export async function saveCustomFramework(
  db: LeadLensDB,
  input: unknown,
): Promise<{ ok: true; framework: Framework } | { ok: false; errors: { path: string; message: string }[] }> {
  const parsed = parseFramework(input);
  if (!parsed.ok) return parsed;
  const framework = parsed.framework;
  if (FRAMEWORKS.some((f) => f.id === framework.id)) {
    return {
      ok: false,
      errors: [{ path: 'id', message: `${framework.id} is a built-in framework; choose another id` }],
    };
  }
  await db.transaction('rw', db.settings, async () => {
    const kept = (await getSetting(db, 'custom-frameworks')).filter(
      (f) => (f as { id?: unknown })?.id !== framework.id,
    );
    await setSetting(db, 'custom-frameworks', [...kept, framework]);
  });
  return { ok: true, framework };
}

const answerId = (leadId: string, framework: string, item: string) => `${leadId}:${framework}:${item}`;

export function toAnswer(record: AnswerRecord): Answer {
  return {
    itemId: record.item,
    status: record.status,
    answer: record.answer,
    confidence: record.confidence,
    answeredAt: record.answeredAt,
  };
}

export interface AnswerInput {
  leadId: string;
  itemId: string;
  status: Answer['status'];
  answer: string;
  confidence?: number;
}

/**
 * Stores one checklist answer for the lead's framework and lets the stage follow: the pass rule
 * met makes the lead SQL; an answer that breaks it sends an SQL made by qualification back, with
 * the reason in the stage history. One transaction.
 */
export async function saveAnswer(db: LeadLensDB, input: AnswerInput, now: Date): Promise<FrameworkEvaluation> {
  return db.transaction('rw', [db.leads, db.answers, db.activities, db.models, db.settings], async () => {
    const lead = await db.leads.get(input.leadId);
    if (!lead) throw new Error(`no lead with id ${input.leadId}`);
    const framework = frameworkOf(lead, await loadFrameworks(db));
    if (!framework.items.some((i) => i.id === input.itemId)) {
      throw new Error(`${framework.name} has no item ${input.itemId}`);
    }
    const stored = await db.answers.where('[leadId+framework]').equals([lead.id, framework.id]).toArray();
    const previous = evaluateFramework(framework, stored.map(toAnswer), now);
    const record: AnswerRecord = {
      id: answerId(lead.id, framework.id, input.itemId),
      leadId: lead.id,
      framework: framework.id,
      item: input.itemId,
      status: input.status,
      answer: input.answer,
      confidence: input.confidence,
      answeredAt: now.getTime(),
    };
    await db.answers.put(record);
    const answers = [...stored.filter((a) => a.id !== record.id), record].map(toAnswer);
    const evaluation = evaluateFramework(framework, answers, now);

    const model = await ensureActiveModel(db, now.getTime());
    const activities = await db.activities.where('leadId').equals(lead.id).toArray();
    const scoreSuggested = scoreLead(lead, activities, model.model, now).stage;
    const next = qualificationStage(
      { stage: lead.stage, manual: lead.stageManual, cause: lead.stageHistory.at(-1)?.cause },
      evaluation,
      { previous, scoreSuggested },
    );
    if (next.changed) {
      const at = now.getTime();
      await db.leads.put({
        ...lead,
        stage: next.stage,
        updatedAt: at,
        stageHistory: [
          ...lead.stageHistory,
          { at, from: lead.stage, to: next.stage, cause: 'qualification', reason: next.reason },
        ],
      });
    }
    return evaluation;
  });
}

/** Switches the lead to another framework; answers given under the old one are kept. */
export async function setFramework(db: LeadLensDB, leadId: string, frameworkId: string): Promise<void> {
  if (!(await loadFrameworks(db)).some((f) => f.id === frameworkId)) throw new Error(`no framework ${frameworkId}`);
  const updated = await db.leads.update(leadId, { framework: frameworkId });
  if (updated === 0) throw new Error(`no lead with id ${leadId}`);
}
