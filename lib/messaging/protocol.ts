import { z } from 'zod';
import { CaptureResultSchema } from '../capture/types';
import { StageSchema } from '../db/records';

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

export const MessageSchema = z.discriminatedUnion('type', [
  CaptureMessageSchema,
  SetStageMessageSchema,
  ImportModelMessageSchema,
  ActivateModelMessageSchema,
]);
export type Message = z.infer<typeof MessageSchema>;
export type MessageType = Message['type'];

/** Messages a content script (a page we do not control) may send. Everything else is refused. */
export const CONTENT_SCRIPT_MESSAGES: ReadonlySet<MessageType> = new Set(['capture']);

export type Reply =
  | { ok: true; leadId?: string | null; modelId?: string; version?: number }
  | { ok: false; error: string; problems?: { path: string; message: string }[] };
