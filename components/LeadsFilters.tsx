import { useEffect, useRef, useState } from 'react';
import { type FilterOptions, GRADES, type LeadsFilter } from '@/lib/db/leadsTable';
import { STAGES } from '@/lib/db/records';
import { type MessageKey, t } from '@/lib/i18n';

/** Typing pause before a search runs, so a fast typist causes one query, not one per key. */
export const SEARCH_DEBOUNCE_MS = 150;

interface Props {
  filter: LeadsFilter;
  options: FilterOptions;
  onChange: (filter: LeadsFilter) => void;
}

type ListKey = 'stages' | 'grades' | 'sources' | 'countries' | 'tags';

/** The leads table's filters: a search box (debounced), one menu per field, the SLA-overdue switch. */
export function LeadsFilters({ filter, options, onChange }: Props) {
  const [search, setSearch] = useState(filter.search ?? '');
  // The latest filter, for the debounced search to build on (a menu may change while typing).
  const latest = useRef(filter);
  latest.current = filter;
  const typed = useRef(false);

  // The filter can change from outside (Back, a pasted link): show its search then.
  useEffect(() => {
    if (!typed.current) setSearch(filter.search ?? '');
  }, [filter.search]);

  useEffect(() => {
    if (!typed.current) return;
    const timer = setTimeout(() => {
      typed.current = false;
      const { search: _, ...rest } = latest.current;
      onChange(search.trim() ? { ...rest, search } : rest);
    }, SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [search, onChange]);

  const setList = (key: ListKey, value: string) => {
    const { [key]: _, ...rest } = filter;
    onChange(value ? { ...rest, [key]: [value] } : rest);
  };

  const menu = (key: ListKey, label: MessageKey, values: readonly string[], name: (v: string) => string = (v) => v) => (
    <label>
      {t(label)}{' '}
      <select value={filter[key]?.[0] ?? ''} onChange={(e) => setList(key, e.target.value)}>
        <option value="">{t('lt_any')}</option>
        {values.map((v) => (
          <option key={v} value={v}>
            {name(v)}
          </option>
        ))}
      </select>
    </label>
  );

  const active = Object.keys(filter).length > 0;
  return (
    <search className="leads-filters">
      <label className="leads-search">
        {t('lt_search')}{' '}
        <input
          type="search"
          value={search}
          maxLength={200}
          onChange={(e) => {
            typed.current = true;
            setSearch(e.target.value);
          }}
        />
      </label>
      {menu('stages', 'lt_colStage', STAGES, (s) => t(`stage_${s as (typeof STAGES)[number]}`))}
      {menu('grades', 'lt_colGrade', GRADES)}
      {menu('sources', 'lt_source', options.sources)}
      {menu('countries', 'lt_colCountry', options.countries)}
      {menu('tags', 'lt_tag', options.tags)}
      <label>
        <input
          type="checkbox"
          checked={filter.overdue === true}
          onChange={(e) => {
            const { overdue: _, ...rest } = filter;
            onChange(e.target.checked ? { ...rest, overdue: true } : rest);
          }}
        />{' '}
        {t('lt_overdue')}
      </label>
      <button
        type="button"
        disabled={!active && search === ''}
        onClick={() => {
          typed.current = false;
          setSearch('');
          onChange({});
        }}
      >
        {t('lt_clearFilters')}
      </button>
    </search>
  );
}
