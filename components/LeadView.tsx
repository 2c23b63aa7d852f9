import type { LeadRecord, StageName } from '@/lib/db/records';
import type { ScoreResult } from '@/lib/scoring';
import { LeadHeader } from './LeadHeader';
import { ScoreCard } from './ScoreCard';
import { StageChanger } from './StageChanger';
import { StageHistory } from './StageHistory';

interface Props {
  lead: LeadRecord;
  explanation: ScoreResult | undefined;
  now: Date;
  onStageChange: (stage: StageName, reason: string) => Promise<void>;
}

/** Everything about one lead: who, stage, score and its reasons, stage history. */
export function LeadView({ lead, explanation, now, onStageChange }: Props) {
  return (
    <article className="lead-view">
      <LeadHeader lead={lead} />
      <StageChanger current={lead.stage} onChange={onStageChange} />
      <ScoreCard score={lead.score} explanation={explanation} now={now} />
      <StageHistory history={lead.stageHistory} />
    </article>
  );
}
