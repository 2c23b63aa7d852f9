import type { StoredScore } from '@/lib/db/records';
import { t } from '@/lib/i18n';
import type { ScoreResult } from '@/lib/scoring';

interface Props {
  score: StoredScore | undefined;
  explanation: ScoreResult | undefined;
}

function signed(points: number): string {
  return points > 0 ? `+${points}` : String(points);
}

/** Fit, engagement, total and grade cell, and the contributions behind them. */
export function ScoreCard({ score, explanation }: Props) {
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
              <li key={`${c.kind}:${c.ruleId}:${c.at ?? ''}:${c.evidence}`}>
                <span>{c.label}</span>
                <span className={c.points < 0 ? 'points negative' : 'points'}>{signed(c.points)}</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
