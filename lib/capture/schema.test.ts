import { CapturedFieldsSchema, PageKindSchema } from './schema';
import { FIELD_NAMES, PAGE_KINDS } from './types';

describe('capture schema and the zod-free constants agree', () => {
  it('lists the same fields', () => {
    expect([...FIELD_NAMES].sort()).toEqual(Object.keys(CapturedFieldsSchema.shape).sort());
  });
  it('lists the same page kinds', () => {
    expect(PageKindSchema.options).toEqual([...PAGE_KINDS]);
  });
});
