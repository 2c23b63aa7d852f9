import { type SpendEntry, SpendEntrySchema } from './costPerMql';

/** The spend form as typed: every field a string. */
export interface SpendDraft {
  source: string;
  from: string;
  to: string;
  amount: string;
  currency: string;
}

export type SpendField = keyof SpendDraft;
/** What is wrong with a field, named so the form can say it in the user's language. */
export type SpendProblem = 'source' | 'date' | 'order' | 'amount' | 'currency';

export type SpendCheck =
  | { ok: true; entry: SpendEntry }
  | { ok: false; problems: Partial<Record<SpendField, SpendProblem>> };

const PROBLEM_OF: Record<SpendField, SpendProblem> = {
  source: 'source',
  from: 'date',
  to: 'date',
  amount: 'amount',
  currency: 'currency',
};

/** Checks a typed spend entry with the stored schema, naming at most one problem per field. */
export function checkSpendDraft(draft: SpendDraft): SpendCheck {
  const amount = draft.amount.trim() === '' ? Number.NaN : Number(draft.amount);
  const parsed = SpendEntrySchema.safeParse({ ...draft, source: draft.source.trim().toLowerCase(), amount });
  if (parsed.success) return { ok: true, entry: parsed.data };
  const problems: Partial<Record<SpendField, SpendProblem>> = {};
  for (const issue of parsed.error.issues) {
    const field = issue.path[0] as SpendField;
    if (!(field in PROBLEM_OF) || problems[field]) continue;
    // The only custom issue is the order of the dates (a valid `to` before `from`).
    problems[field] = issue.code === 'custom' ? 'order' : PROBLEM_OF[field];
  }
  // zod checks the order of the dates only once every field is valid; say it as soon as both dates are.
  if (!problems.from && !problems.to && draft.from > draft.to) problems.to = 'order';
  return { ok: false, problems };
}
