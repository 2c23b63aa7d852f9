import { describe, expect, it } from 'vitest';
import { defaultModel, type ScoringModel, scoreLead } from '../scoring';
import { activitiesBefore, extractSamples, featureSpecs } from './features';
import { project, rawSums } from './project';
import { applySuggestions, type RuleSuggestion } from './suggest';
import { syntheticHistory, TRUE_POINTS } from './testSupport';

const history = syntheticHistory(2000, 11);
const { specs, samples } = extractSamples(defaultModel, history.leads, history.outcomes);
const leads = new Map(history.leads.map((l) => [l.id, l]));

/** How many samples the projection under `points` scores other than scoreLead under `model`. */
function mismatches(model: ScoringModel, points: readonly number[]): number {
  return samples.filter((sample) => {
    const lead = leads.get(sample.leadId);
    if (!lead) return true;
    const exact = scoreLead(lead.lead, activitiesBefore(lead.activities, sample.at), model, new Date(sample.at));
    const projected = project(sample, rawSums(sample, specs, points), model.thresholds);
    return projected.fit !== exact.fit || projected.engagement !== exact.engagement || projected.stage !== exact.stage;
  }).length;
}

describe('project', () => {
  it('reproduces scoreLead from the rule hits under the current points', () => {
    expect(
      mismatches(
        defaultModel,
        featureSpecs(defaultModel).map((s) => s.points),
      ),
    ).toBe(0);
  });

  it('reproduces scoreLead of the model with new points, caps scaled along', () => {
    // The true points, with signs flipped both ways (email-open to -3, webinar-registration to -5).
    const points = specs.map(
      (s) => ({ 'email-open': -3, 'webinar-registration': -5 })[s.ruleId] ?? TRUE_POINTS[s.ruleId] ?? s.points,
    );
    const suggestions = specs.map((s, j) => ({ ruleId: s.ruleId, suggestedPoints: points[j] }) as RuleSuggestion);
    const { model } = applySuggestions(
      defaultModel,
      suggestions,
      specs.map((s) => s.ruleId),
    );
    expect(mismatches(model, points)).toBe(0);
  });
});
