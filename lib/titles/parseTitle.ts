import { matchSegment, type RuleMatch } from './matcher';
import { toSegments } from './normalize';
import { type Department, type ParsedTitle, SENIORITIES, type Seniority, type TitleLanguage } from './types';

/** Position in SENIORITIES: lower is more senior. */
const RANK: ReadonlyMap<Seniority, number> = new Map(SENIORITIES.map((s, i) => [s, i]));
const rank = (s: Seniority): number => RANK.get(s) ?? SENIORITIES.length;
const MANAGER_RANK = rank('manager');
const DIRECTOR_RANK = rank('director');
/** Levels a "Junior" prefix pulls down to individual ("Junior Account Manager", "Junior Project Manager"). */
const JUNIOR_CAPPED: ReadonlySet<Seniority> = new Set(['head', 'manager', 'senior']);
/** Levels an intern word overrides ("Stagiar Avocat", "Software Engineering Intern"). */
const INTERN_OVERRIDES: ReadonlySet<Seniority> = new Set(['senior', 'individual']);

/** A role marked as past ("Ex-CEO | Consultant", "Voormalig directeur"). Ignored when other roles exist. */
const PAST_ROLE_RE =
  /^(?:ex|former|formerly|previously|voormalig|oud|fd|tidigare|byly|byla|fost|fosta|ehemalige?r?|ancien|ancienne) /;

const UNKNOWN: ParsedTitle = Object.freeze({ seniority: 'unknown', department: 'other', matched: [] });

/** Removes, in place, matches that lie inside a longer match of the same kind ("accountmanager" hides "*manager"). */
function keepOutermost(matches: RuleMatch[]): void {
  const n = matches.length;
  if (n < 2) return;
  let kept = 0;
  for (let i = 0; i < n; i++) {
    const m = matches[i] as RuleMatch;
    let inside = false;
    for (let j = 0; j < n && !inside; j++) {
      const o = matches[j] as RuleMatch;
      inside = o.segment === m.segment && o.start <= m.start && m.end <= o.end && o.end - o.start > m.end - m.start;
    }
    if (!inside) matches[kept++] = m;
  }
  matches.length = kept;
}

const levelOf = (m: RuleMatch, segments: readonly string[]): Seniority => {
  const { rule } = m;
  const text = segments[m.segment] ?? '';
  if (rule.alone && m.start === 0 && m.end === text.length) return rule.alone;
  if (rule.withOfficer && text.indexOf(' officer', m.end) >= 0) return rule.withOfficer;
  return rule.level ?? 'individual';
};

const priorityOf = (m: RuleMatch): number => m.rule.priority ?? 2;

/** Gap in characters between two matches in the same segment (0 when they touch or overlap). */
const gap = (a: RuleMatch, b: RuleMatch): number => Math.max(0, a.start - b.end, b.start - a.end);

/** Highest-priority department match (in `segment`, if given), then closest to `anchor` (if any), then earliest. */
function bestDepartment(candidates: RuleMatch[], anchor?: RuleMatch, segment?: number): RuleMatch | undefined {
  let best: RuleMatch | undefined;
  for (const m of candidates) {
    if (segment !== undefined && m.segment !== segment) continue;
    if (!best) {
      best = m;
      continue;
    }
    const dp = priorityOf(m) - priorityOf(best);
    if (dp > 0) best = m;
    else if (dp === 0 && anchor && gap(m, anchor) < gap(best, anchor)) best = m;
  }
  return best;
}

/**
 * Parses a job title into seniority and department.
 * - Multi-role titles ("CEO & Founder", "Head of Sales | Board Member"): the most senior role wins.
 * - Department comes from that role's own words; a role with none (founder, owner, board member) takes the
 *   department of the other roles ("Co-Founder & CTO" is engineering); top roles default to 'executive'.
 * Pure and allocation-light; all tables are compiled once at module load.
 */
export function parseTitle(title: string): ParsedTitle {
  const segments = toSegments(typeof title === 'string' ? title : '');
  if (segments.length === 0) return { ...UNKNOWN, matched: [] };

  const all: RuleMatch[] = [];
  for (let i = 0; i < segments.length; i++) {
    const text = segments[i] as string;
    if (segments.length > 1 && PAST_ROLE_RE.test(text)) continue;
    matchSegment(text, i, all);
  }

  let levels: RuleMatch[] = [];
  const depts: RuleMatch[] = [];
  let hasAssistant = false;
  for (const m of all) {
    if (m.rule.level !== undefined) {
      levels.push(m);
      if (m.rule.assistant) hasAssistant = true;
    }
    if (m.rule.dept !== undefined) depts.push(m);
  }
  keepOutermost(levels);
  keepOutermost(depts);
  for (const b of levels) {
    if (!b.rule.blocksDept) continue;
    for (let i = depts.length - 1; i >= 0; i--) {
      const d = depts[i] as RuleMatch;
      if (d.segment === b.segment && b.start <= d.start && d.end <= b.end) depts.splice(i, 1);
    }
  }

  // "Assistant to the Director", "VD-assistent", "Asistent Manager": the senior word is who is assisted.
  let assisted: Set<number> | undefined;
  if (hasAssistant) {
    for (const a of levels.filter((m) => m.rule.assistant)) {
      const before = levels.length;
      levels = levels.filter((m) => m === a || m.segment !== a.segment || rank(levelOf(m, segments)) > MANAGER_RANK);
      if (levels.length !== before) {
        assisted ??= new Set();
        assisted.add(a.segment);
      }
    }
  }

  let best: RuleMatch | undefined;
  let bestRank = Number.POSITIVE_INFINITY;
  for (const m of levels) {
    const r = rank(levelOf(m, segments));
    if (r < bestRank) {
      best = m;
      bestRank = r;
    }
  }

  const matched: string[] = [];
  let seniority: Seniority = best ? levelOf(best, segments) : 'individual';
  if (best) matched.push(`seniority:${best.rule.pattern}`);
  if (JUNIOR_CAPPED.has(seniority)) {
    const junior = levels.find((m) => m.rule.junior);
    if (junior) {
      seniority = 'individual';
      matched.push(`seniority:${junior.rule.pattern}`);
    }
  }
  if (INTERN_OVERRIDES.has(seniority)) {
    const intern = levels.find((m) => m.rule.level === 'intern');
    if (intern) {
      seniority = 'intern';
      matched.push(`seniority:${intern.rule.pattern}`);
    }
  }

  let department: Department = 'other';
  let deptMatch: RuleMatch | undefined;
  if (!best) {
    deptMatch = bestDepartment(depts);
    if (deptMatch?.rule.dept) department = deptMatch.rule.dept;
  } else {
    const anchor = best;
    deptMatch = bestDepartment(depts, anchor, anchor.segment);
    // A neighbouring segment with no role of its own qualifies this role ("Vice President, Human Resources").
    deptMatch ??= qualifierDepartment(anchor, levels, depts, segments.length);
    if (deptMatch?.rule.dept) department = deptMatch.rule.dept;
    else if (anchor.rule.fallbackDept) {
      department = anchor.rule.fallbackDept;
      deptMatch = anchor;
    } else {
      const found = fromOtherRoles(anchor, levels, depts, segments.length);
      if (found) {
        department = found.department;
        deptMatch = found.match;
      } else if (assisted?.has(anchor.segment)) department = 'operations';
      else if (bestRank <= DIRECTOR_RANK) department = 'executive';
    }
  }
  if (deptMatch) matched.push(`department:${deptMatch.rule.pattern}`);

  const result: ParsedTitle = { seniority, department, matched };
  const language = languageOf(best) ?? languageOf(deptMatch);
  if (language) result.language = language;
  return result;
}

/** Department named in the segment right after (or before) the anchor's, if that segment holds no role. */
function qualifierDepartment(
  anchor: RuleMatch,
  levels: RuleMatch[],
  depts: RuleMatch[],
  segmentCount: number,
): RuleMatch | undefined {
  for (const segment of [anchor.segment + 1, anchor.segment - 1]) {
    if (segment < 0 || segment >= segmentCount || levels.some((m) => m.segment === segment)) continue;
    const named = bestDepartment(depts, undefined, segment);
    if (named && priorityOf(named) >= 2) return named; // weak words ("Owner/Operator") do not qualify
  }
  return undefined;
}

/** Department for a role that names none (founder, board member): the nearest other role that does. */
function fromOtherRoles(
  anchor: RuleMatch,
  levels: RuleMatch[],
  depts: RuleMatch[],
  segmentCount: number,
): { department: Department; match: RuleMatch } | undefined {
  for (let distance = 0; distance < segmentCount; distance++) {
    for (const segment of distance === 0 ? [anchor.segment] : [anchor.segment - distance, anchor.segment + distance]) {
      if (segment < 0 || segment >= segmentCount) continue;
      const named = distance === 0 ? undefined : bestDepartment(depts, undefined, segment);
      if (named?.rule.dept && priorityOf(named) >= 2) return { department: named.rule.dept, match: named };
      const role = levels.find((m) => m !== anchor && m.segment === segment && m.rule.fallbackDept);
      if (role?.rule.fallbackDept) return { department: role.rule.fallbackDept, match: role };
    }
  }
  return undefined;
}

/** The language of the table whose rule decided the result (a hint, not language detection). */
function languageOf(m: RuleMatch | undefined): TitleLanguage | undefined {
  const language = m?.rule.language;
  return language && language !== 'common' ? language : undefined;
}
