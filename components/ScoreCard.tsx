import type { StoredScore } from '@/lib/db/records';
import { t } from '@/lib/i18n';
import { relativeDays, signedPoints } from '@/lib/i18n/format';
import type { Contribution, ScoreResult } from '@/lib/scoring';

interface Props {
  score: StoredScore | undefined;
  explanation: ScoreResult | undefined;
  now: Date;
}

/** "Pricing page visit 12 days ago" with "(was +50)" when decay took points off. */
function ContributionLine({ c, now }: { c: Contribution; now: Date }) {
  const decayed = c.decayedFrom !== undefined && c.decayedFrom !== c.points;
  return (
    <li>
      <span>
        {c.label}
        {c.at && <span className="muted"> · {relativeDays(c.at, now)}</span>}
        {c.kind === 'fit' && c.evidence && <span className="muted small"> · {c.evidence}</span>}
      </span>
      <span className={c.points < 0 ? 'points negative' : 'points'}>
        {signedPoints(c.points)}
        {decayed && <span className="muted small"> ({t('wasPoints', signedPoints(c.decayedFrom ?? 0))})</span>}
      </span>
    </li>
  );
}

/** Fit, engagement, total and grade cell, and the contributions behind them. */
export function ScoreCard({ score, explanation, now }: Props) {
  if (!score) return <p className="muted">{t('scoreUnscored')}</p>;
  const figures: [string, string | number][] = [
    [t('scoreFit'), score.fit],
    [t('scoreEngagement'), score.engagement],
    [t('scoreTotal'), score.total],
    [t('scoreCell'), score.cell],
  ];
  return (
    <section aria-labelledby="score-heading" className="card">
      <h2 id="score-heading">{t('scoreHeading')}</h2>
      <dl className="figures">
        {figures.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {explanation && explanation.knockouts.length > 0 && (
        <p className="knockout">{t('knockedOut', explanation.knockouts.map((k) => k.reason).join('; '))}</p>
      )}
      {explanation && explanation.contributions.length > 0 && (
        <>
          <h3>{t('reasonsHeading')}</h3>
          <ul className="contributions">
            {explanation.contributions.map((c) => (
              <ContributionLine key={`${c.kind}:${c.ruleId}:${c.at ?? ''}:${c.evidence}`} c={c} now={now} />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
