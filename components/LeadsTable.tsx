import { useVirtualizer } from '@tanstack/react-virtual';
import { type KeyboardEvent, type MouseEvent, useEffect, useRef, useState } from 'react';
import type { LeadsSortKey, SortDirection } from '@/lib/db/leadsTable';
import type { LeadRecord } from '@/lib/db/records';
import { currentLocale, type MessageKey, t } from '@/lib/i18n';
import { LeadRowCells } from './LeadRowCells';

const ROW_HEIGHT = 40;
const OVERSCAN = 10;
/** Rows moved by PageUp/PageDown. */
const PAGE_ROWS = 10;

/** The direction a column sorts in when first chosen: best or newest first, stages in funnel order. */
const FIRST_DIRECTION: Record<LeadsSortKey, SortDirection> = {
  score: 'desc',
  stage: 'asc',
  grade: 'asc',
  lastActivity: 'desc',
  created: 'desc',
};

type Column = { label: MessageKey; sort?: LeadsSortKey; className?: string };
const COLUMNS: readonly Column[] = [
  { label: 'lt_colName' },
  { label: 'lt_colTitle' },
  { label: 'lt_colCompany' },
  { label: 'lt_colCountry', className: 'narrow' },
  { label: 'lt_colStage', sort: 'stage' },
  { label: 'lt_colGrade', sort: 'grade', className: 'narrow' },
  { label: 'lt_colScore', sort: 'score', className: 'narrow num' },
  { label: 'lt_colLastActivity', sort: 'lastActivity' },
  { label: 'lt_colCreated', sort: 'created' },
  { label: 'lt_colSources' },
];

interface Props {
  /** Identifies the query whose answer the rows show: when it changes the table starts again at the top. */
  queryKey: string;
  /** How many leads match: the table's row count. */
  total: number;
  /** The lead of a row, or undefined while it loads. */
  rowAt: (index: number) => LeadRecord | undefined;
  /** The rows rendered now (visible plus overscan), so the caller reads only those. */
  onRowsShown: (first: number, last: number) => void;
  sort: LeadsSortKey;
  direction: SortDirection;
  onSort: (sort: LeadsSortKey, direction: SortDirection) => void;
  selected: ReadonlySet<string>;
  onToggle: (leadId: string) => void;
  /** False while only the first rows are known: "select all" waits for every id. */
  allKnown?: boolean;
  /** Select every matching lead, or clear the selection when all are selected. */
  onToggleAll: () => void;
  onOpen: (leadId: string) => void;
  leadHref: (leadId: string) => string;
  now: Date;
}

/** Clicks on these open nothing: they do their own thing (follow a link, tick a box). */
const isControl = (target: EventTarget) => target instanceof Element && target.closest('a, input, button, label');

/**
 * Every matching lead in one scrollable table, rendering only the rows in view (a real <table>
 * with aria-rowcount/aria-rowindex, so screen readers know the size). Keyboard: arrows, PageUp,
 * PageDown, Home, End move between rows, Enter opens the lead, Space selects it.
 */
export function LeadsTable(props: Props) {
  const { queryKey, total, rowAt, sort, direction, selected, now } = props;
  const scrollRef = useRef<HTMLDivElement>(null);
  const [active, setActive] = useState(0);
  const focusActive = useRef(false);
  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: OVERSCAN,
  });
  const rows = virtualizer.getVirtualItems();
  const first = rows[0]?.index ?? 0;
  const last = rows[rows.length - 1]?.index ?? 0;
  const { onRowsShown } = props;
  useEffect(() => {
    onRowsShown(first, last);
  }, [first, last, onRowsShown]);

  // A new sort or filter shows other leads: start at the first of them.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the query changes
  useEffect(() => {
    scrollRef.current?.scrollTo?.(0, 0);
    setActive(0);
  }, [queryKey]);

  const activeIndex = Math.min(active, Math.max(0, total - 1));
  // After a key press the active row may only now be rendered: focus it once it is.
  useEffect(() => {
    if (!focusActive.current) return;
    const row = scrollRef.current?.querySelector<HTMLElement>(`tr[data-index="${activeIndex}"]`);
    if (row) {
      row.focus();
      focusActive.current = false;
    }
  });

  const moveTo = (index: number) => {
    const next = Math.max(0, Math.min(total - 1, index));
    setActive(next);
    focusActive.current = true;
    virtualizer.scrollToIndex(next, { align: 'auto' });
  };

  const onKeyDown = (e: KeyboardEvent<HTMLTableSectionElement>) => {
    const moves: Record<string, number> = {
      ArrowDown: activeIndex + 1,
      ArrowUp: activeIndex - 1,
      PageDown: activeIndex + PAGE_ROWS,
      PageUp: activeIndex - PAGE_ROWS,
      Home: 0,
      End: total - 1,
    };
    const target = moves[e.key];
    if (target !== undefined && !(e.target instanceof HTMLInputElement)) {
      e.preventDefault();
      moveTo(target);
      return;
    }
    if (!(e.target instanceof HTMLTableRowElement)) return;
    const lead = rowAt(activeIndex);
    if (!lead) return;
    if (e.key === 'Enter') {
      e.preventDefault();
      props.onOpen(lead.id);
    } else if (e.key === ' ') {
      e.preventDefault();
      props.onToggle(lead.id);
    }
  };

  const padTop = rows[0]?.start ?? 0;
  const padBottom = virtualizer.getTotalSize() - (rows[rows.length - 1]?.end ?? 0);
  const allSelected = total > 0 && selected.size === total;
  const locale = currentLocale();

  return (
    <div className="leads-table-scroll" ref={scrollRef}>
      <table className="leads-table" aria-rowcount={total + 1} aria-label={t('nav_leads')} data-query={queryKey}>
        <thead>
          <tr aria-rowindex={1}>
            <th scope="col" className="check">
              <input
                type="checkbox"
                checked={allSelected}
                ref={(box) => {
                  if (box) box.indeterminate = selected.size > 0 && !allSelected;
                }}
                disabled={total === 0 || props.allKnown === false}
                aria-label={t('lt_selectAll', total.toLocaleString(locale))}
                onChange={props.onToggleAll}
              />
            </th>
            {COLUMNS.map((column) => {
              const sorted = column.sort === sort;
              return (
                <th
                  key={column.label}
                  scope="col"
                  className={column.className}
                  aria-sort={
                    column.sort ? (sorted ? (direction === 'asc' ? 'ascending' : 'descending') : 'none') : undefined
                  }
                >
                  {column.sort ? (
                    <button
                      type="button"
                      className="sort"
                      onClick={() => {
                        const key = column.sort as LeadsSortKey;
                        props.onSort(key, sorted ? (direction === 'asc' ? 'desc' : 'asc') : FIRST_DIRECTION[key]);
                      }}
                    >
                      {t(column.label)}
                      <span aria-hidden="true">{sorted ? (direction === 'asc' ? ' ▲' : ' ▼') : ''}</span>
                    </button>
                  ) : (
                    t(column.label)
                  )}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody onKeyDown={onKeyDown}>
          {padTop > 0 && (
            <tr className="spacer" style={{ height: padTop }}>
              <td colSpan={COLUMNS.length + 1} aria-hidden="true" />
            </tr>
          )}
          {rows.map((row) => {
            const lead = rowAt(row.index);
            const onClick = (e: MouseEvent) => {
              setActive(row.index);
              if (lead && !isControl(e.target)) props.onOpen(lead.id);
            };
            return (
              <tr
                key={row.key}
                data-index={row.index}
                aria-rowindex={row.index + 2}
                tabIndex={row.index === activeIndex ? 0 : -1}
                aria-busy={lead ? undefined : true}
                style={{ height: ROW_HEIGHT }}
                onClick={onClick}
              >
                {lead ? (
                  <LeadRowCells
                    lead={lead}
                    selected={selected.has(lead.id)}
                    onToggle={props.onToggle}
                    href={props.leadHref(lead.id)}
                    locale={locale}
                    now={now}
                  />
                ) : (
                  <td colSpan={COLUMNS.length + 1} className="muted">
                    {t('lt_loadingRow')}
                  </td>
                )}
              </tr>
            );
          })}
          {padBottom > 0 && (
            <tr className="spacer" style={{ height: padBottom }}>
              <td colSpan={COLUMNS.length + 1} aria-hidden="true" />
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}
