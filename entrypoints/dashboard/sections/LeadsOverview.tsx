import { useCallback, useState } from 'react';
import { LeadsBulkActions } from '@/components/LeadsBulkActions';
import { LeadsFilters } from '@/components/LeadsFilters';
import { LeadsTable } from '@/components/LeadsTable';
import { bulkAddTag, bulkErase, bulkRemoveTag, bulkSetStage, exportSelectionCsv } from '@/lib/db/bulkLeads';
import { getDatabase } from '@/lib/db/database';
import type { LeadsQuery } from '@/lib/db/leadsTable';
import { downloadText } from '@/lib/download';
import { useFilterOptions, useLeadIds, useLeadsWindow } from '@/lib/hooks/useLeadsTable';
import { currentLocale, t } from '@/lib/i18n';
import { leadsHash } from '@/lib/leadsTableHash';

interface Props {
  query: LeadsQuery;
  onQuery: (query: LeadsQuery) => void;
  selected: ReadonlySet<string>;
  onSelect: (selected: ReadonlySet<string>) => void;
  now: Date;
}

const NO_OPTIONS = { sources: [], countries: [], tags: [] };

/** The leads table with its filters and the bulk actions on the selection. */
export function LeadsOverview({ query, onQuery, selected, onSelect, now }: Props) {
  const found = useLeadIds(query, now);
  const options = useFilterOptions(found !== undefined) ?? NO_OPTIONS;
  const [shown, setShown] = useState<[number, number]>([0, 0]);
  const ids = found?.ids;
  const rowAt = useLeadsWindow(ids, shown[0], shown[1], found?.leads);
  const onRowsShown = useCallback((first: number, last: number) => setShown([first, last]), []);
  const onFilter = useCallback((filter: LeadsQuery['filter']) => onQuery({ ...query, filter }), [onQuery, query]);

  const total = found?.total ?? 0;
  const stale = found?.key !== JSON.stringify(query);
  const locale = currentLocale();
  // The selection in the table's order (what an export writes), then any lead no longer matching.
  const selection = () => {
    const inOrder = (ids ?? []).filter((id) => selected.has(id));
    const inOrderSet = new Set(inOrder);
    return [...inOrder, ...[...selected].filter((id) => !inOrderSet.has(id))];
  };
  const db = getDatabase();

  return (
    <section aria-labelledby="leads-heading" className="leads-overview">
      <h2 id="leads-heading">{t('nav_leads')}</h2>
      <LeadsFilters filter={query.filter} options={options} onChange={onFilter} />
      <p role="status" aria-busy={stale || undefined}>
        {found &&
          (!found.complete
            ? t('lt_counting')
            : Object.keys(query.filter).length > 0
              ? t('lt_countFiltered', total.toLocaleString(locale))
              : t('lt_count', total.toLocaleString(locale)))}
      </p>
      {selected.size > 0 && (
        <LeadsBulkActions
          count={selected.size}
          knownTags={options.tags}
          onClearSelection={() => onSelect(new Set())}
          setStage={(stage, reason) => bulkSetStage(db, selection(), stage, reason, new Date())}
          addTag={(tag) => bulkAddTag(db, selection(), tag, new Date())}
          removeTag={(tag) => bulkRemoveTag(db, selection(), tag, new Date())}
          exportCsv={async (format) => {
            const chosen = selection();
            const csv = await exportSelectionCsv(db, chosen, format);
            const day = new Date().toISOString().slice(0, 10);
            downloadText(document, `leadlens-leads-${format}-${day}.csv`, csv, 'text/csv');
            return chosen.length;
          }}
          erase={async () => {
            const erased = await bulkErase(db, selection());
            onSelect(new Set());
            return erased.leads;
          }}
        />
      )}
      {found && total === 0 ? (
        <p>{Object.keys(query.filter).length > 0 ? t('lt_noMatch') : t('lt_noLeads')}</p>
      ) : (
        <LeadsTable
          queryKey={found?.key ?? JSON.stringify(query)}
          total={total}
          allKnown={found?.complete}
          rowAt={rowAt}
          onRowsShown={onRowsShown}
          sort={query.sort}
          direction={query.direction}
          onSort={(sort, direction) => onQuery({ ...query, sort, direction })}
          selected={selected}
          onToggle={(id) => {
            const next = new Set(selected);
            if (!next.delete(id)) next.add(id);
            onSelect(next);
          }}
          onToggleAll={() => onSelect(selected.size === total ? new Set() : new Set(ids))}
          onOpen={(id) => {
            location.hash = leadsHash(query, id);
          }}
          leadHref={(id) => leadsHash(query, id)}
          now={now}
        />
      )}
    </section>
  );
}
