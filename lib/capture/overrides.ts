import { z } from 'zod';
import type { Source } from './collect';
import type { Diagnostic } from './types';
import { CapturedFieldsSchema, type FieldName } from './types';

export const MAX_SELECTOR_LENGTH = 500;

/** A user-supplied selector for one field on one site, tried before the built-in strategies. */
export const SelectorOverrideSchema = z.object({
  site: z.string().min(1).max(40),
  field: CapturedFieldsSchema.keyof(),
  selector: z.string().trim().min(1).max(MAX_SELECTOR_LENGTH),
  /** Read this attribute instead of the element's text. */
  attribute: z
    .string()
    .regex(/^[a-zA-Z_:][-a-zA-Z0-9_:.]*$/)
    .max(100)
    .optional(),
});
export type SelectorOverride = z.infer<typeof SelectorOverrideSchema>;

/**
 * An error message for a selector the browser would reject, or null when it is usable.
 * `scope` is where it is tried (any document or element); the UI may omit it to use its own
 * document.
 */
export function validateSelector(selector: string, scope?: ParentNode): string | null {
  if (typeof selector !== 'string' || selector.trim() === '') return 'The selector is empty.';
  if (selector.length > MAX_SELECTOR_LENGTH) return `The selector is longer than ${MAX_SELECTOR_LENGTH} characters.`;
  const root = scope ?? (globalThis as { document?: Document }).document;
  if (!root) return 'There is no document to check the selector against.';
  try {
    root.querySelector(selector);
    return null;
  } catch (error) {
    return error instanceof Error && error.message ? error.message : 'The selector is not valid CSS.';
  }
}

/**
 * Sources for the overrides that apply to `site`, in the order given. Malformed overrides
 * and selectors the DOM rejects are reported as 'override-invalid' and skipped.
 */
export function overrideSources(
  doc: Document,
  site: string,
  overrides: readonly unknown[],
): { sources: Source[]; diagnostics: Diagnostic[] } {
  const sources: Source[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const candidate of overrides.slice(0, 50)) {
    const parsed = SelectorOverrideSchema.safeParse(candidate);
    if (!parsed.success) {
      diagnostics.push({ field: fieldNameOf(candidate), strategy: 'override-invalid' });
      continue;
    }
    const override = parsed.data;
    if (override.site !== site) continue;
    sources.push({
      strategy: 'override',
      failure: 'override-invalid',
      fields: [override.field],
      read: () => {
        const el = doc.querySelector(override.selector);
        if (!el) return {};
        const raw = override.attribute ? el.getAttribute(override.attribute) : el.textContent;
        return { [override.field]: raw ?? undefined };
      },
    });
  }
  return { sources, diagnostics };
}

function fieldNameOf(candidate: unknown): string {
  const field = (candidate as { field?: unknown } | null)?.field;
  const known = CapturedFieldsSchema.keyof().safeParse(field);
  return known.success ? (known.data as FieldName) : '*';
}
