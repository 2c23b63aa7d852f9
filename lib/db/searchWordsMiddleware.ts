import type { DBCore, DBCoreMutateRequest, Middleware } from 'dexie';
import { leadSearchWords, type SearchableFields } from '../leads/searchWords';

/*
 * Keeps leads' `searchWords` (schema v5's multi-entry word index) an index-only field:
 *  - written on every lead put or added, whichever code writes it (captures, imports, merges,
 *    edits, restores, Collection.modify): no write path can leave the index stale;
 *  - taken off every lead read (get, bulkGet, toArray...), so the rest of LeadLens, backups and
 *    merge snapshots never see it. (A Collection.each() cursor still shows it; nothing relies on that.)
 * No extra reads: it only changes the values passing through.
 */

type Stored = SearchableFields & { searchWords?: string[] };

function withSearchWords(request: DBCoreMutateRequest): DBCoreMutateRequest {
  if (request.type !== 'add' && request.type !== 'put') return request;
  return {
    ...request,
    values: request.values.map((lead: Stored) => ({ ...lead, searchWords: leadSearchWords(lead) })),
  };
}

/** Read values are fresh copies from IndexedDB: the field is removed in place. */
function withoutSearchWords<T>(lead: T): T {
  if (lead && typeof lead === 'object') delete (lead as Stored).searchWords;
  return lead;
}

export const searchWordsMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'leadSearchWords',
  create: (down) => ({
    ...down,
    table: (name) => {
      const table = down.table(name);
      if (name !== 'leads') return table;
      return {
        ...table,
        mutate: (request) => table.mutate(withSearchWords(request)),
        get: async (request) => withoutSearchWords(await table.get(request)),
        getMany: async (request) => (await table.getMany(request)).map(withoutSearchWords),
        query: async (request) => {
          const response = await table.query(request);
          if (request.values) response.result.forEach(withoutSearchWords);
          return response;
        },
      };
    },
  }),
};
