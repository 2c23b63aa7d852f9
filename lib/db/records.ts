import { z } from 'zod';
import { CapturedFieldsSchema, DiagnosticSchema, FieldNameSchema, PageKindSchema } from '../capture/schema';
import { STAGES } from '../scoring/stage';

export { STAGES };
export const StageSchema = z.enum(STAGES);
export type StageName = z.infer<typeof StageSchema>;

export const StageCauseSchema = z.enum(['capture', 'score', 'decay', 'qualification', 'manual', 'outcome', 'import']);

export const StageChangeSchema = z.object({
  at: z.number(),
  from: StageSchema.nullable(),
  to: StageSchema,
  cause: StageCauseSchema,
  reason: z.string().max(500).optional(),
});
export type StageChange = z.infer<typeof StageChangeSchema>;

export const StoredScoreSchema = z.object({
  fit: z.number(),
  engagement: z.number(),
  total: z.number(),
  grade: z.enum(['A', 'B', 'C', 'D']),
  level: z.union([z.literal(1), z.literal(2), z.literal(3)]),
  cell: z.string(),
  modelId: z.string(),
  scoredAt: z.number(),
});
export type StoredScore = z.infer<typeof StoredScoreSchema>;

/** One value a field had, where it was seen and when (lib/leads/merge). */
export const ProvenanceEntrySchema = z.object({
  value: z.union([z.string().max(500), z.number()]),
  source: z.string().max(40),
  url: z.string().max(2000).optional(),
  capturedAt: z.number(),
});

export const LeadRecordSchema = CapturedFieldsSchema.extend({
  id: z.string(),
  /** Normalized match keys, e.g. "linkedin:in/jan-de-vries", "email:jan@acme.nl". Indexed (multi-entry). */
  identityKeys: z.array(z.string()),
  /** Where this lead was seen: 'linkedin', 'salesnav', 'hubspot', 'manual', 'import', ... */
  sources: z.array(z.string()),
  stage: StageSchema,
  /** A person set the stage by hand; the score no longer moves it. */
  stageManual: z.boolean(),
  stageHistory: z.array(StageChangeSchema),
  score: StoredScoreSchema.optional(),
  tags: z.array(z.string()),
  createdAt: z.number(),
  updatedAt: z.number(),
  lastActivityAt: z.number().optional(),
  /** The qualification framework used for this lead (lib/qualification); BANT when absent. */
  framework: z.string().max(40).optional(),
  /** Every value each field had, with its source (lib/leads/merge); absent on leads from before v4. */
  fieldSources: z.partialRecord(FieldNameSchema, z.array(ProvenanceEntrySchema).max(50)).optional(),
  /** Per field, the entry key of a value the user pinned: it is shown whatever the rule says. */
  pins: z.partialRecord(FieldNameSchema, z.string().max(3000)).optional(),
});
export type LeadRecord = z.infer<typeof LeadRecordSchema>;

export const ActivityRecordSchema = z.object({
  id: z.string(),
  leadId: z.string(),
  type: z.string(),
  at: z.number(),
  /** Where the activity came from: 'linkedin', 'hubspot', 'manual', ... */
  source: z.string(),
  /** Unique per source and event, so the same event captured twice is stored once. */
  dedupeKey: z.string(),
  detail: z.string().max(500).optional(),
});
export type ActivityRecord = z.infer<typeof ActivityRecordSchema>;

export const AnswerStatusSchema = z.enum(['unknown', 'met', 'partly', 'not-met']);

export const AnswerRecordSchema = z.object({
  /** `${leadId}:${framework}:${item}` */
  id: z.string(),
  leadId: z.string(),
  framework: z.string(),
  item: z.string(),
  status: AnswerStatusSchema,
  answer: z.string().max(2000),
  confidence: z.number().min(0).max(1).optional(),
  answeredAt: z.number(),
});
export type AnswerRecord = z.infer<typeof AnswerRecordSchema>;

export const ModelRecordSchema = z.object({
  id: z.string(),
  version: z.number().int().positive(),
  /** 1 for the one active model, 0 otherwise (IndexedDB cannot index booleans). */
  active: z.union([z.literal(0), z.literal(1)]),
  /** The model JSON; validated by lib/scoring when loaded. */
  model: z.unknown(),
  createdAt: z.number(),
  note: z.string().max(500).optional(),
});
export type ModelRecord = z.infer<typeof ModelRecordSchema>;

export const OutcomeRecordSchema = z.object({
  id: z.string(),
  leadId: z.string(),
  outcome: z.enum(['won', 'lost', 'sql-accepted', 'disqualified', 'nurture']),
  reason: z.string().max(500).optional(),
  at: z.number(),
  revisitAt: z.number().optional(),
});
export type OutcomeRecord = z.infer<typeof OutcomeRecordSchema>;

export const CaptureRecordSchema = z.object({
  id: z.number().int().optional(),
  /** Null when the page created no lead (authwall, not found, ...). */
  leadId: z.string().nullable(),
  site: z.string(),
  url: z.string(),
  kind: PageKindSchema,
  at: z.number(),
  fields: CapturedFieldsSchema,
  diagnostics: z.array(DiagnosticSchema),
});
export type CaptureRecord = z.infer<typeof CaptureRecordSchema>;

export const NoteRecordSchema = z.object({
  id: z.string(),
  leadId: z.string(),
  kind: z.enum(['call']),
  /** What the rep typed, with [mm:ss] stamps at the start of lines. */
  text: z.string().max(50_000),
  startedAt: z.number(),
  /** Unset while the call runs; the call is logged as an activity when it ends. */
  endedAt: z.number().optional(),
  updatedAt: z.number(),
});
export type NoteRecord = z.infer<typeof NoteRecordSchema>;

export const SettingRecordSchema = z.object({
  key: z.string(),
  value: z.unknown(),
});
export type SettingRecord = z.infer<typeof SettingRecordSchema>;

/**
 * Two leads merged into one (v4). Holds both leads as they were and what moved, so the merge can
 * be undone exactly (lib/db/mergeLeads). Kept after an undo (with `undoneAt`) as history.
 */
export const MergeRecordSchema = z.object({
  id: z.string(),
  keptId: z.string(),
  removedId: z.string(),
  at: z.number(),
  /** 'user': a person confirmed "possibly the same person"; 'identity-key': a capture matched both leads exactly. */
  cause: z.enum(['user', 'identity-key']),
  kept: LeadRecordSchema,
  removed: LeadRecordSchema,
  /** The kept lead as the merge left it (to tell what changed on it afterwards). */
  result: LeadRecordSchema,
  moved: z.object({
    activities: z.array(z.string()),
    outcomes: z.array(z.string()),
    notes: z.array(z.string()),
    captures: z.array(z.number()),
  }),
  /**
   * Checklist answers (their ids carry the lead id): the removed lead's as they were, the ids the
   * merge wrote on the kept lead (a removed answer newer than the kept one), and the kept answers
   * those replaced.
   */
  answers: z.object({
    removed: z.array(AnswerRecordSchema),
    written: z.array(z.string()),
    replaced: z.array(AnswerRecordSchema),
  }),
  undoneAt: z.number().optional(),
});
export type MergeRecord = z.infer<typeof MergeRecordSchema>;

/** "Not the same person": a pair of leads the fuzzy match must not propose again (v4). */
export const DismissedMatchRecordSchema = z.object({
  /** lib/leads/fuzzyMatch pairKey: the two ids, sorted, joined by "|". */
  id: z.string(),
  leadIds: z.tuple([z.string(), z.string()]),
  at: z.number(),
});
export type DismissedMatchRecord = z.infer<typeof DismissedMatchRecordSchema>;
