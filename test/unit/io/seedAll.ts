import type { LeadLensDB } from '@/lib/db/database';
import { ensureActiveModel } from '@/lib/db/models';
import { storedLead } from '../leadFixtures';

export const SEED_AT = Date.UTC(2026, 10, 20, 9, 30);
const DAY = 86_400_000;

/** Two leads (Ana, Jan) with a record in every table about Ana and some about Jan. */
export async function seedAll(db: LeadLensDB): Promise<void> {
  await db.leads.bulkAdd([
    storedLead({ id: 'ana', email: 'ana@carpathia.ro', lastActivityAt: SEED_AT - DAY }),
    storedLead({
      id: 'jan',
      name: 'Jan de Vries',
      identityKeys: ['email:jan@acme.nl'],
      email: 'jan@acme.nl',
      country: 'NL',
      companySize: 1200,
      companySizeBand: '1001-5000',
      tags: ['event-2026'],
    }),
  ]);
  await db.activities.bulkAdd([
    {
      id: 'a1',
      leadId: 'ana',
      type: 'pricing-page-visit',
      at: SEED_AT - DAY,
      source: 'hubspot',
      dedupeKey: 'hubspot:a1',
      detail: 'Pricing',
    },
    { id: 'a2', leadId: 'ana', type: 'email-open', at: SEED_AT - 2 * DAY, source: 'hubspot', dedupeKey: 'hubspot:a2' },
    { id: 'j1', leadId: 'jan', type: 'demo-request', at: SEED_AT - 3 * DAY, source: 'manual', dedupeKey: 'manual:j1' },
  ]);
  await db.answers.add({
    id: 'ana:bant:need',
    leadId: 'ana',
    framework: 'bant',
    item: 'need',
    status: 'met',
    answer: 'Too many spreadsheets',
    confidence: 0.8,
    answeredAt: SEED_AT,
  });
  await ensureActiveModel(db, SEED_AT);
  await db.outcomes.add({
    id: 'o1',
    leadId: 'ana',
    outcome: 'nurture',
    reason: 'Budget next year',
    at: SEED_AT,
    revisitAt: SEED_AT + 90 * DAY,
  });
  await db.captures.bulkAdd([
    {
      leadId: 'ana',
      site: 'linkedin',
      url: 'https://www.linkedin.com/in/ana-popescu/',
      kind: 'profile',
      at: SEED_AT - 5 * DAY,
      fields: { name: 'Ana Popescu', title: 'Director vânzări' },
      diagnostics: [{ field: 'name', strategy: 'json-ld' }],
    },
    {
      leadId: null,
      site: 'linkedin',
      url: 'https://www.linkedin.com/company/carpathia/',
      kind: 'company',
      at: SEED_AT - 4 * DAY,
      fields: { company: 'Carpathia Software', companySize: 250 },
      diagnostics: [],
    },
  ]);
  await db.notes.add({
    id: 'n1',
    leadId: 'ana',
    kind: 'call',
    text: '[00:12] Wants a demo in Q1',
    startedAt: SEED_AT - DAY,
    endedAt: SEED_AT - DAY + 600_000,
    updatedAt: SEED_AT - DAY + 600_000,
  });
  await db.settings.bulkAdd([
    { key: 'sla-hours', value: 12 },
    { key: 'sla-notified', value: [`ana@${SEED_AT - 7 * DAY}`, `jan@${SEED_AT - 6 * DAY}`] },
  ]);
}
