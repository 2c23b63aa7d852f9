import { type Department, parseTitle, type Seniority } from '../titles';
import type { ScorableLead } from './types';

export type EmailKind = 'free' | 'competitor' | 'corporate';

/** Tells free mail and competitor domains apart; a subdomain counts as its parent (mail.acme.com). */
export interface DomainClassifier {
  free: ReadonlySet<string>;
  competitor: ReadonlySet<string>;
}

const TITLE_CACHE_LIMIT = 10_000;
const titleCache = new Map<string, { seniority: Seniority; department: Department }>();

/** parseTitle is pure, so memoising it changes nothing but speed (titles repeat a lot). */
function parseTitleCached(title: string): { seniority: Seniority; department: Department } {
  let parsed = titleCache.get(title);
  if (!parsed) {
    const { seniority, department } = parseTitle(title);
    parsed = { seniority, department };
    if (titleCache.size >= TITLE_CACHE_LIMIT) titleCache.clear();
    titleCache.set(title, parsed);
  }
  return parsed;
}

function text(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

function inDomainSet(domain: string, set: ReadonlySet<string>): boolean {
  for (let d = domain; ; ) {
    if (set.has(d)) return true;
    const dot = d.indexOf('.');
    if (dot < 0 || d.indexOf('.', dot + 1) < 0) return false;
    d = d.slice(dot + 1);
  }
}

/** The lead's facts, normalised once; the costlier ones derived lazily (a model may not need them). */
export class LeadFacts {
  /** The title, or the headline when there is no title. */
  readonly titleText: string | undefined;
  readonly companySize: number | undefined;
  readonly industry: string | undefined;
  readonly industryLower: string | undefined;
  /** Upper-case ISO alpha-2. */
  readonly country: string | undefined;
  private parsedTitle?: { seniority: Seniority; department: Department } | null;
  private stack?: string[] | null;
  private domain?: string | null;
  private kind?: EmailKind | null;

  constructor(
    readonly lead: ScorableLead,
    private readonly domains: DomainClassifier,
  ) {
    this.titleText = text(lead.title) ?? text(lead.headline);
    const size = lead.companySize;
    this.companySize = typeof size === 'number' && Number.isFinite(size) && size >= 0 ? size : undefined;
    this.industry = text(lead.industry);
    this.industryLower = this.industry?.toLowerCase();
    const country = text(lead.country);
    this.country = country && /^[A-Za-z]{2}$/.test(country) ? country.toUpperCase() : undefined;
  }

  private get title(): { seniority: Seniority; department: Department } | undefined {
    if (this.parsedTitle === undefined) {
      this.parsedTitle = this.titleText === undefined ? null : parseTitleCached(this.titleText);
    }
    return this.parsedTitle ?? undefined;
  }

  get seniority(): Seniority | undefined {
    const s = this.title?.seniority;
    return s === 'unknown' ? undefined : s;
  }

  get department(): Department | undefined {
    return this.title?.department;
  }

  /** Non-blank items, or undefined for none. */
  get techStack(): string[] | undefined {
    if (this.stack === undefined) {
      const stack: unknown = this.lead.techStack;
      const items = Array.isArray(stack)
        ? stack.filter((s): s is string => typeof s === 'string' && s.trim() !== '')
        : [];
      this.stack = items.length > 0 ? items : null;
    }
    return this.stack ?? undefined;
  }

  get emailDomain(): string | undefined {
    if (this.domain === undefined) {
      const email = text(this.lead.email)?.toLowerCase();
      const at = email ? email.lastIndexOf('@') : -1;
      const d = email && at > 0 ? email.slice(at + 1) : '';
      this.domain = /^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(d) ? d : null;
    }
    return this.domain ?? undefined;
  }

  get emailKind(): EmailKind | undefined {
    if (this.kind === undefined) {
      const d = this.emailDomain;
      if (d === undefined) this.kind = null;
      else if (inDomainSet(d, this.domains.competitor)) this.kind = 'competitor';
      else this.kind = inDomainSet(d, this.domains.free) ? 'free' : 'corporate';
    }
    return this.kind ?? undefined;
  }

  /** A lead field or custom.<key>; blank strings and odd types read as missing. */
  field(name: string): string | number | boolean | undefined {
    const raw: unknown = name.startsWith('custom.')
      ? safeCustom(this.lead.custom, name.slice(7))
      : (this.lead as Record<string, unknown>)[name];
    if (typeof raw === 'string') return text(raw);
    if (typeof raw === 'number') return Number.isFinite(raw) ? raw : undefined;
    return typeof raw === 'boolean' ? raw : undefined;
  }
}

function safeCustom(custom: unknown, key: string): unknown {
  return custom && typeof custom === 'object' && Object.hasOwn(custom, key)
    ? (custom as Record<string, unknown>)[key]
    : undefined;
}
