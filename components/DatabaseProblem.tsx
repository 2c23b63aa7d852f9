import type { DatabaseProblem as Problem } from '@/lib/db/openProblem';
import { t } from '@/lib/i18n';

const KIND_MESSAGES = {
  version: 'dbProblemVersion',
  blocked: 'dbProblemBlocked',
  upgrade: 'dbProblemUpgrade',
  other: 'dbProblemOther',
} as const;

interface Props {
  problem: Problem;
  onReload: () => void;
}

/** Shown instead of a page when the database cannot be opened: what happened, that the data is safe, what to do. */
export function DatabaseProblem({ problem, onReload }: Props) {
  return (
    <section role="alert" aria-labelledby="db-problem-heading" className="card database-problem">
      <h1 id="db-problem-heading">{t('dbProblemHeading')}</h1>
      <p>{t('dbProblemSafe')}</p>
      <p>{t(KIND_MESSAGES[problem.kind])}</p>
      <button type="button" className="primary" onClick={onReload}>
        {t('dbProblemReload')}
      </button>
      <p className="muted small">{t('dbProblemDetails', problem.detail)}</p>
    </section>
  );
}
