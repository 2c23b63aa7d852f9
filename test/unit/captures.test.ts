import Dexie from 'dexie';
import type { CaptureResult } from '@/lib/capture/types';
import { saveCapture } from '@/lib/db/captures';
import { type LeadLensDB, openDatabase } from '@/lib/db/database';
import { setManualStage } from '@/lib/db/stages';

const now = new Date('2026-11-20T10:00:00Z');
const URL_ANA = 'https://www.linkedin.com/in/ana-popescu/';

function profile(
  overrides: Partial<CaptureResult['fields']> = {},
  activities: CaptureResult['activities'] = [],
): CaptureResult {
  return {
    kind: 'profile',
    site: 'linkedin',
    fields: {
      name: 'Ana Popescu',
      title: 'Chief Executive Officer',
      company: 'Carpathia Software',
      country: 'RO',
      ...overrides,
    },
    activities,
    diagnostics: [{ field: 'name', strategy: 'json-ld' }],
  };
}

const post = (id: string, at: string) => ({ type: 'social-post', at, dedupeKey: `post:${id}` });

let db: LeadLensDB;
let ids = 0;
const newId = () => `id-${++ids}`;

beforeEach(async () => {
  db = openDatabase(`captures-${Math.random()}`);
  await db.open();
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

describe('saveCapture', () => {
  it('creates a scored lead from a profile, with its provenance', async () => {
    const saved = await saveCapture(db, profile(), URL_ANA, now, newId);
    expect(saved.created).toBe(true);
    const lead = await db.leads.get(saved.leadId ?? '');
    expect(lead).toMatchObject({
      name: 'Ana Popescu',
      title: 'Chief Executive Officer',
      company: 'Carpathia Software',
      identityKeys: ['linkedin:in/ana-popescu'],
      sources: ['linkedin'],
      createdAt: now.getTime(),
    });
    expect(lead?.score?.modelId).toBe('default-1');
    expect(lead?.score?.fit).toBeGreaterThan(0);
    expect(lead?.stageHistory[0]).toEqual({ at: now.getTime(), from: null, to: 'lead', cause: 'capture' });
    expect(
      await db.captures
        .where('leadId')
        .equals(saved.leadId ?? '')
        .count(),
    ).toBe(1);
    expect(await db.models.where('active').equals(1).count()).toBe(1);
  });

  it('capturing the same page twice keeps one lead and one copy of each activity', async () => {
    const capture = profile({}, [post('1', '2026-11-01T08:00:00Z'), post('2', '2026-11-10T08:00:00Z')]);
    const first = await saveCapture(db, capture, URL_ANA, now, newId);
    const again = await saveCapture(db, capture, 'https://ro.linkedin.com/in/Ana-Popescu?trk=feed', now, newId);
    expect(again).toMatchObject({ leadId: first.leadId, created: false });
    expect(await db.leads.count()).toBe(1);
    expect(await db.activities.count()).toBe(2);
    expect(await db.captures.count()).toBe(2);
    const lead = await db.leads.get(first.leadId ?? '');
    expect(lead?.lastActivityAt).toBe(Date.parse('2026-11-10T08:00:00Z'));
  });

  it('updates fields the page now shows and keeps the ones it does not', async () => {
    const first = await saveCapture(db, profile({ location: 'Cluj-Napoca, Romania' }), URL_ANA, now, newId);
    await saveCapture(db, profile({ title: 'Board Member', location: undefined }), URL_ANA, now, newId);
    const lead = await db.leads.get(first.leadId ?? '');
    expect(lead).toMatchObject({ title: 'Board Member', location: 'Cluj-Napoca, Romania' });
  });

  it.each<[string, CaptureResult, string]>([
    ['an authwall', { ...profile(), kind: 'authwall', fields: {} }, URL_ANA],
    ['a not-found page', { ...profile(), kind: 'not-found', fields: {} }, URL_ANA],
    ['a blocked redirect', { ...profile(), kind: 'blocked', fields: {} }, URL_ANA],
    ['a profile without a name', profile({ name: undefined }), URL_ANA],
    ['a page that identifies nobody', profile(), 'https://www.linkedin.com/feed/'],
  ])('%s creates no lead but keeps the capture diagnostics', async (_, capture, url) => {
    const saved = await saveCapture(db, capture, url, now, newId);
    expect(saved.leadId).toBeNull();
    expect(await db.leads.count()).toBe(0);
    const rows = await db.captures.toArray();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ leadId: null, kind: capture.kind, diagnostics: capture.diagnostics });
  });

  it('drops activities with unreadable dates instead of storing NaN', async () => {
    await saveCapture(
      db,
      profile({}, [post('bad', 'yesterday'), post('ok', '2026-11-01T08:00:00Z')]),
      URL_ANA,
      now,
      newId,
    );
    expect((await db.activities.toArray()).map((a) => a.dedupeKey)).toEqual(['linkedin:post:ok']);
  });

  it('keeps a stage set by hand when the lead is captured again', async () => {
    const saved = await saveCapture(db, profile(), URL_ANA, now, newId);
    await setManualStage(db, saved.leadId ?? '', 'sql', 'Budget and need confirmed', now);
    await saveCapture(db, profile({ title: 'Student' }), URL_ANA, now, newId);
    const lead = await db.leads.get(saved.leadId ?? '');
    expect(lead?.stage).toBe('sql');
    expect(lead?.stageHistory.at(-1)).toMatchObject({
      to: 'sql',
      cause: 'manual',
      reason: 'Budget and need confirmed',
    });
  });

  it('disqualifies a knocked-out lead and says why in the history', async () => {
    const saved = await saveCapture(db, profile({ title: 'Student' }), URL_ANA, now, newId);
    const lead = await db.leads.get(saved.leadId ?? '');
    expect(lead?.stage).toBe('disqualified');
    expect(lead?.stageHistory.at(-1)).toMatchObject({ from: 'lead', to: 'disqualified', cause: 'score' });
    expect(lead?.stageHistory.at(-1)?.reason).toBeTruthy();
  });
});

describe('saveCapture of a company page', () => {
  const companyPage = (company: string): CaptureResult => ({
    kind: 'company',
    site: 'linkedin',
    fields: {
      company,
      industry: 'Software Development',
      companySize: 51,
      companySizeBand: '51-200',
      headquarters: 'Bucharest, Romania',
      website: 'https://carpathia.example',
      country: 'RO',
      linkedinUrl: 'https://www.linkedin.com/company/carpathia/',
      followers: 4812,
    },
    activities: [],
    diagnostics: [{ field: 'company', strategy: 'json-ld' }],
  });

  it('updates the company fields of every lead at that company and rescores them', async () => {
    const ana = await saveCapture(db, profile({ country: 'SE' }), URL_ANA, now, newId);
    const ion = await saveCapture(
      db,
      profile({ name: 'Ion Popa', company: 'CARPATHIA SOFTWARE' }),
      'https://www.linkedin.com/in/ion-popa/',
      now,
      newId,
    );
    const other = await saveCapture(
      db,
      profile({ name: 'Eva Berg', company: 'Fjällsoft AB' }),
      'https://www.linkedin.com/in/eva/',
      now,
      newId,
    );
    const fitBefore = (await db.leads.get(ana.leadId ?? ''))?.score?.fit ?? 0;

    const saved = await saveCapture(
      db,
      companyPage('Carpathia Software'),
      'https://www.linkedin.com/company/carpathia/',
      now,
      newId,
    );
    expect(saved.leadId).toBeNull();
    expect(saved.updatedLeadIds.sort()).toEqual([ana.leadId, ion.leadId].sort());

    const updated = await db.leads.get(ana.leadId ?? '');
    expect(updated).toMatchObject({ companySize: 51, companySizeBand: '51-200', industry: 'Software Development' });
    // The person's own country and profile URL are not the company's.
    expect(updated?.country).toBe('SE');
    expect(updated?.linkedinUrl).toBeUndefined();
    expect(updated?.score?.fit).toBeGreaterThan(fitBefore);
    expect((await db.leads.get(other.leadId ?? ''))?.industry).toBeUndefined();
    expect((await db.captures.toArray()).map((c) => c.kind)).toEqual(['profile', 'profile', 'profile', 'company']);
  });

  it('creates no lead for a company nobody works at, but keeps the capture', async () => {
    const saved = await saveCapture(
      db,
      companyPage('Nordkust Logistik AB'),
      'https://www.linkedin.com/company/nk/',
      now,
      newId,
    );
    expect(saved).toMatchObject({ leadId: null, updatedLeadIds: [] });
    expect(await db.leads.count()).toBe(0);
    expect((await db.captures.toArray()).map((c) => c.kind)).toEqual(['company']);
  });
});

describe('setManualStage', () => {
  it('refuses an unknown lead', async () => {
    await expect(setManualStage(db, 'nobody', 'sql', 'x', now)).rejects.toThrow('no lead with id nobody');
  });
});
