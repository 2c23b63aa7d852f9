import type { LeadRecord } from '@/lib/db/records';

const at = Date.UTC(2026, 10, 20, 9, 30);

/** A realistic stored lead for component and repository tests; override what a test cares about. */
export function storedLead(overrides: Partial<LeadRecord> = {}): LeadRecord {
  return {
    id: 'lead-ana',
    name: 'Ana Popescu',
    title: 'Director vânzări',
    headline: 'Director vânzări la Carpathia Software',
    company: 'Carpathia Software',
    location: 'Cluj-Napoca, Romania',
    country: 'RO',
    identityKeys: ['linkedin:in/ana-popescu'],
    sources: ['linkedin'],
    stage: 'mql',
    stageManual: false,
    stageHistory: [
      { at, from: null, to: 'lead', cause: 'capture' },
      { at: at + 60_000, from: 'lead', to: 'mql', cause: 'score', reason: 'fit 70, engagement 35' },
    ],
    score: {
      fit: 70,
      engagement: 35,
      total: 105,
      grade: 'A',
      level: 2,
      cell: 'A2',
      modelId: 'default-1',
      scoredAt: at,
    },
    tags: [],
    createdAt: at,
    updatedAt: at,
    ...overrides,
  };
}
