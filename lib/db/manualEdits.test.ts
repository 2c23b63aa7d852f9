import Dexie from 'dexie';
import type { CaptureResult } from '@/lib/capture/types';
import { LeadEditSchema, ManualActivitySchema } from '@/lib/manualEntry';
import { saveCapture } from './captures';
import { type LeadLensDB, openDatabase } from './database';
import { addManualActivity, addSelectionToLead, updateLeadFields } from './manualEdits';

const now = new Date('2026-11-20T10:00:00Z');
const URL_ANA = 'https://www.linkedin.com/in/ana-popescu/';

const profile = (fields: CaptureResult['fields']): CaptureResult => ({
  kind: 'profile',
  site: 'linkedin',
  fields,
  activities: [],
  diagnostics: [],
});

let db: LeadLensDB;
let leadId: string;

beforeEach(async () => {
  db = openDatabase(`manual-edits-${Math.random()}`);
  await db.open();
  const saved = await saveCapture(
    db,
    profile({ name: 'Ana Popescu', title: 'Engineer', company: 'Carpathia', linkedinUrl: URL_ANA }),
    URL_ANA,
    now,
  );
  leadId = saved.leadId ?? '';
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

const edit = (input: Record<string, string>) =>
  LeadEditSchema.parse({
    name: 'Ana Popescu',
    title: 'Engineer',
    company: 'Carpathia',
    linkedinUrl: URL_ANA,
    ...input,
  });

describe('updateLeadFields', () => {
  it('sets, replaces and clears fields, rescoring the lead and recording the edit as manual provenance', async () => {
    const before = await db.leads.get(leadId);
    const result = await updateLeadFields(
      db,
      leadId,
      edit({
        title: 'Chief Executive Officer',
        company: '',
        email: 'Ana@Carpathia.ro',
        website: 'carpathia.ro',
        country: 'Romania',
        companySize: '250',
      }),
      now,
    );
    expect(result.changed.sort()).toEqual(['company', 'companySize', 'country', 'email', 'title', 'website']);
    const lead = await db.leads.get(leadId);
    expect(lead).toMatchObject({
      title: 'Chief Executive Officer',
      email: 'ana@carpathia.ro',
      website: 'https://carpathia.ro',
      country: 'RO',
      companySize: 250,
      sources: ['linkedin', 'manual'],
    });
    expect(lead).not.toHaveProperty('company');
    expect(lead?.identityKeys).toEqual(['linkedin:in/ana-popescu', 'email:ana@carpathia.ro']);
    // A C-level title at a 201-1,000 company in the EU scores more fit than an engineer did.
    expect(lead?.score?.fit ?? 0).toBeGreaterThan(before?.score?.fit ?? 0);
    const provenance = await db.captures.where('site').equals('manual').toArray();
    expect(provenance).toHaveLength(1);
    expect(provenance[0]).toMatchObject({
      leadId,
      url: 'about:manual-edit',
      fields: { title: 'Chief Executive Officer' },
    });
    expect(provenance[0]?.diagnostics).toContainEqual({ field: 'company', strategy: 'manual-clear' });
    expect(provenance[0]?.diagnostics).toContainEqual({ field: 'email', strategy: 'manual-set' });
  });

  it('a value typed by hand outranks what a later capture shows (manual beats CRM beats LinkedIn)', async () => {
    await updateLeadFields(db, leadId, edit({ title: 'Chief Executive Officer' }), now);
    const later = new Date(now.getTime() + 60_000);
    await saveCapture(db, profile({ name: 'Ana Popescu', title: 'Engineer II', linkedinUrl: URL_ANA }), URL_ANA, later);
    const hubspot: CaptureResult = {
      ...profile({ name: 'Ana Popescu', title: 'CTO', linkedinUrl: URL_ANA }),
      kind: 'record',
      site: 'hubspot',
    };
    await saveCapture(db, hubspot, 'https://app.hubspot.com/contacts/1/record/0-1/2', later);
    const lead = await db.leads.get(leadId);
    expect(lead?.title).toBe('Chief Executive Officer');
    expect(new Set(lead?.fieldSources?.title?.map((e) => e.source))).toEqual(
      new Set(['hubspot', 'linkedin', 'manual']),
    );
  });

  it('stores nothing when nothing changed', async () => {
    expect(await updateLeadFields(db, leadId, edit({}), now)).toEqual({ changed: [] });
    expect(await db.captures.where('site').equals('manual').count()).toBe(0);
  });

  it('a corrected email replaces the old identity key', async () => {
    await updateLeadFields(db, leadId, edit({ email: 'ana@typo.ro' }), now);
    await updateLeadFields(db, leadId, edit({ email: 'ana@carpathia.ro' }), now);
    expect((await db.leads.get(leadId))?.identityKeys).toEqual(['linkedin:in/ana-popescu', 'email:ana@carpathia.ro']);
  });

  it("refuses another lead's email (a duplicate to merge) and changes nothing", async () => {
    await saveCapture(db, profile({ name: 'Ion Ionescu', email: 'ion@acme.ro' }), 'about:blank', now);
    await expect(updateLeadFields(db, leadId, edit({ email: 'ion@acme.ro', title: 'CEO' }), now)).rejects.toThrow(
      'Ion Ionescu already has this email or LinkedIn URL',
    );
    expect((await db.leads.get(leadId))?.title).toBe('Engineer');
  });

  it('refuses a lead that does not exist', async () => {
    await expect(updateLeadFields(db, 'nope', edit({}), now)).rejects.toThrow('no longer exists');
  });
});

describe('addManualActivity', () => {
  const activity = (input: Record<string, string>) =>
    ManualActivitySchema.parse({ type: 'webinar-attendance', day: '2026-11-18', ...input });

  it('stores a manual activity once and scores it like a captured one', async () => {
    expect(await addManualActivity(db, leadId, activity({ note: 'Spring webinar' }), now)).toEqual({ added: true });
    expect(await addManualActivity(db, leadId, activity({ note: ' spring  WEBINAR ' }), now)).toEqual({ added: false });
    const stored = await db.activities.where('leadId').equals(leadId).toArray();
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({
      type: 'webinar-attendance',
      source: 'manual',
      at: Date.parse('2026-11-18T12:00:00Z'),
      detail: 'Spring webinar',
    });
    const lead = await db.leads.get(leadId);
    expect(lead?.score?.engagement).toBeGreaterThan(0);
    expect(lead?.sources).toContain('manual');
    expect(lead?.lastActivityAt).toBe(Date.parse('2026-11-18T12:00:00Z'));
  });

  it.each([
    ['another note the same day is another event', { note: 'Autumn webinar' }, true],
    ['another day is another event', { day: '2026-11-17' }, true],
    ['the same type and day without a note is another event', { note: '' }, true],
  ])('%s', async (_, input, added) => {
    await addManualActivity(db, leadId, activity({ note: 'Spring webinar' }), now);
    expect((await addManualActivity(db, leadId, activity(input), now)).added).toBe(added);
  });

  it('refuses a day in the future and an unknown lead', async () => {
    await expect(addManualActivity(db, leadId, activity({ day: '2026-11-23' }), now)).rejects.toThrow('future');
    await expect(addManualActivity(db, 'nope', activity({}), now)).rejects.toThrow('no longer exists');
    expect(await db.activities.count()).toBe(0);
  });
});

describe('addSelectionToLead', () => {
  it("sets a field on the panel's lead, keeping its other fields", async () => {
    const result = await addSelectionToLead(db, leadId, { field: 'title', value: 'Head of Sales' }, now);
    expect(result).toEqual({ leadId, created: false });
    expect(await db.leads.get(leadId)).toMatchObject({
      name: 'Ana Popescu',
      title: 'Head of Sales',
      company: 'Carpathia',
    });
  });

  it('starts a new manual lead without a current one, and the next selection goes to it', async () => {
    const first = await addSelectionToLead(db, null, { field: 'name', value: 'Jan de Vries' }, now, () => 'new-lead');
    expect(first).toEqual({ leadId: 'new-lead', created: true });
    await addSelectionToLead(db, first.leadId, { field: 'email', value: 'jan@acme.nl' }, now);
    const lead = await db.leads.get('new-lead');
    expect(lead).toMatchObject({
      name: 'Jan de Vries',
      email: 'jan@acme.nl',
      identityKeys: ['email:jan@acme.nl'],
      sources: ['manual'],
    });
    expect(lead?.score).toBeDefined();
    expect(lead?.stageHistory).toEqual([{ at: now.getTime(), from: null, to: 'lead', cause: 'manual' }]);
  });

  it('an email that a lead already has goes to that lead instead of a new one', async () => {
    await updateLeadFields(db, leadId, edit({ email: 'ana@carpathia.ro' }), now);
    const result = await addSelectionToLead(db, null, { field: 'email', value: 'ana@carpathia.ro' }, now);
    expect(result).toEqual({ leadId, created: false });
    expect(await db.leads.count()).toBe(1);
  });

  it('a note is stored once as a manual activity that scores nothing', async () => {
    const before = (await db.leads.get(leadId))?.score?.engagement;
    await addSelectionToLead(db, leadId, { field: 'note', value: 'Budget after Q1' }, now);
    await addSelectionToLead(db, leadId, { field: 'note', value: 'Budget after Q1' }, now);
    const notes = await db.activities.where('leadId').equals(leadId).toArray();
    expect(notes).toMatchObject([{ type: 'note', source: 'manual', detail: 'Budget after Q1' }]);
    expect((await db.leads.get(leadId))?.score?.engagement).toBe(before);
  });
});
