import { z } from 'zod';
import { GRADES, LEADS_SORT_KEYS, type LeadsFilter, type LeadsQuery } from './db/leadsTable';
import { StageSchema } from './db/records';

/*
 * The leads table's state lives in the dashboard's URL hash, so a filtered table or one lead can be
 * linked and Back returns to the table as it was:
 *   #leads?sort=score&dir=desc&stage=mql&country=NL&q=jan&lead=<id>
 * The hash is typed by hand or pasted: every value is checked, and anything unknown is left out.
 */

export const DEFAULT_QUERY: LeadsQuery = { filter: {}, sort: 'score', direction: 'desc' };

const text = z.string().trim().min(1).max(200);
const values = <T extends z.ZodType>(schema: T, raw: string[]): z.output<T>[] =>
  raw.flatMap((value) => {
    const parsed = schema.safeParse(value);
    return parsed.success ? [parsed.data] : [];
  });

export interface LeadsLocation {
  query: LeadsQuery;
  /** The lead opened over the table, if any. */
  leadId: string | null;
}

/** The table's query and open lead from a hash like "#leads?stage=mql&lead=abc"; defaults where absent. */
export function parseLeadsHash(hash: string): LeadsLocation {
  const queryString = hash.includes('?') ? hash.slice(hash.indexOf('?') + 1) : '';
  const params = new URLSearchParams(queryString);
  const filter: LeadsFilter = {};
  const stages = values(StageSchema, params.getAll('stage'));
  const grades = values(z.enum(GRADES), params.getAll('grade'));
  const sources = values(text, params.getAll('source'));
  const countries = values(z.string().regex(/^[A-Z]{2}$/), params.getAll('country'));
  const tags = values(text, params.getAll('tag'));
  const search = text.safeParse(params.get('q') ?? '');
  if (stages.length) filter.stages = stages;
  if (grades.length) filter.grades = grades;
  if (sources.length) filter.sources = sources;
  if (countries.length) filter.countries = countries;
  if (tags.length) filter.tags = tags;
  if (params.get('overdue') === '1') filter.overdue = true;
  if (search.success) filter.search = search.data;
  const sort = z.enum(LEADS_SORT_KEYS).safeParse(params.get('sort'));
  const direction = z.enum(['asc', 'desc']).safeParse(params.get('dir'));
  const leadId = z.string().min(1).max(100).safeParse(params.get('lead'));
  return {
    query: {
      filter,
      sort: sort.success ? sort.data : DEFAULT_QUERY.sort,
      direction: direction.success ? direction.data : DEFAULT_QUERY.direction,
    },
    leadId: leadId.success ? leadId.data : null,
  };
}

/** The hash for a query and, optionally, one open lead; defaults are left out to keep links short. */
export function leadsHash(query: LeadsQuery, leadId: string | null = null): string {
  const params = new URLSearchParams();
  if (query.sort !== DEFAULT_QUERY.sort) params.set('sort', query.sort);
  if (query.direction !== DEFAULT_QUERY.direction) params.set('dir', query.direction);
  const { filter } = query;
  for (const stage of filter.stages ?? []) params.append('stage', stage);
  for (const grade of filter.grades ?? []) params.append('grade', grade);
  for (const source of filter.sources ?? []) params.append('source', source);
  for (const country of filter.countries ?? []) params.append('country', country);
  for (const tag of filter.tags ?? []) params.append('tag', tag);
  if (filter.overdue) params.set('overdue', '1');
  if (filter.search?.trim()) params.set('q', filter.search.trim());
  if (leadId) params.set('lead', leadId);
  const rest = params.toString();
  return rest ? `#leads?${rest}` : '#leads';
}
