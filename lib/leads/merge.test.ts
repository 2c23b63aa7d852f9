import { storedLead } from '@/test/unit/leadFixtures';
import type { LeadRecord } from '../db/records';
import { applyObservation, entryKey, mergeLeadRecords, pickEntry, pinField, replayLaterChanges } from './merge';

const DAY = 86_400_000;
const T0 = Date.UTC(2026, 10, 1);
const LI = 'https://www.linkedin.com/in/ana-popescu/';
const HS = 'https://app.hubspot.com/contacts/1/record/0-1/2';

/** A lead whose title has only been seen where the observations say. */
function observed(...observations: [source: string, title: string, at: number, url?: string][]): LeadRecord {
  let lead = storedLead({ title: undefined, headline: undefined, fieldSources: {}, updatedAt: T0 });
  for (const [source, title, at, url] of observations) {
    lead = applyObservation(lead, { fields: { title }, source, url, at }).lead;
  }
  return lead;
}

describe('the field rule', () => {
  it.each<[string, Parameters<typeof observed>, string]>([
    [
      'manual beats CRM',
      [
        ['manual', 'CEO', T0],
        ['hubspot', 'CFO', T0 + DAY, HS],
      ],
      'CEO',
    ],
    [
      'CRM beats LinkedIn',
      [
        ['hubspot', 'CFO', T0, HS],
        ['linkedin', 'Chief Financial Officer', T0 + DAY, LI],
      ],
      'CFO',
    ],
    [
      'CRM beats an import',
      [
        ['import', 'Finance', T0 + DAY],
        ['hubspot', 'CFO', T0, HS],
      ],
      'CFO',
    ],
    [
      'manual beats LinkedIn',
      [
        ['linkedin', 'Sales', T0 + 2 * DAY, LI],
        ['manual', 'VP Sales', T0],
      ],
      'VP Sales',
    ],
    [
      'newer LinkedIn beats older LinkedIn',
      [
        ['linkedin', 'Manager', T0, LI],
        ['linkedin', 'Director', T0 + DAY, LI],
      ],
      'Director',
    ],
    [
      'newer beats older within CRMs',
      [
        ['salesforce', 'Head', T0 + DAY],
        ['hubspot', 'Lead', T0, HS],
      ],
      'Head',
    ],
    [
      'an older sighting does not win',
      [
        ['linkedin', 'Director', T0 + DAY, LI],
        ['salesnav', 'Manager', T0],
      ],
      'Director',
    ],
    [
      'LinkedIn and an import are one class',
      [
        ['import', 'Imported', T0],
        ['linkedin', 'Captured', T0 + 1, LI],
      ],
      'Captured',
    ],
  ])('%s', (_, observations, shown) => {
    expect(observed(...observations).title).toBe(shown);
  });

  it('keeps every value with its source, URL and date', () => {
    const lead = observed(['linkedin', 'Manager', T0, LI], ['hubspot', 'CFO', T0 + DAY, HS]);
    expect(lead.fieldSources?.title).toEqual([
      { value: 'Manager', source: 'linkedin', url: LI, capturedAt: T0 },
      { value: 'CFO', source: 'hubspot', url: HS, capturedAt: T0 + DAY },
    ]);
  });

  it('shows a page’s value again when the page goes back to it', () => {
    const lead = observed(
      ['linkedin', 'A', T0, LI],
      ['linkedin', 'B', T0 + DAY, LI],
      ['linkedin', 'A', T0 + 2 * DAY, LI],
    );
    expect(lead.title).toBe('A');
    expect(lead.fieldSources?.title?.map((e) => [e.value, e.capturedAt])).toEqual([
      ['B', T0 + DAY],
      ['A', T0 + 2 * DAY],
    ]);
  });
});

describe('applyObservation', () => {
  it('changes nothing when the same page shows the same values again, even later', () => {
    const lead = observed(['linkedin', 'Director', T0, LI]);
    const again = applyObservation(lead, { fields: { title: 'Director' }, source: 'linkedin', url: LI, at: T0 + DAY });
    expect(again.changed).toBe(false);
    expect(again.lead).toBe(lead);
  });

  it('treats values of a lead from before provenance as legacy, replaced by newer captures', () => {
    const old = storedLead({ title: 'Director vânzări', updatedAt: T0 });
    const { lead, changed } = applyObservation(old, {
      fields: { title: 'CEO', name: 'Ana Popescu' },
      source: 'linkedin',
      url: LI,
      at: T0 + DAY,
    });
    expect(changed).toBe(true);
    expect(lead.title).toBe('CEO');
    expect(lead.fieldSources?.title).toEqual([
      { value: 'Director vânzări', source: 'legacy', capturedAt: T0 },
      { value: 'CEO', source: 'linkedin', url: LI, capturedAt: T0 + DAY },
    ]);
    // A real source showing the legacy value explains it: no duplicate legacy entry.
    expect(lead.fieldSources?.name).toEqual([
      { value: 'Ana Popescu', source: 'linkedin', url: LI, capturedAt: T0 + DAY },
    ]);
  });

  it('keeps a value another writer set directly (legacy) but lets a manual value beat it', () => {
    const lead = observed(['linkedin', 'Manager', T0, LI]);
    const imported = { ...lead, title: 'Imported title', updatedAt: T0 + DAY };
    const next = applyObservation(imported, { fields: { title: 'CEO' }, source: 'manual', at: T0 + 2 * DAY }).lead;
    expect(next.title).toBe('CEO');
    expect(next.fieldSources?.title?.map((e) => e.source)).toEqual(['linkedin', 'legacy', 'manual']);
  });
});

describe('pins', () => {
  const lead = observed(['linkedin', 'Manager', T0, LI], ['hubspot', 'CFO', T0 + DAY, HS]);
  const linkedinEntry = lead.fieldSources?.title?.[0];
  if (!linkedinEntry) throw new Error('fixture');

  it('a pinned value beats the rule, also after newer captures, until unpinned', () => {
    const pinned = pinField(lead, 'title', entryKey(linkedinEntry));
    expect(pinned.title).toBe('Manager');
    const later = applyObservation(pinned, { fields: { title: 'CEO' }, source: 'manual', at: T0 + 5 * DAY }).lead;
    expect(later.title).toBe('Manager');
    expect(pinField(later, 'title', null).title).toBe('CEO');
  });

  it('refuses to pin a value the field never had', () => {
    expect(() => pinField(lead, 'title', 'linkedin||string:Pope')).toThrow('no such value of title');
  });

  it('pickEntry ignores a pin whose value is gone', () => {
    expect(pickEntry(lead.fieldSources?.title ?? [], 'gone')?.value).toBe('CFO');
  });
});

describe('mergeLeadRecords', () => {
  const ana = observed(['linkedin', 'Director', T0, LI]);
  const crm: LeadRecord = {
    ...applyObservation(
      storedLead({
        id: 'lead-crm',
        title: undefined,
        headline: undefined,
        email: undefined,
        identityKeys: ['hubspot:1/2'],
        sources: ['hubspot'],
        tags: ['webinar'],
        fieldSources: {},
        createdAt: T0 - DAY,
      }),
      { fields: { title: 'Sales Director', email: 'ana@carpathia.ro' }, source: 'hubspot', url: HS, at: T0 - DAY },
    ).lead,
    stage: 'sql',
    stageManual: true,
    stageHistory: [{ at: T0, from: 'mql', to: 'sql', cause: 'manual', reason: 'Budget confirmed' }],
  };

  it('unites keys, sources, tags and provenance and re-picks each field', () => {
    const merged = mergeLeadRecords(ana, crm, T0 + 3 * DAY);
    expect(merged.id).toBe(ana.id);
    expect(merged.identityKeys).toEqual(['linkedin:in/ana-popescu', 'hubspot:1/2']);
    expect(merged.sources).toEqual(['linkedin', 'hubspot']);
    expect(merged.tags).toEqual(['webinar']);
    expect(merged.title).toBe('Sales Director');
    expect(merged.email).toBe('ana@carpathia.ro');
    expect(merged.fieldSources?.title?.map((e) => e.source)).toEqual(['linkedin', 'hubspot']);
    expect(merged.createdAt).toBe(T0 - DAY);
    expect(merged.updatedAt).toBe(T0 + 3 * DAY);
  });

  it('keeps the stage a person set over one the score set', () => {
    const merged = mergeLeadRecords(ana, crm, T0 + 3 * DAY);
    expect([merged.stage, merged.stageManual]).toEqual(['sql', true]);
    expect(merged.stageHistory.map((c) => c.at)).toEqual([...merged.stageHistory.map((c) => c.at)].sort());
  });

  it('keeps the kept lead’s pin over the removed lead’s', () => {
    const keptPin = pinField(ana, 'title', entryKey({ value: 'Director', source: 'linkedin', url: LI, capturedAt: 0 }));
    expect(mergeLeadRecords(keptPin, crm, T0).title).toBe('Director');
  });
});

describe('replayLaterChanges', () => {
  const before = observed(['linkedin', 'Director', T0, LI]);
  const result = { ...before, identityKeys: [...before.identityKeys, 'email:ana@carpathia.ro'] };

  it('is the snapshot itself when nothing happened after the merge', () => {
    expect(replayLaterChanges(before, result, structuredClone(result))).toBe(before);
  });

  it('keeps what happened after the merge: new values, keys and stage changes', () => {
    const later = applyObservation(result, {
      fields: { title: 'CEO' },
      source: 'linkedin',
      url: LI,
      at: T0 + DAY,
    }).lead;
    const current: LeadRecord = {
      ...later,
      identityKeys: [...later.identityKeys, 'hubspot:1/9'],
      stage: 'sql',
      stageManual: true,
      stageHistory: [...later.stageHistory, { at: T0 + DAY, from: 'mql', to: 'sql', cause: 'manual', reason: 'x' }],
    };
    const restored = replayLaterChanges(before, result, current);
    expect(restored.title).toBe('CEO');
    expect(restored.identityKeys).toEqual(['linkedin:in/ana-popescu', 'hubspot:1/9']);
    expect([restored.stage, restored.stageManual]).toEqual(['sql', true]);
  });
});
