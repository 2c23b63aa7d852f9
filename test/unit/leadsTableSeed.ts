import { GRADES } from '@/lib/db/leadsTable';
import type { ActivityRecord, LeadRecord } from '@/lib/db/records';
import { STAGES } from '@/lib/db/records';
import { storedLead } from './leadFixtures';

const H = 3_600_000;
export const SEED_NOW = new Date(Date.UTC(2026, 10, 20, 12, 0));
const base = SEED_NOW.getTime() - 30 * 24 * H;
const COUNTRIES = ['NL', 'SE', 'PL', 'RO', undefined] as const;

/** Leads with a few named people for the search cases; the rest are varied by index. */
const NAMED: Partial<LeadRecord>[] = [
  { name: 'Ștefan Ionescu', company: 'Carpathia Software', title: 'Director vânzări', email: 'stefan@carpathia.ro' },
  { name: 'Jan de Vries', company: 'Tulpveld B.V.', title: 'Head of Sales', email: 'jan@tulpveld.nl' },
  { name: 'Åsa Lindqvist', company: 'Fjällsoft AB', title: 'Försäljningschef', email: 'asa@fjallsoft.se' },
  { name: 'Małgorzata Wiśniewska', company: 'Polskie Okna', title: 'Prezes Zarządu', email: 'm.w@okna.pl' },
];

/**
 * `count` leads with every stage, grade (some unscored), country (some none), source, tag mix,
 * created and last-activity time (some never active), with ties in the score so the order of
 * equal keys is tested too. Lead 1 is an overdue MQL (no touch), lead 9 an MQL touched in time.
 */
export function seedLeads(count: number): { leads: LeadRecord[]; activities: ActivityRecord[] } {
  const leads = Array.from({ length: count }, (_, i): LeadRecord => {
    const stage = STAGES[i % STAGES.length] ?? 'lead';
    const grade = GRADES[i % GRADES.length] ?? 'A';
    const total = (i * 37) % 150;
    return storedLead({
      id: `lead-${String(i).padStart(4, '0')}`,
      name: `Person ${i}`,
      company: `Company ${i % 20}`,
      title: i % 2 ? 'Manager' : 'Engineer',
      email: `person${i}@example.com`,
      country: COUNTRIES[i % COUNTRIES.length],
      identityKeys: [`email:person${i}@example.com`],
      sources: i % 2 ? ['linkedin'] : ['import', 'hubspot'],
      tags: i % 3 === 0 ? [] : i % 3 === 1 ? ['webinar'] : ['webinar', 'vip'],
      stage,
      stageHistory: [
        { at: base, from: null, to: 'lead', cause: 'capture' },
        ...(stage === 'mql'
          ? [{ at: base + i * H, from: 'lead' as const, to: 'mql' as const, cause: 'score' as const }]
          : []),
      ],
      score:
        i % 10 === 5
          ? undefined
          : { fit: total, engagement: 0, total, grade, level: 1, cell: `${grade}1`, modelId: 'm', scoredAt: base },
      createdAt: base + ((i * 7919) % 300) * 1000,
      updatedAt: base,
      lastActivityAt: i % 3 === 0 ? undefined : base + ((i * 31) % 97) * 1000,
      ...NAMED[i],
    });
  });
  const activities: ActivityRecord[] = [
    { id: 'touch-9', leadId: 'lead-0009', type: 'call', at: base + 10 * H, source: 'manual', dedupeKey: 'manual:9' },
  ];
  return { leads, activities };
}
