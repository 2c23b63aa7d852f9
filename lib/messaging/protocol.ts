import { z } from 'zod';
import { CaptureResultSchema, FieldNameSchema, SelectorOverrideSchema } from '../capture/schema';
import type { SelectorOverride } from '../capture/types';
import { StageSchema } from '../db/records';
import type { STORAGE_FULL } from '../db/storageErrors';
import { ManualLeadSchema } from '../leads/manualLead';
import { LeadEditSchema, ManualActivitySchema } from '../manualEntry';
import { AnswerStatusSchema } from '../qualification/schema';
import { SpendEntrySchema } from '../reports/costPerMql';

/**
 * The one message protocol between LeadLens contexts. The background validates every message
 * with `MessageSchema` and checks the sender before acting; see lib/messaging/router.ts.
 */
export const CaptureMessageSchema = z.object({
  type: z.literal('capture'),
  url: z.string().url().max(2000),
  result: CaptureResultSchema,
});

export const SetStageMessageSchema = z.object({
  type: z.literal('set-stage'),
  leadId: z.string().min(1).max(100),
  stage: StageSchema,
  reason: z.string().trim().min(1).max(500),
});

/** A model file's text, as the user picked it; parsed and validated by the background. */
export const ImportModelMessageSchema = z.object({
  type: z.literal('import-model'),
  text: z.string().max(2_000_000),
  note: z.string().max(500).optional(),
});

/** Make a stored model version active (an older one: a rollback) and rescore every lead. */
export const ActivateModelMessageSchema = z.object({
  type: z.literal('activate-model'),
  modelId: z.string().min(1).max(100),
});

/** A content script asks for the user's selector overrides before it extracts. Read-only. */
export const GetCaptureConfigMessageSchema = z.object({ type: z.literal('get-capture-config') });

/** Add (or replace, per site and field) a selector override the user wrote in the capture-health view. */
export const SaveOverrideMessageSchema = z.object({
  type: z.literal('save-selector-override'),
  override: SelectorOverrideSchema,
});

export const RemoveOverrideMessageSchema = z.object({
  type: z.literal('remove-selector-override'),
  site: z.string().min(1).max(40),
  field: FieldNameSchema,
});

/** A lead typed in by the user (e.g. when a page could not be read), validated field by field. */
export const SaveManualLeadMessageSchema = z.object({
  type: z.literal('save-manual-lead'),
  /** The page the user was on, used to match the lead (a LinkedIn profile URL). */
  url: z.string().url().max(2000).optional(),
  fields: ManualLeadSchema,
});

const leadId = z.string().min(1).max(100);

/** One checklist answer, as the rep sets or types it. */
export const SaveAnswerMessageSchema = z.object({
  type: z.literal('save-answer'),
  leadId,
  itemId: z.string().min(1).max(60),
  status: AnswerStatusSchema,
  answer: z.string().max(2000),
  confidence: z.number().min(0).max(1).optional(),
});

export const SetFrameworkMessageSchema = z.object({
  type: z.literal('set-framework'),
  leadId,
  framework: z.string().min(1).max(40),
});

/** The notes of a running call, saved as the rep types. */
export const SaveCallNotesMessageSchema = z.object({
  type: z.literal('save-call-notes'),
  leadId,
  noteId: z.string().min(1).max(100),
  startedAt: z.number().int().nonnegative(),
  text: z.string().max(50_000),
});

export const EndCallMessageSchema = z.object({
  type: z.literal('end-call'),
  leadId,
  noteId: z.string().min(1).max(100),
});

export const RecordOutcomeMessageSchema = z.object({
  type: z.literal('record-outcome'),
  leadId,
  outcome: z.enum(['won', 'lost', 'sql-accepted', 'disqualified', 'nurture']),
  reason: z.string().trim().max(500).optional(),
  revisitAt: z.number().int().nonnegative().optional(),
});

/** The user settings a page may change (validated again against lib/db/settings when stored). */
export const SetSettingMessageSchema = z.discriminatedUnion('key', [
  z.object({ type: z.literal('set-setting'), key: z.literal('sla-hours'), value: z.number().positive().max(8760) }),
  z.object({ type: z.literal('set-setting'), key: z.literal('sla-notifications'), value: z.boolean() }),
  z.object({
    type: z.literal('set-setting'),
    key: z.literal('retention-months'),
    value: z.number().int().min(1).max(240).nullable(),
  }),
  z.object({ type: z.literal('set-setting'), key: z.literal('retention-auto'), value: z.boolean() }),
  z.object({
    type: z.literal('set-setting'),
    key: z.literal('source-spend'),
    value: z.array(SpendEntrySchema).max(500),
  }),
]);

/** A qualification framework the user defined; validated by lib/qualification's parseFramework. */
export const SaveFrameworkMessageSchema = z.object({
  type: z.literal('save-custom-framework'),
  framework: z.unknown(),
});

/** A rep's edit of a lead's fields (every editable field; an empty one is cleared). */
export const UpdateLeadFieldsMessageSchema = z.object({
  type: z.literal('update-lead-fields'),
  leadId,
  fields: LeadEditSchema,
});

/** An activity a rep logs by hand ("attended the webinar"), scored like a captured one. */
export const AddManualActivityMessageSchema = z.object({
  type: z.literal('add-manual-activity'),
  leadId,
  activity: ManualActivitySchema,
});

/** "Capture this page": the background injects the capture script into that tab (activeTab). */
export const CaptureTabMessageSchema = z.object({
  type: z.literal('capture-tab'),
  tabId: z.number().int().nonnegative(),
});

/** A person confirmed two leads are one: `removedId` moves into `keptId` (lib/db/mergeLeads). */
export const MergeLeadsMessageSchema = z.object({
  type: z.literal('merge-leads'),
  keptId: leadId,
  removedId: leadId,
});

export const UndoMergeMessageSchema = z.object({
  type: z.literal('undo-merge'),
  mergeId: z.string().min(1).max(100),
});

/** "Not the same person": the fuzzy match does not propose this pair again. */
export const DismissMatchMessageSchema = z.object({
  type: z.literal('dismiss-match'),
  leadId,
  otherId: leadId,
});

/** Show one known value of a field whatever the source rule says (entryKey null: unpin). */
export const PinFieldMessageSchema = z.object({
  type: z.literal('pin-field'),
  leadId,
  field: FieldNameSchema,
  entryKey: z.string().min(1).max(3000).nullable(),
});

export const MessageSchema = z.discriminatedUnion('type', [
  CaptureMessageSchema,
  SetStageMessageSchema,
  ImportModelMessageSchema,
  ActivateModelMessageSchema,
  GetCaptureConfigMessageSchema,
  SaveOverrideMessageSchema,
  RemoveOverrideMessageSchema,
  SaveManualLeadMessageSchema,
  SaveAnswerMessageSchema,
  SetFrameworkMessageSchema,
  SaveCallNotesMessageSchema,
  EndCallMessageSchema,
  RecordOutcomeMessageSchema,
  SetSettingMessageSchema,
  SaveFrameworkMessageSchema,
  UpdateLeadFieldsMessageSchema,
  AddManualActivityMessageSchema,
  CaptureTabMessageSchema,
  MergeLeadsMessageSchema,
  UndoMergeMessageSchema,
  DismissMatchMessageSchema,
  PinFieldMessageSchema,
]);
export type Message = z.infer<typeof MessageSchema>;
export type MessageType = Message['type'];

/** Messages a content script (a page we do not control) may send. Everything else is refused. */
export const CONTENT_SCRIPT_MESSAGES: ReadonlySet<MessageType> = new Set(['capture', 'get-capture-config']);

export type Reply =
  | {
      ok: true;
      leadId?: string | null;
      modelId?: string;
      version?: number;
      overrides?: SelectorOverride[];
      /** add-manual-activity: false when the same activity was stored already. */
      added?: boolean;
    }
  | {
      ok: false;
      error: string;
      problems?: { path: string; message: string }[];
      /** 'storage-full' when the write failed because the browser's storage quota is used up. */
      code?: typeof STORAGE_FULL;
    };
