import Dexie from 'dexie';
import { type LeadLensDB, openDatabase } from '@/lib/db/database';
import {
  activateModel,
  DEFAULT_MODEL_ID,
  ensureActiveModel,
  exportModelFile,
  importModelVersion,
} from '@/lib/db/models';
import { getOverrides, saveOverride } from '@/lib/db/overrides';
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

  it('exports the user’s selector overrides with the model; activating the file applies them elsewhere', async () => {
    await saveOverride(db, { site: 'linkedin', field: 'title', selector: 'h2.headline', attribute: 'title' });
    const file = await exportModelFile(db, defaultModel);
    expect(JSON.parse(file).selectorOverrides).toEqual([
      { site: 'linkedin', field: 'title', selector: 'h2.headline', attribute: 'title' },
    ]);

    const colleague = openDatabase(`models-colleague-${Math.random()}`);
    await colleague.open();
    await saveOverride(colleague, { site: 'linkedin', field: 'name', selector: 'h1' });
    await saveOverride(colleague, { site: 'linkedin', field: 'title', selector: '.old' });
    const imported = await importModelVersion(colleague, file, now);
    expect(await getOverrides(colleague)).toHaveLength(2); // nothing applied before activation
    if (!imported.ok) throw new Error('import failed');
    await activateModel(colleague, imported.record.id);
    expect(await getOverrides(colleague)).toEqual([
      { site: 'linkedin', field: 'name', selector: 'h1' },
      { site: 'linkedin', field: 'title', selector: 'h2.headline', attribute: 'title' },
    ]);
    colleague.close();
    await Dexie.delete(colleague.name);
  });

  it('refuses to activate a version that does not exist', async () => {
    await expect(activateModel(db, 'model-9')).rejects.toThrow('no model version model-9');
  });
});
