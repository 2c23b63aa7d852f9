import Dexie from 'dexie';
import { type LeadLensDB, openDatabase } from '@/lib/db/database';
import { activateModel, DEFAULT_MODEL_ID, ensureActiveModel, importModelVersion } from '@/lib/db/models';
import { defaultModel, serializeModel } from '@/lib/scoring';

const now = new Date('2026-11-20T10:00:00Z');
let db: LeadLensDB;

beforeEach(async () => {
  db = openDatabase(`models-${Math.random()}`);
  await db.open();
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

const edited = () =>
  serializeModel({ ...defaultModel, name: 'Team model', thresholds: { ...defaultModel.thresholds, mqlFit: 55 } });

describe('model versions', () => {
  it('starts with the shipped default as the active version 1', async () => {
    const active = await ensureActiveModel(db, now.getTime());
    expect(active.id).toBe(DEFAULT_MODEL_ID);
    expect(await db.models.toArray()).toEqual([
      expect.objectContaining({ id: DEFAULT_MODEL_ID, version: 1, active: 1 }),
    ]);
  });

  it('imports a file as the next inactive version, then activates it and rolls back', async () => {
    const result = await importModelVersion(db, edited(), now, 'from the team lead');
    expect(result).toMatchObject({
      ok: true,
      record: { id: 'model-2', version: 2, active: 0, note: 'from the team lead' },
    });
    expect((await ensureActiveModel(db, now.getTime())).id).toBe(DEFAULT_MODEL_ID);

    await activateModel(db, 'model-2');
    const active = await ensureActiveModel(db, now.getTime());
    expect(active).toMatchObject({ id: 'model-2', model: { name: 'Team model', version: 2 } });
    expect(await db.models.where('active').equals(1).count()).toBe(1);

    await activateModel(db, DEFAULT_MODEL_ID);
    expect((await ensureActiveModel(db, now.getTime())).id).toBe(DEFAULT_MODEL_ID);
    expect(await db.models.where('active').equals(1).count()).toBe(1);
  });

  it.each([
    ['not JSON', '{"format": "leadlens-model",', /JSON/i],
    ['a foreign JSON file', '{"leads": []}', /format/],
    ['a bad rule', edited().replace('"points": 50', '"points": "fifty"'), /points/],
  ])('refuses %s with the path of each problem, changing nothing', async (_, text, problem) => {
    await ensureActiveModel(db, now.getTime());
    const result = await importModelVersion(db, text, now);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors.length).toBeGreaterThan(0);
      expect(result.errors.map((e) => `${e.path} ${e.message}`).join('\n')).toMatch(problem);
    }
    expect(await db.models.count()).toBe(1);
  });

  it('refuses to activate a version that does not exist', async () => {
    await expect(activateModel(db, 'model-9')).rejects.toThrow('no model version model-9');
  });
});
