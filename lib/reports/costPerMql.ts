import { z } from 'zod';
import type { FunnelResult } from './funnel';
import { overlapShare, type Period, periodOfDays } from './period';

const isoDay = z.iso.date();

/** Money spent on one source over some days (both inclusive), as the user entered it. */
export const SpendEntrySchema = z
  .object({
    source: z.string().trim().min(1).max(40),
    from: isoDay,
    to: isoDay,
    amount: z.number().nonnegative().max(1e12),
    currency: z.string().regex(/^[A-Z]{3}$/, 'expected a three-letter currency code like EUR'),
  })
  .refine((entry) => entry.from <= entry.to, { message: 'the period must not end before it starts', path: ['to'] });
export type SpendEntry = z.infer<typeof SpendEntrySchema>;

export interface SourceCost {
  source: string;
  currency: string;
  /** The part of the spend that falls in the report period. */
  spend: number;
  leads: number;
  mqls: number;
  sqls: number;
  /** spend / count; null when the count is 0 (shown as "–"). */
  perLead: number | null;
  perMql: number | null;
  perSql: number | null;
}

const per = (spend: number, count: number) => (count > 0 ? spend / count : null);

/**
 * Cost per lead, MQL and SQL for every source with spend in the period. Each entry's amount is
 * spread evenly over its days and only the part inside the report period counts, so a monthly
 * budget reported over two weeks counts for about half. Counts are the funnel's for that source in
 * the same period. A source with spend in two currencies gets a row per currency (no conversion).
 */
export function costPerSource(spend: readonly SpendEntry[], funnel: FunnelResult, period: Period): SourceCost[] {
  const totals = new Map<string, { source: string; currency: string; spend: number }>();
  for (const entry of spend) {
    const share = overlapShare(periodOfDays(entry.from, entry.to), period);
    if (share === 0) continue;
    const key = `${entry.source}\u0000${entry.currency}`;
    const total = totals.get(key) ?? { source: entry.source, currency: entry.currency, spend: 0 };
    total.spend += entry.amount * share;
    totals.set(key, total);
  }
  return [...totals.values()]
    .sort((a, b) => a.source.localeCompare(b.source) || a.currency.localeCompare(b.currency))
    .map(({ source, currency, spend }) => {
      const steps = funnel.bySource.find((s) => s.source === source)?.steps;
      const count = (step: string) => steps?.find((s) => s.step === step)?.count ?? 0;
      const [leads, mqls, sqls] = [count('lead'), count('mql'), count('sql')];
      return {
        source,
        currency,
        spend,
        leads,
        mqls,
        sqls,
        perLead: per(spend, leads),
        perMql: per(spend, mqls),
        perSql: per(spend, sqls),
      };
    });
}
