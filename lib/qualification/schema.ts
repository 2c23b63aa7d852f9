import { z } from 'zod';

/** Item and framework ids: lowercase kebab-case, like "economic-buyer". */
const SlugSchema = z
  .string()
  .regex(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/, 'use lowercase letters, digits and dashes, like "economic-buyer"');

export const FrameworkItemSchema = z.object({
  id: SlugSchema,
  /** The key a rep presses in call mode; unique within its framework. */
  letter: z.string().regex(/^[A-Z]$/, 'letter must be one capital letter A-Z'),
  label: z.string().trim().min(1, 'label must not be empty').max(60),
  /** What the rep asks the buyer. */
  question: z.string().trim().min(1, 'question must not be empty').max(500),
  /** What a buyer's answer has to show for the rep to mark the item met. */
  metWhen: z.string().trim().min(1).max(500).optional(),
  /** Importance among items of equal urgency when choosing the next question; 1 when absent. */
  weight: z.number().positive().max(100).optional(),
});
export type FrameworkItem = z.infer<typeof FrameworkItemSchema>;

/**
 * A framework passes when every `required` item is met and the credited items reach `minMet`: a met
 * item counts 1, a partly met item `partlyCountsAs` (0 when absent), anything else 0. A required
 * item counts toward `minMet` too, but only "met" satisfies it: partly met is not enough.
 */
export const PassRuleSchema = z.object({
  minMet: z.number().int().min(1, 'minMet must be at least 1'),
  required: z.array(z.string()),
  partlyCountsAs: z.number().min(0).max(1).optional(),
});
export type PassRule = z.infer<typeof PassRuleSchema>;

export const FrameworkSchema = z
  .object({
    id: SlugSchema,
    name: z.string().trim().min(1, 'name must not be empty').max(40),
    /** When to use the framework, one or two sentences. */
    description: z.string().trim().max(300).optional(),
    items: z.array(FrameworkItemSchema).min(1, 'a framework needs at least one item').max(26),
    passRule: PassRuleSchema,
  })
  .superRefine((framework, ctx) => {
    const { items, passRule } = framework;
    const byId = new Map<string, number>();
    const byLetter = new Map<string, number>();
    items.forEach((item, i) => {
      const sameId = byId.get(item.id);
      if (sameId === undefined) byId.set(item.id, i);
      else
        ctx.addIssue({
          code: 'custom',
          path: ['items', i, 'id'],
          message: `duplicate item id "${item.id}" (also items[${sameId}])`,
        });
      const sameLetter = byLetter.get(item.letter);
      if (sameLetter === undefined) byLetter.set(item.letter, i);
      else
        ctx.addIssue({
          code: 'custom',
          path: ['items', i, 'letter'],
          message: `letter ${item.letter} is already used by ${items[sameLetter]?.label} (items[${sameLetter}])`,
        });
    });
    const seen = new Set<string>();
    passRule.required.forEach((id, i) => {
      const path = ['passRule', 'required', i];
      if (!byId.has(id)) {
        const known = [...byId.keys()].join(', ');
        ctx.addIssue({ code: 'custom', path, message: `unknown item "${id}"; the items are ${known}` });
      } else if (seen.has(id)) {
        ctx.addIssue({ code: 'custom', path, message: `"${id}" is listed twice` });
      }
      seen.add(id);
    });
    if (passRule.minMet > items.length) {
      ctx.addIssue({
        code: 'custom',
        path: ['passRule', 'minMet'],
        message: `minMet is ${passRule.minMet} but the framework has only ${items.length} item${items.length === 1 ? '' : 's'}`,
      });
    }
  });
export type Framework = z.infer<typeof FrameworkSchema>;

export const AnswerStatusSchema = z.enum(['unknown', 'met', 'partly', 'not-met']);
export type AnswerStatus = z.infer<typeof AnswerStatusSchema>;

export const AnswerSchema = z.object({
  itemId: z.string(),
  status: AnswerStatusSchema,
  /** The buyer's words. */
  answer: z.string().max(2000),
  /** How sure the rep is, 0..1. */
  confidence: z.number().min(0).max(1).optional(),
  /** Epoch milliseconds. */
  answeredAt: z.number().int().nonnegative(),
});
export type Answer = z.infer<typeof AnswerSchema>;

export interface FrameworkError {
  /** Where in the framework, like `items[2].letter` or `passRule.required[0]`; '' for the whole. */
  path: string;
  message: string;
}

export type ParseFrameworkResult = { ok: true; framework: Framework } | { ok: false; errors: FrameworkError[] };

function formatPath(path: readonly PropertyKey[]): string {
  return path.map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i === 0 ? '' : '.'}${String(key)}`)).join('');
}

/** Validates a framework a user defined (or imported); every problem comes back with where it is. */
export function parseFramework(input: unknown): ParseFrameworkResult {
  const parsed = FrameworkSchema.safeParse(input);
  if (parsed.success) return { ok: true, framework: parsed.data };
  return {
    ok: false,
    errors: parsed.error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message })),
  };
}
