import Dexie from 'dexie';
import { type LeadLensDB, openDatabase } from '@/lib/db/database';
import { getOverrides, OVERRIDES_KEY, removeOverride, saveOverride } from '@/lib/db/overrides';

let db: LeadLensDB;
beforeEach(async () => {
  db = openDatabase(`overrides-${Math.random()}`);
  await db.open();
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

describe('selector overrides in settings', () => {
  it('keeps one override per site and field, the latest', async () => {
    await saveOverride(db, { site: 'linkedin', field: 'title', selector: 'h2' });
    await saveOverride(db, { site: 'salesnav', field: 'title', selector: '.t' });
    await saveOverride(db, { site: 'linkedin', field: 'title', selector: 'h3', attribute: 'title' });
    expect(await getOverrides(db)).toEqual([
      { site: 'salesnav', field: 'title', selector: '.t' },
      { site: 'linkedin', field: 'title', selector: 'h3', attribute: 'title' },
    ]);
    await removeOverride(db, 'linkedin', 'title');
    expect(await getOverrides(db)).toEqual([{ site: 'salesnav', field: 'title', selector: '.t' }]);
  });

  it('treats a damaged stored value as no overrides instead of failing capture', async () => {
    await db.settings.put({ key: OVERRIDES_KEY, value: [{ site: 'linkedin', field: 'nonsense' }] });
    expect(await getOverrides(db)).toEqual([]);
  });
});
