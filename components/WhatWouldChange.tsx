import { t } from '@/lib/i18n';
import type { ChangeItem } from '@/lib/scoring';

/** The smallest facts or actions that would move the lead to the next stage, from the scoring engine. */
export function WhatWouldChange({ items }: { items: ChangeItem[] }) {
  if (items.length === 0) return null;
  return (
    <section aria-labelledby="change-heading" className="card">
      <h2 id="change-heading">{t('whatWouldChangeHeading')}</h2>
      <ul className="changes">
        {items.slice(0, 5).map((item) => (
          <li key={`${item.kind}:${item.ruleId}`} className={item.reachesNext ? 'reaches' : undefined}>
            {item.text}
          </li>
        ))}
      </ul>
    </section>
  );
}
