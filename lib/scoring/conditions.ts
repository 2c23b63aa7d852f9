import type { LeadFacts } from './leadFacts';
import type { Condition } from './model';
import { expandCountries } from './regions';

/** true, false, or undefined when the lead lacks the field the condition looks at. */
export type Truth = boolean | undefined;

export interface CompiledCondition {
  /** The lead field a missing value would have to fill: 'title', 'companySize', 'custom.plan', ... */
  field: string;
  test(facts: LeadFacts): Truth;
  /** What the lead has that the condition looked at (for a condition that held). */
  evidence(facts: LeadFacts): string;
}

type Scalar = string | number | boolean;

function same(a: Scalar, b: Scalar): boolean {
  if (typeof a === 'number' && typeof b === 'number') return a === b;
  return String(a).trim().toLowerCase() === String(b).trim().toLowerCase();
}

function asNumber(v: Scalar): number {
  if (typeof v === 'number') return v;
  return typeof v === 'string' && v.trim() !== '' ? Number(v) : Number.NaN;
}

const quote = (v: Scalar | undefined) => (typeof v === 'string' ? JSON.stringify(v) : String(v));

function fieldCondition(c: Extract<Condition, { type: 'field' }>): Omit<CompiledCondition, 'field'> {
  const value = (f: LeadFacts) => f.field(c.field);
  const evidence = (f: LeadFacts) => `${c.field} ${quote(value(f))}`;
  switch (c.op) {
    case 'equals':
      return { evidence, test: (f) => mapKnown(value(f), (v) => same(v, c.value)) };
    case 'in':
      return { evidence, test: (f) => mapKnown(value(f), (v) => c.values.some((x) => same(v, x))) };
    case 'contains': {
      const needle = c.value.toLowerCase();
      return { evidence, test: (f) => mapKnown(value(f), (v) => String(v).toLowerCase().includes(needle)) };
    }
    case 'range': {
      const min = c.min ?? Number.NEGATIVE_INFINITY;
      const max = c.max ?? Number.POSITIVE_INFINITY;
      return { evidence, test: (f) => mapKnown(value(f), (v) => asNumber(v) >= min && asNumber(v) <= max) };
    }
    case 'exists':
      return { evidence, test: (f) => value(f) !== undefined };
  }
}

function mapKnown<T>(value: T | undefined, test: (v: T) => boolean): Truth {
  return value === undefined ? undefined : test(value);
}

function baseCondition(c: Condition): CompiledCondition {
  switch (c.type) {
    case 'seniority': {
      const wanted = new Set<string>(c.in);
      return {
        field: 'title',
        test: (f) => mapKnown(f.seniority, (s) => wanted.has(s)),
        evidence: (f) => `title ${quote(f.titleText)} (${f.seniority})`,
      };
    }
    case 'department': {
      const wanted = new Set<string>(c.in);
      return {
        field: 'title',
        test: (f) => mapKnown(f.department, (d) => wanted.has(d)),
        evidence: (f) => `title ${quote(f.titleText)} (${f.department})`,
      };
    }
    case 'companySize': {
      const min = c.min ?? 0;
      const max = c.max ?? Number.POSITIVE_INFINITY;
      return {
        field: 'companySize',
        test: (f) => mapKnown(f.companySize, (n) => n >= min && n <= max),
        evidence: (f) => `company size ${f.companySize}`,
      };
    }
    case 'industry': {
      const terms = c.anyOf.map((t) => t.toLowerCase());
      return {
        field: 'industry',
        test: (f) => mapKnown(f.industryLower, (i) => terms.some((t) => i.includes(t))),
        evidence: (f) => `industry ${quote(f.industry)}`,
      };
    }
    case 'country': {
      const codes = expandCountries(c.in);
      return {
        field: 'country',
        test: (f) => mapKnown(f.country, (code) => codes.has(code)),
        evidence: (f) => `country ${f.country}`,
      };
    }
    case 'techStack': {
      const wanted = new Set(c.anyOf.map((t) => t.toLowerCase()));
      const hit = (f: LeadFacts) => f.techStack?.find((t) => wanted.has(t.trim().toLowerCase()));
      return {
        field: 'techStack',
        test: (f) => mapKnown(f.techStack, () => hit(f) !== undefined),
        evidence: (f) => {
          const item = hit(f);
          return item === undefined ? `tech stack ${f.techStack?.join(', ')}` : `tech stack includes ${item}`;
        },
      };
    }
    case 'emailDomain':
      return {
        field: 'email',
        test: (f) => mapKnown(f.emailKind, (kind) => kind === c.is),
        evidence: (f) => `email domain ${f.emailDomain} (${f.emailKind === 'free' ? 'free mail' : f.emailKind})`,
      };
    case 'field':
      return { field: c.field, ...fieldCondition(c) };
  }
}

export function compileCondition(c: Condition): CompiledCondition {
  const base = baseCondition(c);
  if (!c.negate) return base;
  return { ...base, test: (f) => mapKnown(base.test(f), (t) => !t) };
}

/** All conditions together: false if any is false, else unknown if any is unknown, else true. */
export function testAll(conditions: readonly CompiledCondition[], facts: LeadFacts): Truth {
  let result: Truth = true;
  for (const c of conditions) {
    const t = c.test(facts);
    if (t === false) return false;
    if (t === undefined) result = undefined;
  }
  return result;
}
