import type { Source } from './collect';
import { type Diagnostic, FIELD_NAMES, type FieldName, MAX_SELECTOR_LENGTH, type SelectorOverride } from './types';

export type { SelectorOverride };

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
    // Overrides come from the background, which validated them (SelectorOverrideSchema); this
    // only guards against a damaged value, without shipping zod in the content script.
    const override = asOverride(candidate);
    if (!override) {
      diagnostics.push({ field: fieldNameOf(candidate), strategy: 'override-invalid' });
      continue;
    }
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

function isFieldName(value: unknown): value is FieldName {
  return (FIELD_NAMES as readonly unknown[]).includes(value);
}

function asOverride(candidate: unknown): SelectorOverride | null {
  const o = candidate as Partial<Record<keyof SelectorOverride, unknown>> | null;
  if (typeof o !== 'object' || o === null) return null;
  if (typeof o.site !== 'string' || !isFieldName(o.field)) return null;
  if (typeof o.selector !== 'string' || o.selector.trim() === '' || o.selector.length > MAX_SELECTOR_LENGTH)
    return null;
  if (o.attribute !== undefined && typeof o.attribute !== 'string') return null;
  return { site: o.site, field: o.field, selector: o.selector, attribute: o.attribute };
}

function fieldNameOf(candidate: unknown): string {
  const field = (candidate as { field?: unknown } | null)?.field;
  return isFieldName(field) ? field : '*';
}
