// Shared by the robustness (fuzz) tests: a seeded PRNG and what no captured field may contain.

/** Deterministic PRNG (mulberry32): the same seed gives the same mutations on every run. */
export function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export function pick<T>(random: () => number, items: ArrayLike<T>): T | undefined {
  return items.length === 0 ? undefined : items[Math.floor(random() * items.length)];
}

/** Markup in a captured value: a tag, comment or doctype start. */
export const MARKUP = /<[a-zA-Z!/?]/;
/** Control, zero-width and bidi-override characters, which capture must strip. */
export const INVISIBLE_OR_CONTROL = /[\p{Cc}\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/u;
