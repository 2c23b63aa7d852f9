import Dexie from 'dexie';
import { endCall, saveCallNotes } from '@/lib/db/calls';
import { type LeadLensDB, openDatabase } from '@/lib/db/database';
import { recordOutcome } from '@/lib/db/outcomes';
import { loadFrameworks, saveAnswer, saveCustomFramework, setFramework } from '@/lib/db/qualification';
import { storedLead } from './leadFixtures';

const now = new Date('2026-11-20T10:00:00Z');
let db: LeadLensDB;

beforeEach(async () => {
  db = openDatabase(`qualification-${Math.random()}`);
  await db.open();
  await db.leads.add(storedLead({ id: 'ana', stage: 'mql' }));
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

const answer = (itemId: string, status: 'met' | 'partly' | 'not-met' | 'unknown', text = '') =>
  saveAnswer(db, { leadId: 'ana', itemId, status, answer: text }, now);

describe('BANT answers move the stage', () => {
  it('makes the lead SQL when 3 of 4 are met with Need, and records why', async () => {
    await answer('budget', 'met', '50k EUR approved for Q3');
    await answer('need', 'met', 'Their spreadsheets break every month');
    expect((await db.leads.get('ana'))?.stage).toBe('mql');
    const evaluation = await answer('timeline', 'met', 'Live before March');
    expect(evaluation.passed).toBe(true);
    const lead = await db.leads.get('ana');
    expect(lead?.stage).toBe('sql');
    expect(lead?.stageHistory.at(-1)).toMatchObject({ from: 'mql', to: 'sql', cause: 'qualification' });
    expect(lead?.stageHistory.at(-1)?.reason).toMatch(/BANT met/);
    expect(await db.answers.where('leadId').equals('ana').count()).toBe(3);
  });

  it('sends the SQL back when Need later turns not met, saying why', async () => {
    await answer('budget', 'met');
    await answer('need', 'met');
    await answer('timeline', 'met');
    await answer('need', 'not-met', 'They built it in-house');
    const lead = await db.leads.get('ana');
    expect(lead?.stage).not.toBe('sql');
    expect(lead?.stageHistory.at(-1)).toMatchObject({ from: 'sql', cause: 'qualification' });
    expect(lead?.stageHistory.at(-1)?.reason).toMatch(/Need/);
    expect(await db.answers.where('leadId').equals('ana').count()).toBe(3);
  });

  it('keeps typed answer text and never moves a stage set by hand', async () => {
    await db.leads.update('ana', { stage: 'opportunity', stageManual: true });
    await answer('budget', 'met');
    await answer('need', 'met');
    await answer('timeline', 'met', 'Q1');
    expect((await db.leads.get('ana'))?.stage).toBe('opportunity');
    expect((await db.answers.get('ana:bant:timeline'))?.answer).toBe('Q1');
  });

  it.each([
    [{ leadId: 'nobody', itemId: 'need' }, /no lead with id nobody/],
    [{ leadId: 'ana', itemId: 'champion' }, /BANT has no item champion/],
  ])('refuses %j', async (input, error) => {
    await expect(saveAnswer(db, { ...input, status: 'met', answer: '' }, now)).rejects.toThrow(error);
  });

  it('uses the framework chosen for the lead', async () => {
    await setFramework(db, 'ana', 'meddic');
    await saveAnswer(db, { leadId: 'ana', itemId: 'champion', status: 'met', answer: 'Piotr, IT lead' }, now);
    expect((await db.answers.get('ana:meddic:champion'))?.status).toBe('met');
    await expect(setFramework(db, 'ana', 'nonsense')).rejects.toThrow('no framework nonsense');
  });
});

describe('calls', () => {
  it('keeps notes while the call runs and logs the call once when it ends', async () => {
    const started = now.getTime() - 600_000;
    await saveCallNotes(db, { leadId: 'ana', noteId: 'c1', startedAt: started, text: '[00:10] Budget' }, now);
    await saveCallNotes(
      db,
      { leadId: 'ana', noteId: 'c1', startedAt: started, text: '[00:10] Budget\n[02:00] SSO' },
      now,
    );
    expect((await db.notes.get('c1'))?.text).toBe('[00:10] Budget\n[02:00] SSO');
    await endCall(db, 'ana', 'c1', now);
    await endCall(db, 'ana', 'c1', now);
    const calls = await db.activities.where('type').equals('call').toArray();
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatchObject({
      leadId: 'ana',
      at: started,
      source: 'manual',
      detail: '[00:10] Budget\n[02:00] SSO',
    });
    expect((await db.notes.get('c1'))?.endedAt).toBe(now.getTime());
    expect((await db.leads.get('ana'))?.lastActivityAt).toBe(started);
    await expect(
      saveCallNotes(db, { leadId: 'ana', noteId: 'c1', startedAt: started, text: 'late' }, now),
    ).rejects.toThrow(/has ended/);
  });
});

describe('outcomes', () => {
  it.each([
    ['won', undefined, 'customer'],
    ['lost', 'Went with a competitor', 'lost'],
    ['disqualified', 'No budget this year', 'disqualified'],
  ] as const)('%s moves the lead to %s as a person’s decision', async (outcome, reason, stage) => {
    await recordOutcome(db, { leadId: 'ana', outcome, reason }, now);
    const lead = await db.leads.get('ana');
    expect(lead).toMatchObject({ stage, stageManual: true });
    expect(lead?.stageHistory.at(-1)).toMatchObject({ to: stage, cause: 'outcome' });
    expect(await db.outcomes.where('leadId').equals('ana').count()).toBe(1);
  });

  it('nurture keeps the revisit date', async () => {
    const revisitAt = Date.UTC(2027, 2, 1);
    await recordOutcome(db, { leadId: 'ana', outcome: 'nurture', reason: 'Budget next year', revisitAt }, now);
    expect((await db.outcomes.toArray())[0]?.revisitAt).toBe(revisitAt);
  });

  it.each([
    [{ outcome: 'lost' as const }, /reason is required/],
    [{ outcome: 'nurture' as const }, /revisit date/],
  ])('refuses %j and records nothing', async (input, error) => {
    await expect(recordOutcome(db, { leadId: 'ana', ...input }, now)).rejects.toThrow(error);
    expect(await db.outcomes.count()).toBe(0);
  });
});

describe('custom frameworks', () => {
  const nordic = {
    id: 'nordic-saas',
    name: 'Nordic SaaS',
    items: [
      { id: 'pain', letter: 'P', label: 'Pain', question: 'What breaks today?' },
      { id: 'sponsor', letter: 'S', label: 'Sponsor', question: 'Who sponsors it?' },
    ],
    passRule: { minMet: 2, required: ['pain'] },
  };

  it('saves a user framework, lets a lead use it, and qualifies by its rule', async () => {
    expect(await saveCustomFramework(db, nordic)).toMatchObject({ ok: true });
    expect((await loadFrameworks(db)).map((f) => f.id)).toContain('nordic-saas');
    await setFramework(db, 'ana', 'nordic-saas');
    await saveAnswer(db, { leadId: 'ana', itemId: 'pain', status: 'met', answer: 'Manual invoicing' }, now);
    expect((await db.leads.get('ana'))?.stage).toBe('mql');
    await saveAnswer(db, { leadId: 'ana', itemId: 'sponsor', status: 'met', answer: 'CFO' }, now);
    expect((await db.leads.get('ana'))?.stage).toBe('sql');
  });

  it.each([
    [{ ...nordic, id: 'bant' }, 'id', /built-in/],
    [{ ...nordic, passRule: { minMet: 2, required: ['budget'] } }, 'passRule.required[0]', /unknown item/],
    [{ ...nordic, items: [nordic.items[0], { ...nordic.items[1], letter: 'P' }] }, 'items[1].letter', /already used/],
  ])('refuses an invalid framework with the path of the problem (%#)', async (input, path, message) => {
    const result = await saveCustomFramework(db, input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors).toContainEqual({ path, message: expect.stringMatching(message) });
    expect((await loadFrameworks(db)).some((f) => f.id === 'nordic-saas')).toBe(false);
  });
});
