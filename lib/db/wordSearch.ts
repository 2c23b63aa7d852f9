import type { LeadLensDB } from './database';

/**
 * The ids of the leads with a word starting with each of `words` (lib/leads/searchWords): one
 * range of the word index per word ("jan" → keys "jan" to "jan\uffff"), longest word first (usually
 * the fewest leads), intersected. Index keys only: no lead record is read.
 */
export async function leadIdsWithWords(db: LeadLensDB, words: readonly string[]): Promise<Set<string>> {
  let kept: Set<string> | null = null;
  for (const word of [...words].sort((a, b) => b.length - a.length)) {
    const ids = (await db.leads.where('searchWords').startsWith(word).primaryKeys()) as string[];
    kept = kept ? new Set(ids.filter((id) => kept?.has(id))) : new Set(ids);
    if (kept.size === 0) break;
  }
  return kept ?? new Set();
}
