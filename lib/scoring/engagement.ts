import type { CompiledEngagementRule, CompiledModel } from './compile';
import { hasCanonicalIsoShape, toMillis, utcDay } from './time';
import type { Contribution, IgnoredActivity, IgnoredReason, ScorableActivity } from './types';

/** A dated activity with a rule; `points` and `exact` are set once it counts. */
interface Item {
  activity: ScorableActivity;
  compiled: CompiledEngagementRule;
  ms: number;
  key: string | undefined;
  index: number;
  duplicate: boolean;
  counted: boolean;
  /** Points before decay, after caps (signed). */
  points: number;
  /** Points after decay, before rounding. */
  exact: number;
  note: string;
}

type Ignore = (activity: ScorableActivity, ms: number, reason: IgnoredReason) => void;

/** What a rule has used so far, walking from the newest activity back. */
interface RuleUse {
  day: number;
  today: number;
  total: number;
  scored: boolean;
}

export interface EngagementOutcome {
  /** Chronological; whole points adding up to the rounded sum of the exact decayed points. */
  contributions: Contribution[];
  /** Chronological (undated first), so the order of the input never shows. */
  ignored: IgnoredActivity[];
}

const MAX_DETAIL = 80;

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function byTimeThenTypeThenKey(a: Item, b: Item): number {
  return (
    a.ms - b.ms ||
    compareText(a.activity.type, b.activity.type) ||
    compareText(a.key ?? '', b.key ?? '') ||
    a.index - b.index
  );
}

function byIgnoredOrder(a: IgnoredActivity, b: IgnoredActivity): number {
  return compareText(a.at ?? '', b.at ?? '') || compareText(a.type, b.type) || compareText(a.reason, b.reason);
}

/** The activity's time as ISO 8601, reusing the given string when it already has that shape. */
function isoOf(activity: ScorableActivity, ms: number): string {
  return typeof activity.at === 'string' && hasCanonicalIsoShape(activity.at)
    ? activity.at
    : new Date(ms).toISOString();
}

function keyOf(a: ScorableActivity): string | undefined {
  const key = a.dedupeKey ?? a.id;
  return typeof key === 'string' && key !== '' ? key : undefined;
}

/** Keys seen so far: a list while short (cheaper than hashing), a set once long. */
class SeenKeys {
  private list: string[] = [];
  private set: Set<string> | undefined;

  /** True when the key was seen before; remembers it otherwise. */
  check(key: string): boolean {
    if (this.set) return this.set.size === this.set.add(key).size;
    if (this.list.includes(key)) return true;
    this.list.push(key);
    if (this.list.length > 32) this.set = new Set(this.list);
    return false;
  }
}

/**
 * Scores activities: drops duplicates (the earliest of a dedupe key stays), then walks from the newest
 * back applying the repeat rule and the caps per UTC day and in total, then decays.
 */
export function scoreEngagement(activities: unknown, compiled: CompiledModel, nowMs: number): EngagementOutcome {
  const ignored: IgnoredActivity[] = [];
  const ignore: Ignore = (activity, ms, reason) => {
    ignored.push({ type: activity.type, at: Number.isNaN(ms) ? undefined : isoOf(activity, ms), reason });
  };
  const items = datedItems(activities, compiled, nowMs, ignore);
  markDuplicates(items, ignore);
  const uses = new Map<CompiledEngagementRule, RuleUse>();
  for (let i = items.length - 1; i >= 0; i--) {
    const item = items[i] as Item;
    if (item.duplicate) continue;
    let use = uses.get(item.compiled);
    if (!use) {
      use = { day: Number.NaN, today: 0, total: 0, scored: false };
      uses.set(item.compiled, use);
    }
    const reason = countItem(item, use, nowMs);
    if (reason) ignore(item.activity, item.ms, reason);
  }
  // Cumulative rounding: each contribution is the step between rounded running sums, so the whole
  // points add up exactly to the rounded total and each is its exact value's floor or ceiling.
  const contributions: Contribution[] = [];
  let sum = 0;
  let rounded = 0;
  for (const item of items) {
    if (!item.counted) continue;
    sum += item.exact;
    const next = Math.floor(sum + 0.5);
    contributions.push(toContribution(item, next - rounded, nowMs));
    rounded = next;
  }
  return { contributions, ignored: ignored.sort(byIgnoredOrder) };
}

/** Activities with a rule and a valid date, chronological; the rest are reported as ignored. */
function datedItems(activities: unknown, compiled: CompiledModel, nowMs: number, ignore: Ignore): Item[] {
  const items: Item[] = [];
  const list: unknown[] = Array.isArray(activities) ? activities : [];
  let sorted = true;
  for (let index = 0; index < list.length; index++) {
    const raw = list[index];
    if (!raw || typeof raw !== 'object' || typeof (raw as ScorableActivity).type !== 'string') continue;
    const activity = raw as ScorableActivity;
    const ms = toMillis(activity.at);
    const rule = compiled.engagementByType.get(activity.type);
    if (!rule) ignore(activity, ms, 'no-rule');
    else if (Number.isNaN(ms) || Number.isNaN(nowMs)) ignore(activity, ms, 'bad-date');
    else {
      const item: Item = {
        activity,
        compiled: rule,
        ms,
        key: keyOf(activity),
        index,
        duplicate: false,
        counted: false,
        points: 0,
        exact: 0,
        note: '',
      };
      const previous = items[items.length - 1];
      if (previous && byTimeThenTypeThenKey(previous, item) > 0) sorted = false;
      items.push(item);
    }
  }
  if (!sorted) items.sort(byTimeThenTypeThenKey);
  return items;
}

function markDuplicates(items: readonly Item[], ignore: Ignore): void {
  const seen = new SeenKeys();
  for (const item of items) {
    if (item.key === undefined || !seen.check(item.key)) continue;
    item.duplicate = true;
    ignore(item.activity, item.ms, 'duplicate');
  }
}

/**
 * Counts an item (newer items of its rule already counted) or says why not. 'first' rules score once,
 * dated by the latest occurrence: a repeat refreshes interest without adding points.
 */
function countItem(item: Item, use: RuleUse, nowMs: number): IgnoredReason | undefined {
  const { rule, decay } = item.compiled;
  const size = Math.abs(rule.points);
  const perDay = rule.capPerDay ?? Number.POSITIVE_INFINITY;
  const total = rule.capTotal ?? Number.POSITIVE_INFINITY;
  if (rule.repeat === 'first' && use.scored) return 'repeat';
  const day = utcDay(item.ms);
  if (day !== use.day) {
    use.day = day;
    use.today = 0;
  }
  const dayAmount = Math.min(size, perDay - use.today);
  if (size > 0 && dayAmount <= 0) return 'cap-per-day';
  const amount = Math.min(dayAmount, total - use.total);
  if (size > 0 && amount <= 0) return 'cap-total';
  use.today += dayAmount;
  use.total += amount;
  use.scored = true;
  const sign = Math.sign(rule.points);
  item.counted = true;
  item.points = sign * amount + 0;
  item.exact = sign > 0 ? item.points * decay(nowMs - Math.min(item.ms, nowMs)) : item.points;
  if (amount < size) {
    item.note = dayAmount < size ? `; capped at ${rule.capPerDay} a day` : `; capped at ${rule.capTotal} in all`;
  }
  return undefined;
}

function toContribution(item: Item, points: number, nowMs: number): Contribution {
  const { activity, compiled, ms } = item;
  const at = isoOf(activity, ms);
  const detail =
    typeof activity.detail === 'string' && activity.detail.trim() !== ''
      ? ` (${activity.detail.trim().slice(0, MAX_DETAIL)})`
      : '';
  const future = ms > nowMs ? '; future-dated, counted as now' : '';
  const expired = item.exact === 0 && item.points > 0 ? '; outside the decay window' : '';
  return {
    ruleId: compiled.rule.id,
    kind: 'engagement',
    label: compiled.rule.label,
    points,
    evidence: `${activity.type} on ${at.slice(0, 10)}${detail}${item.note}${future}${expired}`,
    decayedFrom: item.points,
    at,
  };
}
