import { z } from 'zod';
import { ScoringModelSchema } from './model';
import { STAGES } from './stage';
import type { WhatIfSummary } from './whatIf';

/*
 * Messages between the dashboard and its what-if worker. Both sides parse what they receive: the
 * worker the model it is asked to try, the dashboard every report.
 */

export const WhatIfRequestSchema = z.object({
  type: z.literal('run'),
  /** The edited model, as it would be saved. */
  model: ScoringModelSchema,
  /** Epoch ms: both models are scored at this moment. */
  now: z.number(),
  chunkSize: z.int().min(1).max(5000).optional(),
});
export type WhatIfRequest = z.input<typeof WhatIfRequestSchema>;

const stage = z.enum(STAGES);
const count = z.int().min(0);

const WhatIfSummarySchema = z.object({
  leads: count,
  changed: count,
  transitions: z.array(z.object({ from: stage, to: stage, count })),
  changes: z.array(
    z.object({
      leadId: z.string(),
      name: z.string(),
      company: z.string().optional(),
      oldStage: stage,
      newStage: stage,
      oldScore: z.number(),
      newScore: z.number(),
    }),
  ),
  histogram: z.object({ before: z.array(count), after: z.array(count) }),
}) satisfies z.ZodType<WhatIfSummary>;

export const WhatIfReplySchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('progress'), done: count, total: count }),
  z.object({ type: z.literal('done'), summary: WhatIfSummarySchema }),
  z.object({ type: z.literal('failed'), error: z.string() }),
]);
export type WhatIfReply = z.infer<typeof WhatIfReplySchema>;
