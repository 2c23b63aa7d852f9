import { z } from 'zod';

/**
 * The context menu on selected text ("Add to lead as name / title / company / email / phone /
 * note") and on a page ("Capture this page with LeadLens"): the items to create and what a
 * click means. Pure; the background creates the items and applies the result.
 */

export const SELECTION_FIELDS = ['name', 'title', 'company', 'email', 'phone', 'note'] as const;
export type SelectionField = (typeof SELECTION_FIELDS)[number];

export const MENU_PARENT = 'leadlens-add';
export const MENU_CAPTURE_PAGE = 'leadlens-capture-page';
const ITEM_PREFIX = 'leadlens-add-';

export interface MenuItem {
  id: string;
  title: string;
  contexts: ('selection' | 'page')[];
  parentId?: string;
}

/** Every item, titled in the user's language by `label` (an i18n lookup, passed in). */
export function contextMenuItems(label: (key: 'parent' | 'capturePage' | SelectionField) => string): MenuItem[] {
  return [
    { id: MENU_PARENT, title: label('parent'), contexts: ['selection'] },
    ...SELECTION_FIELDS.map((field) => ({
      id: `${ITEM_PREFIX}${field}`,
      title: label(field),
      contexts: ['selection' as const],
      parentId: MENU_PARENT,
    })),
    { id: MENU_CAPTURE_PAGE, title: label('capturePage'), contexts: ['page'] },
  ];
}

/** The field a menu item adds to, or undefined for any other item. */
export function fieldOfMenuItem(menuItemId: unknown): SelectionField | undefined {
  if (typeof menuItemId !== 'string' || !menuItemId.startsWith(ITEM_PREFIX)) return undefined;
  const field = menuItemId.slice(ITEM_PREFIX.length);
  return (SELECTION_FIELDS as readonly string[]).includes(field) ? (field as SelectionField) : undefined;
}

export type SelectionProblem = 'empty' | 'too-long' | 'not-email' | 'not-phone' | 'not-one-line';
export type SelectionValue =
  | { ok: true; field: SelectionField; value: string }
  | { ok: false; problem: SelectionProblem };

const MAX_LENGTH: Record<SelectionField, number> = {
  name: 200,
  title: 200,
  company: 200,
  email: 254,
  phone: 40,
  note: 500,
};

/**
 * The selected text as a value of `field`: whitespace collapsed, an e-mail address lower-cased
 * (a "mailto:" prefix dropped), a phone number checked as the manual form checks it. Names,
 * titles and companies must fit on one line of reasonable length (a selected paragraph is not a name).
 */
export function selectionValue(field: SelectionField, selection: unknown): SelectionValue {
  if (typeof selection !== 'string') return { ok: false, problem: 'empty' };
  // Invisible characters copied along with the text (zero-width spaces, direction marks) go too.
  const raw = selection.replace(/[\u200B-\u200F\u2060\uFEFF]/g, '');
  if (field !== 'note' && /[\r\n]/.test(raw.trim())) return { ok: false, problem: 'not-one-line' };
  const text = raw.replace(/\s+/g, ' ').trim();
  if (!text) return { ok: false, problem: 'empty' };
  if (text.length > MAX_LENGTH[field]) return { ok: false, problem: 'too-long' };
  if (field === 'email') {
    const email = text.replace(/^mailto:/i, '').toLowerCase();
    return z.email().safeParse(email).success ? { ok: true, field, value: email } : { ok: false, problem: 'not-email' };
  }
  if (field === 'phone') {
    const phone = text.replace(/^tel:/i, '');
    return /^\+?[0-9 ()./-]{6,}$/.test(phone) && (phone.match(/\d/g)?.length ?? 0) >= 6
      ? { ok: true, field, value: phone }
      : { ok: false, problem: 'not-phone' };
  }
  return { ok: true, field, value: text };
}
