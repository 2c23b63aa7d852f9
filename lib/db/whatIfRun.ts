import type { ScoringModel } from '../scoring';
import { compareLead, type WhatIfSummary, WhatIfTally } from '../scoring/whatIf';
import type { LeadLensDB } from './database';
import { readActiveModel } from './models';

/**
 * Tries `candidate` on every stored lead against the active model, both scored at `now`, reading the
 * leads and their activities a chunk at a time (one read-only transaction each) so memory stays flat
 * however many leads there are. Nothing is written.
 */
export async function runWhatIf(
  db: LeadLensDB,
  candidate: ScoringModel,
  now: Date,
  options: { chunkSize?: number; listLimit?: number; onProgress?: (done: number, total: number) => void } = {},
): Promise<WhatIfSummary> {
  const chunkSize = options.chunkSize ?? 500;
  const { model: baseline } = await readActiveModel(db);
  const total = await db.leads.count();
  const tally = new WhatIfTally(options.listLimit);
  let after = '';
  let done = 0;
  for (;;) {
    const chunk = await db.transaction('r', [db.leads, db.activities], async () => {
      const leads = await db.leads.where('id').above(after).limit(chunkSize).toArray();
      if (leads.length === 0) return null;
      // A chunk is a contiguous id range, so one index range read fetches all of its activities.
      const first = leads[0]?.id ?? '';
      const last = leads[leads.length - 1]?.id ?? '';
      const activities = await db.activities.where('leadId').between(first, last, true, true).toArray();
      return { leads, byLead: Map.groupBy(activities, (a) => a.leadId) };
    });
    if (!chunk) return tally.summary();
    for (const lead of chunk.leads)
      tally.add(compareLead(lead, chunk.byLead.get(lead.id) ?? [], baseline, candidate, now));
    after = chunk.leads[chunk.leads.length - 1]?.id ?? after;
    done += chunk.leads.length;
    options.onProgress?.(done, Math.max(total, done));
  }
}
