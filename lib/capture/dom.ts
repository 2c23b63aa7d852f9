import { cleanText } from './sanitize';

/** The cleaned text of an element, or undefined when it has none. */
export function textOf(el: Element | null | undefined): string | undefined {
  return cleanText(el?.textContent ?? undefined);
}

/** querySelector that treats a bad selector as no match (selectors can come from overrides). */
export function query(root: ParentNode, selector: string): Element | null {
  try {
    return root.querySelector(selector);
  } catch {
    return null;
  }
}

/**
 * The first element matching one of `selectors`, tried in order. Faster in jsdom than one
 * comma-separated selector list, which takes a slow path through its selector engine.
 */
export function queryFirst(root: ParentNode, selectors: readonly string[]): Element | null {
  for (const selector of selectors) {
    const el = query(root, selector);
    if (el) return el;
  }
  return null;
}

/** The cleaned text of the first element matching one of `selectors` (in order) that has text. */
export function firstText(root: ParentNode, selectors: readonly string[]): string | undefined {
  for (const selector of selectors) {
    const text = textOf(query(root, selector));
    if (text) return text;
  }
  return undefined;
}

/** Content of `<meta property=key>` or `<meta name=key>`. */
export function metaContent(doc: Document, key: string): string | undefined {
  for (const meta of Array.from(doc.getElementsByTagName('meta'))) {
    if (meta.getAttribute('property') === key || meta.getAttribute('name') === key) {
      return meta.getAttribute('content') ?? undefined;
    }
  }
  return undefined;
}

/** The href of `<link rel=canonical>`, if any. */
export function canonicalHref(doc: Document): string | undefined {
  for (const link of Array.from(doc.getElementsByTagName('link'))) {
    if (link.getAttribute('rel')?.toLowerCase() === 'canonical') return link.getAttribute('href') ?? undefined;
  }
  return undefined;
}

/** Splits "Company · Full-time" style lines on LinkedIn's middle-dot separators. */
export function splitDotted(text: string | undefined): string[] {
  return (text ?? '')
    .split(/\s+[·•]\s+/)
    .map((part) => part.trim())
    .filter(Boolean);
}
