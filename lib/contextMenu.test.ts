import { describe, expect, it } from 'vitest';
import { contextMenuItems, fieldOfMenuItem, MENU_CAPTURE_PAGE, MENU_PARENT, selectionValue } from './contextMenu';

describe('contextMenuItems', () => {
  it('one parent on selected text with an item per field, and "capture this page" on pages', () => {
    const items = contextMenuItems((key) => `label:${key}`);
    expect(items.map((i) => [i.id, i.title, i.contexts.join(), i.parentId])).toEqual([
      [MENU_PARENT, 'label:parent', 'selection', undefined],
      ['leadlens-add-name', 'label:name', 'selection', MENU_PARENT],
      ['leadlens-add-title', 'label:title', 'selection', MENU_PARENT],
      ['leadlens-add-company', 'label:company', 'selection', MENU_PARENT],
      ['leadlens-add-email', 'label:email', 'selection', MENU_PARENT],
      ['leadlens-add-phone', 'label:phone', 'selection', MENU_PARENT],
      ['leadlens-add-note', 'label:note', 'selection', MENU_PARENT],
      [MENU_CAPTURE_PAGE, 'label:capturePage', 'page', undefined],
    ]);
  });

  it.each([
    ['leadlens-add-email', 'email'],
    ['leadlens-add-note', 'note'],
    ['leadlens-add-website', undefined],
    [MENU_PARENT, undefined],
    [MENU_CAPTURE_PAGE, undefined],
    [42, undefined],
  ])('%s -> %s', (id, field) => {
    expect(fieldOfMenuItem(id)).toBe(field);
  });
});

describe('selectionValue', () => {
  it.each([
    ['name', '  Ana \u200BPopescu  ', { ok: true, field: 'name', value: 'Ana Popescu' }],
    ['title', 'Head of\tSales', { ok: true, field: 'title', value: 'Head of Sales' }],
    ['company', 'Tulpveld B.V.\n', { ok: true, field: 'company', value: 'Tulpveld B.V.' }],
    ['name', 'Ana Popescu\nChief Executive Officer', { ok: false, problem: 'not-one-line' }],
    ['name', '   ', { ok: false, problem: 'empty' }],
    ['name', undefined, { ok: false, problem: 'empty' }],
    ['name', 'x'.repeat(201), { ok: false, problem: 'too-long' }],
    ['email', ' Ana@Firma.RO ', { ok: true, field: 'email', value: 'ana@firma.ro' }],
    ['email', 'mailto:jan@acme.nl', { ok: true, field: 'email', value: 'jan@acme.nl' }],
    ['email', 'jan at acme dot nl', { ok: false, problem: 'not-email' }],
    ['email', 'jan@', { ok: false, problem: 'not-email' }],
    ['phone', '+31 20 123 4567', { ok: true, field: 'phone', value: '+31 20 123 4567' }],
    ['phone', 'tel:+46812345678', { ok: true, field: 'phone', value: '+46812345678' }],
    ['phone', 'call me maybe', { ok: false, problem: 'not-phone' }],
    ['phone', '12-34', { ok: false, problem: 'not-phone' }],
    ['note', 'Wants a demo\nafter the summer', { ok: true, field: 'note', value: 'Wants a demo after the summer' }],
    ['note', 'x'.repeat(501), { ok: false, problem: 'too-long' }],
  ] as const)('%s from %j', (field, selection, expected) => {
    expect(selectionValue(field, selection)).toEqual(expected);
  });
});
