/** "A", "A and B", "A, B and C". */
export function joinLabels(labels: readonly string[]): string {
  if (labels.length <= 1) return labels[0] ?? '';
  return `${labels.slice(0, -1).join(', ')} and ${labels[labels.length - 1]}`;
}

/** A count that may hold partly met credit: 3, 2.5, 1.33. */
export function formatCount(n: number): string {
  return String(Math.round(n * 100) / 100);
}

/** Cuts text to at most `max` characters, ending in "…" when cut. */
export function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

/** The buyer's words in quotes, whitespace collapsed and cut to a readable length. */
export function quote(words: string, max = 80): string {
  return `"${clip(words.replace(/\s+/g, ' ').trim(), max)}"`;
}
