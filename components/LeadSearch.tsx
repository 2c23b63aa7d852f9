import { type KeyboardEvent, useId, useState } from 'react';
import { useLeadSearch } from '@/lib/hooks/useLeadSearch';
import { t } from '@/lib/i18n';
import { StageBadge } from './StageBadge';

/**
 * A search box over all leads with the results as a list box: ArrowDown and ArrowUp move through
 * the results, Enter opens the highlighted one (or the first), Escape clears the search.
 */
export function LeadSearch({ onPick }: { onPick: (leadId: string) => void }) {
  const [query, setQuery] = useState('');
  // The highlighted lead by id, so it stays put (or goes) as live results change underneath.
  const [activeId, setActiveId] = useState<string | null>(null);
  const { results, searching } = useLeadSearch(query);
  const id = useId();
  const listId = `${id}-results`;
  const optionId = (index: number) => `${id}-result-${index}`;
  const trimmed = query.trim();
  const open = trimmed !== '' && results.length > 0;
  const active = results.findIndex((r) => r.lead.id === activeId);

  const move = (index: number) => {
    setActiveId(results[index]?.lead.id ?? null);
    // Optional call: jsdom has no scrollIntoView.
    document.getElementById(optionId(index))?.scrollIntoView?.({ block: 'nearest' });
  };
  const pick = (leadId: string) => {
    setQuery('');
    onPick(leadId);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const count = results.length;
    if (event.key === 'ArrowDown' && open) move((active + 1) % count);
    else if (event.key === 'ArrowUp' && open) move(active <= 0 ? count - 1 : active - 1);
    else if (event.key === 'Enter' && open) {
      const result = results[Math.max(active, 0)];
      if (result) pick(result.lead.id);
    } else if (event.key === 'Escape' && query !== '') setQuery('');
    else return;
    event.preventDefault();
  };

  const empty = trimmed !== '' && results.length === 0;
  const status = empty ? (searching ? t('search_searching') : t('search_noResults', trimmed)) : '';

  return (
    <div className="lead-search">
      <label htmlFor={`${id}-input`}>{t('search_label')}</label>
      <input
        id={`${id}-input`}
        type="search"
        role="combobox"
        aria-expanded={open}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={open && active >= 0 ? optionId(active) : undefined}
        autoComplete="off"
        spellCheck={false}
        placeholder={t('search_placeholder')}
        value={query}
        onChange={(event) => setQuery(event.target.value)}
        onKeyDown={onKeyDown}
      />
      <p className="muted small" aria-live="polite">
        {status}
      </p>
      {open && (
        <div id={listId} role="listbox" aria-label={t('search_label')} className="lead-results">
          {results.map(({ lead }, index) => (
            // biome-ignore lint/a11y/useKeyWithClickEvents: the combobox input handles the keys
            <div
              key={lead.id}
              id={optionId(index)}
              role="option"
              tabIndex={-1}
              aria-selected={index === active}
              className="lead-result"
              onClick={() => pick(lead.id)}
            >
              <span className="role">{lead.name ?? t('unnamedLead')}</span> <StageBadge stage={lead.stage} />
              {(lead.title || lead.company) && (
                <div className="muted small">{[lead.title, lead.company].filter(Boolean).join(' · ')}</div>
              )}
            </div>
          ))}
        </div>
      )}
    </div>
  );
}
