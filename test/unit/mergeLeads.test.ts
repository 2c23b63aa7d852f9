import Dexie from 'dexie';
import type { CaptureResult } from '@/lib/capture/types';
import { saveCapture } from '@/lib/db/captures';
import { type LeadLensDB, openDatabase } from '@/lib/db/database';
import { dismissMatch, mergeLeads, pinLeadField, undoMerge } from '@/lib/db/mergeLeads';
import { createBackup, restoreBackup } from '@/lib/io/backup';
import { erasePerson } from '@/lib/io/privacy';
import { entryKey } from '@/lib/leads/merge';

const DAY = 86_400_000;
const now = new Date('2026-11-20T10:00:00Z');
const later = (days: number) => new Date(now.getTime() + days * DAY);
const ANA_URL = 'https://www.linkedin.com/in/ana-popescu/';
const HS_URL = 'https://app.hubspot.com/contacts/77/record/0-1/501';

const profile = (fields: CaptureResult['fields'], activities: CaptureResult['activities'] = []): CaptureResult => ({
  kind: 'profile',
  site: 'linkedin',
  fields: { name: 'Ana Popescu', company: 'Carpathia Software', ...fields },
  activities,
  diagnostics: [],
});
const hubspotRecord = (
  fields: CaptureResult['fields'],
  activities: CaptureResult['activities'] = [],
): CaptureResult => ({
  kind: 'record',
  site: 'hubspot',
  fields: { name: 'Ana Popescu', company: 'Carpathia Software SRL', ...fields },
  activities,
  diagnostics: [],
  crm: { recordId: '501', objectType: 'contact', entity: 'person' },
});
const visit = (id: string, at: string) => ({ type: 'pricing-page-visit', at, dedupeKey: `hubspot:501:${id}` });

let db: LeadLensDB;
let ids = 0;
const newId = () => `id-${++ids}`;

beforeEach(async () => {
  db = openDatabase(`merge-${Math.random()}`);
  await db.open();
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

/** Every table, as plain rows, for before/after comparisons. */
async function everything() {
  return {
    leads: await db.leads.orderBy('id').toArray(),
    activities: await db.activities.orderBy('id').toArray(),
    answers: await db.answers.orderBy('id').toArray(),
    outcomes: await db.outcomes.orderBy('id').toArray(),
    notes: await db.notes.orderBy('id').toArray(),
    captures: await db.captures.orderBy('id').toArray(),
  };
}

/** Ana from LinkedIn and Ana from HubSpot: one person, two leads, with records on both. */
async function twoAnas() {
  const li = await saveCapture(db, profile({ title: 'Director vânzări' }), ANA_URL, now, newId);
  const hs = await saveCapture(
    db,
    hubspotRecord({ title: 'Sales Director', email: 'ana@carpathia.ro' }, [visit('v1', '2026-11-18T09:00:00Z')]),
    HS_URL,
    later(1),
    newId,
  );
  const liId = li.leadId ?? '';
  const hsId = hs.leadId ?? '';
  const answer = (leadId: string, item: string, answer: string, answeredAt: number) =>
    db.answers.put({
      id: `${leadId}:bant:${item}`,
      leadId,
      framework: 'bant',
      item,
      status: 'met',
      answer,
      answeredAt,
    });
  await answer(liId, 'need', 'Spreadsheets everywhere', now.getTime());
  await answer(hsId, 'need', 'Replacing Excel this year', later(1).getTime());
  await answer(liId, 'budget', 'Approved', now.getTime());
  await answer(hsId, 'timeline', 'Q1', now.getTime() - DAY);
  await db.outcomes.add({ id: 'o1', leadId: hsId, outcome: 'sql-accepted', at: later(1).getTime() });
  await db.notes.add({ id: 'n1', leadId: hsId, kind: 'call', text: '[00:05] hi', startedAt: 1, updatedAt: 2 });
  return { liId, hsId };
}

describe('saveCapture', () => {
  it('changes nothing when the same page is captured again: no provenance, no updatedAt, no activity', async () => {
    const first = await saveCapture(db, hubspotRecord({}, [visit('v1', '2026-11-18T09:00:00Z')]), HS_URL, now, newId);
    const before = await db.leads.get(first.leadId ?? '');
    const again = await saveCapture(
      db,
      hubspotRecord({}, [visit('v1', '2026-11-18T09:00:00Z')]),
      HS_URL,
      later(2),
      newId,
    );
    expect(again).toMatchObject({ leadId: first.leadId, created: false });
    expect(await db.leads.get(first.leadId ?? '')).toEqual(before);
    expect(await db.activities.count()).toBe(1);
  });

  it('keys a CRM record by its id: the same record with a changed e-mail is still one lead', async () => {
    const a = await saveCapture(db, hubspotRecord({ email: 'ana@carpathia.ro' }), HS_URL, now, newId);
    const b = await saveCapture(db, hubspotRecord({ email: 'ana.popescu@carpathia.ro' }), HS_URL, later(1), newId);
    expect(b.leadId).toBe(a.leadId);
    expect((await db.leads.get(a.leadId ?? ''))?.identityKeys).toEqual([
      'hubspot:77/501',
      'email:ana@carpathia.ro',
      'email:ana.popescu@carpathia.ro',
    ]);
  });

  it('never links two people by a shared inbox', async () => {
    const a = await saveCapture(db, hubspotRecord({ email: 'info@carpathia.ro' }), HS_URL, now, newId);
    const b = await saveCapture(
      db,
      profile({ name: 'Ion Popa', email: 'info@carpathia.ro' }),
      'https://www.linkedin.com/in/ion-popa/',
      now,
      newId,
    );
    expect(b.leadId).not.toBe(a.leadId);
    expect(await db.merges.count()).toBe(0);
  });

  it('shows a value by the source rule: CRM over LinkedIn, whatever the order', async () => {
    const { leadId } = await saveCapture(db, hubspotRecord({ title: 'Sales Director' }), HS_URL, now, newId);
    await saveCapture(db, profile({ title: 'Director vânzări', email: 'ana@carpathia.ro' }), ANA_URL, later(1), newId);
    await saveCapture(
      db,
      hubspotRecord({ title: 'Sales Director', email: 'ana@carpathia.ro' }),
      HS_URL,
      later(2),
      newId,
    );
    const lead = await db.leads.get(leadId ?? '');
    expect(lead?.title).toBe('Sales Director');
    expect(lead?.fieldSources?.title?.map((e) => [e.source, e.value])).toEqual([
      ['hubspot', 'Sales Director'],
      ['linkedin', 'Director vânzări'],
    ]);
  });

  it('merges two leads a Sales Navigator page shows to be one person, undoably', async () => {
    const pub = await saveCapture(db, profile({ title: 'CEO' }), ANA_URL, now, newId);
    const sales = await saveCapture(
      db,
      { ...profile({ title: 'Chief Executive Officer' }), site: 'salesnav' },
      'https://www.linkedin.com/sales/lead/ACwAAB1,NAME_SEARCH,x',
      later(1),
      newId,
    );
    expect(sales.leadId).not.toBe(pub.leadId);
    const both = await saveCapture(
      db,
      { ...profile({ linkedinUrl: ANA_URL }), site: 'salesnav' },
      'https://www.linkedin.com/sales/lead/ACwAAB1,NAME_SEARCH,x',
      later(2),
      newId,
    );
    expect(both.leadId).toBe(pub.leadId);
    expect(await db.leads.count()).toBe(1);
    const [merge] = await db.merges.toArray();
    expect(merge).toMatchObject({ keptId: pub.leadId, removedId: sales.leadId, cause: 'identity-key' });
    expect((await db.leads.get(pub.leadId ?? ''))?.identityKeys).toEqual([
      'linkedin:in/ana-popescu',
      'linkedin:sales/ACwAAB1',
    ]);
  });
});

describe('mergeLeads and undoMerge', () => {
  it('moves everything to the kept lead in one go', async () => {
    const { liId, hsId } = await twoAnas();
    await mergeLeads(db, liId, hsId, later(3), newId);
    expect(await db.leads.get(hsId)).toBeUndefined();
    const kept = await db.leads.get(liId);
    expect(kept?.identityKeys).toEqual(['linkedin:in/ana-popescu', 'hubspot:77/501', 'email:ana@carpathia.ro']);
    expect(kept?.sources).toEqual(['linkedin', 'hubspot']);
    expect(kept?.title).toBe('Sales Director');
    expect(kept?.email).toBe('ana@carpathia.ro');
    expect(kept?.score?.engagement).toBeGreaterThan(0);
    for (const table of ['activities', 'outcomes', 'notes', 'captures'] as const) {
      expect((await db[table].toArray()).map((r) => r.leadId)).not.toContain(hsId);
    }
    const answers = await db.answers.where('leadId').equals(liId).toArray();
    expect(answers.map((a) => [a.item, a.answer])).toEqual([
      ['budget', 'Approved'],
      ['need', 'Replacing Excel this year'],
      ['timeline', 'Q1'],
    ]);
    expect(await db.answers.where('leadId').equals(hsId).count()).toBe(0);
  });

  it('undo restores both leads and every record exactly', async () => {
    const { liId, hsId } = await twoAnas();
    const before = await everything();
    const merge = await mergeLeads(db, liId, hsId, later(3), newId);
    const undone = await undoMerge(db, merge.id, later(4));
    expect(undone.undoneAt).toBe(later(4).getTime());
    expect(await everything()).toEqual(before);
    await expect(undoMerge(db, merge.id, later(5))).rejects.toThrow('already undone');
  });

  it('undo keeps what happened to the kept lead after the merge', async () => {
    const { liId, hsId } = await twoAnas();
    const merge = await mergeLeads(db, liId, hsId, later(3), newId);
    await saveCapture(db, profile({ location: 'Cluj-Napoca' }, []), ANA_URL, later(4), newId);
    await db.answers.put({
      id: `${liId}:bant:need`,
      leadId: liId,
      framework: 'bant',
      item: 'need',
      status: 'partly',
      answer: 'Said after the merge',
      answeredAt: later(4).getTime(),
    });
    await undoMerge(db, merge.id, later(5));
    const kept = await db.leads.get(liId);
    expect(kept?.location).toBe('Cluj-Napoca');
    expect(kept?.title).toBe('Director vânzări');
    expect(kept?.identityKeys).toEqual(['linkedin:in/ana-popescu']);
    expect((await db.answers.get(`${liId}:bant:need`))?.answer).toBe('Said after the merge');
    expect((await db.answers.get(`${hsId}:bant:need`))?.answer).toBe('Replacing Excel this year');
    expect(await db.activities.where('leadId').equals(hsId).count()).toBe(1);
  });

  it('undoes only the latest merge into a lead', async () => {
    const { liId, hsId } = await twoAnas();
    const third = await saveCapture(
      db,
      profile({ name: 'Ana M. Popescu' }),
      'https://www.linkedin.com/in/ana-m/',
      now,
      newId,
    );
    const first = await mergeLeads(db, liId, hsId, later(3), newId);
    const second = await mergeLeads(db, liId, third.leadId ?? '', later(4), newId);
    await expect(undoMerge(db, first.id, later(5))).rejects.toThrow('undo the later merge');
    await undoMerge(db, second.id, later(5));
    await undoMerge(db, first.id, later(6));
    expect(await db.leads.count()).toBe(3);
  });

  it('refuses to merge a lead with itself or with a lead that is gone', async () => {
    const { liId } = await twoAnas();
    await expect(mergeLeads(db, liId, liId, now, newId)).rejects.toThrow('itself');
    await expect(mergeLeads(db, liId, 'gone', now, newId)).rejects.toThrow('no lead with id gone');
  });
});

describe('pins and dismissals', () => {
  it('a pinned value is shown and survives the next capture; unpinning goes back to the rule', async () => {
    const { liId, hsId } = await twoAnas();
    await mergeLeads(db, liId, hsId, later(3), newId);
    const lead = await db.leads.get(liId);
    const linkedinTitle = lead?.fieldSources?.title?.find((e) => e.source === 'linkedin');
    if (!linkedinTitle) throw new Error('no LinkedIn title');
    await pinLeadField(db, liId, 'title', entryKey(linkedinTitle), later(4));
    await saveCapture(db, hubspotRecord({ title: 'VP Sales' }), HS_URL, later(5), newId);
    expect((await db.leads.get(liId))?.title).toBe('Director vânzări');
    await pinLeadField(db, liId, 'title', null, later(6));
    expect((await db.leads.get(liId))?.title).toBe('VP Sales');
  });

  it('remembers "not the same person" once per pair', async () => {
    await dismissMatch(db, 'b', 'a', now);
    await dismissMatch(db, 'a', 'b', later(1));
    expect(await db.dismissedMatches.toArray()).toEqual([{ id: 'a|b', leadIds: ['a', 'b'], at: later(1).getTime() }]);
    await expect(dismissMatch(db, 'a', 'a', now)).rejects.toThrow('itself');
  });
});

describe('merge records and privacy, backups', () => {
  it('erasing a person erases their merges, the leads they absorbed and their dismissals', async () => {
    const { liId, hsId } = await twoAnas();
    const other = await saveCapture(db, profile({ name: 'Ion Popa' }), 'https://www.linkedin.com/in/ion/', now, newId);
    await mergeLeads(db, liId, hsId, later(3), newId);
    await dismissMatch(db, liId, other.leadId ?? '', now);
    await dismissMatch(db, hsId, 'someone', now);
    await erasePerson(db, liId);
    expect(await db.merges.count()).toBe(0);
    expect(await db.dismissedMatches.count()).toBe(0);
    expect(await db.leads.count()).toBe(1);
  });

  it('a backup round trip keeps merges (still undoable) and dismissals; older backups have none', async () => {
    const { liId, hsId } = await twoAnas();
    const merge = await mergeLeads(db, liId, hsId, later(3), newId);
    await dismissMatch(db, liId, 'x', now);
    const backup = await createBackup(db, now);
    const restored = openDatabase(`merge-restored-${Math.random()}`);
    await restored.open();
    expect(await restoreBackup(restored, JSON.stringify(backup))).toMatchObject({ ok: true });
    expect(await restored.merges.toArray()).toEqual(await db.merges.toArray());
    expect(await restored.dismissedMatches.count()).toBe(1);
    await undoMerge(restored, merge.id, later(4));
    expect(await restored.leads.count()).toBe(2);
    const { merges: _, dismissedMatches: __, ...olderTables } = backup.tables;
    expect(await restoreBackup(restored, JSON.stringify({ ...backup, tables: olderTables }))).toMatchObject({
      ok: true,
    });
    expect(await restored.merges.count()).toBe(0);
    restored.close();
    await Dexie.delete(restored.name);
  });
});
