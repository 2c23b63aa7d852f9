import { fold, queryWords } from '../leads/searchWords';
import type { LeadLensDB } from './database';
import type { LeadRecord, OutcomeRecord, StageName } from './records';
import { leadIdsWithWords } from './wordSearch';

// Side-panel look-ups that stay fast at 100,000 leads: each walks index ranges that stop after a
// bounded number of records, or reads a bounded window; none reads the whole table.

/** How a search result matched, best first: name prefix, company prefix, email prefix, a later word. */
export type LeadMatch = 'name' | 'company' | 'email' | 'word';
const MATCH_ORDER: readonly LeadMatch[] = ['name', 'company', 'email', 'word'];

export interface LeadSearchResult {
  lead: LeadRecord;
  match: LeadMatch;
}

/** Most spellings of a query prefix kept while growing it (real data has one or two). */
const MAX_SPELLINGS = 16;

/** Accented letters used in Dutch, Swedish, Polish, Romanian, German and French names, by base letter. */
const ACCENTED: Readonly<Record<string, string>> = {
  a: 'äåąăâáà',
  c: 'ćčç',
  e: 'ęéèëê',
  i: 'îíï',
  l: 'ł',
  n: 'ńñ',
  o: 'öóøô',
  s: 'șşśš',
  t: 'țţ',
  u: 'üú',
  z: 'żźž',
};

/** Every case and accent spelling of one folded character: "t" → t T ț Ț ţ Ţ. */
function charSpellings(char: string): string[] {
  const spellings = [char, ...(ACCENTED[char] ?? '')].flatMap((c) => [c, c.toUpperCase()]);
  return [...new Set(spellings.filter((c) => c.length === char.length))];
}

type LeadWalk = ReturnType<LeadLensDB['leads']['toCollection']>;

/**
 * The exact spellings of a folded query that begin some key of the index ("stef" → "Ștef", "Stef").
 * Grown one character at a time, keeping only prefixes the index holds (one key read per check), so
 * accents cost a few lookups per character instead of every combination of variants.
 */
async function spellingsIn(db: LeadLensDB, index: 'name' | 'company', folded: string): Promise<string[]> {
  let live = [''];
  for (const char of folded) {
    const candidates = live.flatMap((prefix) => charSpellings(char).map((c) => prefix + c));
    const present = await Promise.all(
      candidates.map((c) => db.leads.where(index).startsWith(c).limit(1).primaryKeys()),
    );
    live = candidates.filter((_, i) => present[i]?.length).slice(0, MAX_SPELLINGS);
    if (live.length === 0) break;
  }
  return live;
}

/**
 * Leads whose name, company or email starts with the query (case- and accent-insensitive), then
 * leads where every query word starts some word of the name, company, title or email ("vries",
 * "jan vr" find "Jan de Vries"). Each lead once, best match first, then by name.
 */
export async function searchLeads(db: LeadLensDB, query: string, limit = 20): Promise<LeadSearchResult[]> {
  const folded = fold(query).slice(0, 100);
  if (folded === '') return [];
  const found = new Map<string, LeadSearchResult>();
  const add = (lead: LeadRecord, match: LeadMatch) => {
    if (found.size < limit && !found.has(lead.id)) found.set(lead.id, { lead, match });
  };
  const collect = async (match: LeadMatch, walk: () => Promise<LeadWalk | null>) => {
    const collection = found.size < limit ? await walk() : null;
    if (!collection) return;
    const leads = await collection
      .filter((lead) => !found.has(lead.id))
      .limit(limit - found.size)
      .toArray();
    for (const lead of leads) add(lead, match);
  };
  const prefixed = (index: 'name' | 'company') => async () => {
    const spellings = await spellingsIn(db, index, folded);
    return spellings.length > 0 ? db.leads.where(index).startsWithAnyOf(spellings) : null;
  };

  await collect('name', prefixed('name'));
  await collect('company', prefixed('company'));
  await collect('email', async () =>
    folded.includes(' ')
      ? null
      : db.leads.where('identityKeys').startsWith(`email:${query.trim().toLowerCase()}`).distinct(),
  );
  if (found.size < limit) {
    // Any word of the name, company, title or email, from the word index: only the leads shown are read.
    const ids = [...(await leadIdsWithWords(db, queryWords(query)))].filter((id) => !found.has(id));
    for (const lead of await db.leads.bulkGet(ids.slice(0, limit - found.size))) if (lead) add(lead, 'word');
  }

  const collator = new Intl.Collator(undefined, { sensitivity: 'base' });
  return [...found.values()].sort(
    (a, b) =>
      MATCH_ORDER.indexOf(a.match) - MATCH_ORDER.indexOf(b.match) ||
      collator.compare(a.lead.name ?? '', b.lead.name ?? ''),
  );
}

/** Left out after the MQLs: the MQLs themselves (listed first) and leads that are won, lost or out. */
const NOT_AFTER_MQLS: ReadonlySet<StageName> = new Set(['mql', 'disqualified', 'lost', 'customer']);
/** Up to this many MQLs are read by stage and sorted here; more are found by walking the score index. */
const MQL_SORT_LIMIT = 500;
/** Most records a walk down the score index reads, so a list that finds few leads still stops early. */
const SCORE_WALK_CAP = 500;

/** The score index from the top, stopping after SCORE_WALK_CAP records. */
function topScores(db: LeadLensDB) {
  let read = 0;
  return db.leads
    .orderBy('score.total')
    .reverse()
    .until(() => ++read > SCORE_WALK_CAP);
}

const total = (lead: LeadRecord) => lead.score?.total ?? -Number.MAX_VALUE;
const byScoreDesc = (a: LeadRecord, b: LeadRecord) => total(b) - total(a);

/**
 * The top `limit` MQLs by score. No [stage+score] index: walking the score index from the top
 * finds them at once when MQLs are many (the usual case: they score high). Only when that walk
 * comes back short are the MQLs read by stage, if they are few enough to sort here. Never a
 * count(): IndexedDB counts an index range by stepping through every entry in it.
 */
async function topMqls(db: LeadLensDB, limit: number): Promise<LeadRecord[]> {
  const walked = await topScores(db)
    .filter((lead) => lead.stage === 'mql')
    .limit(limit)
    .toArray();
  if (walked.length >= limit) return walked;
  const keys = await db.leads
    .where('stage')
    .equals('mql')
    .limit(MQL_SORT_LIMIT + 1)
    .primaryKeys();
  if (keys.length > MQL_SORT_LIMIT || keys.length === walked.length) return walked;
  const mqls = (await db.leads.bulkGet(keys)).filter((lead): lead is LeadRecord => lead !== undefined);
  return mqls.sort(byScoreDesc).slice(0, limit);
}

/**
 * The leads to act on now: MQLs first (the hand-off queue), highest score first, then the other
 * top-scored leads that are not disqualified, lost or already customers.
 */
export async function hotLeads(db: LeadLensDB, limit = 10): Promise<LeadRecord[]> {
  const mqls = await topMqls(db, limit);
  if (mqls.length >= limit) return mqls;
  const others = await topScores(db)
    .filter((lead) => !NOT_AFTER_MQLS.has(lead.stage))
    .limit(limit - mqls.length)
    .toArray();
  return [...mqls, ...others];
}

export interface FollowUp {
  lead: LeadRecord;
  revisitAt: number;
  /** Why the lead was nurtured, as recorded with the outcome. */
  reason?: string;
}

/**
 * Nurtured leads whose revisit date has come, oldest due first. Only a lead's latest nurture
 * outcome counts, and only while the lead is still in nurture (a later outcome or stage change
 * means someone followed up). Reads every nurture outcome: outcomes are few next to leads.
 */
export async function followUpsDue(db: LeadLensDB, now: Date, limit = 20): Promise<FollowUp[]> {
  const latest = new Map<string, OutcomeRecord>();
  for (const outcome of await db.outcomes.where('outcome').equals('nurture').toArray()) {
    const seen = latest.get(outcome.leadId);
    if (!seen || outcome.at > seen.at) latest.set(outcome.leadId, outcome);
  }
  const due = [...latest.values()]
    .flatMap((o) =>
      o.revisitAt !== undefined && o.revisitAt <= now.getTime() ? [{ ...o, revisitAt: o.revisitAt }] : [],
    )
    .sort((a, b) => a.revisitAt - b.revisitAt);
  const followUps: FollowUp[] = [];
  // Fetched in batches, so outcomes of leads that have moved on do not cut the list short.
  for (let start = 0; start < due.length && followUps.length < limit; start += limit) {
    const batch = due.slice(start, start + limit);
    const leads = await db.leads.bulkGet(batch.map((o) => o.leadId));
    for (const [i, o] of batch.entries()) {
      const lead = leads[i];
      if (lead?.stage !== 'nurture' || followUps.length >= limit) continue;
      followUps.push({ lead, revisitAt: o.revisitAt, ...(o.reason ? { reason: o.reason } : {}) });
    }
  }
  return followUps;
}
