import { isRoleInbox } from './emailKey';

/**
 * "Possibly the same person": name and company compared loosely, for a person to confirm. Never
 * used to merge on its own. A candidate needs the same company (legal suffixes aside) AND a name
 * that matches; the same name at another company, or another person at the same company, is
 * no candidate. Neither is a pair with two different LinkedIn profiles (two people who share a
 * name at a large company), a "company" that is no employer ("Self-employed", "Freelance"), a
 * "name" that is a shared inbox ("Info Acme", "Sales Team") nor a pair a person already said are
 * not the same.
 */

/** Why two leads may be one person, strongest first; each has a sentence in the UI (match_<reason>). */
export type MatchReason = 'same-name' | 'middle-name' | 'initial';

export interface MatchCandidate {
  leadId: string;
  reason: MatchReason;
}

/** The parts of a lead the comparison reads. */
export interface MatchableLead {
  id: string;
  name?: string;
  company?: string;
  identityKeys: readonly string[];
}

/** Letters NFD does not take apart (ł, ø, æ, ß, đ, ı). */
const FOLDED: Record<string, string> = { ł: 'l', ø: 'o', æ: 'ae', œ: 'oe', ß: 'ss', đ: 'd', ı: 'i', þ: 'th' };

/** Lower case, no diacritics (ș ş ț ţ ą ę ö å ...), punctuation as spaces, single spaces. */
export function foldText(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[łøæœßđıþ]/g, (c) => FOLDED[c] ?? c)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Surname particles, dropped so "Jan van der Berg", "Jan Berg" and "Jan Van Der Berg" compare equal. */
const PARTICLES = new Set([
  'van',
  'der',
  'den',
  'de',
  'het',
  't',
  'ter',
  'ten',
  'te',
  'von',
  'zu',
  'af',
  'av',
  'di',
  'da',
  'del',
  'della',
  'dos',
  'das',
  'do',
  'du',
  'la',
  'le',
]);

/** Titles and degrees around names on LinkedIn and in CRMs ("Dr. Jan de Vries, MBA"). */
const HONORIFICS = new Set([
  'dr',
  'prof',
  'ing',
  'ir',
  'drs',
  'mr',
  'mrs',
  'ms',
  'dhr',
  'mevr',
  'herr',
  'frau',
  'pan',
  'pani',
  'mba',
  'phd',
  'msc',
  'bsc',
  'cpa',
  'cfa',
  'pmp',
  'jr',
  'sr',
  'ii',
  'iii',
]);

/** A name as tokens: folded, without "(nickname)", particles and titles; first and last kept in order. */
export function nameTokens(name: string): string[] {
  const withoutAsides = name.replace(/\([^)]*\)|"[^"]*"|“[^”]*”/g, ' ');
  return foldText(withoutAsides)
    .split(' ')
    .filter((token) => token !== '' && !PARTICLES.has(token) && !HONORIFICS.has(token));
}

/** Legal forms, as folded token runs ("Sp. z o.o." folds to "sp z o o"). */
const LEGAL_FORMS = [
  'sp z o o',
  'spolka z o o',
  'sp k',
  's r l',
  's a',
  'b v',
  'n v',
  'bv',
  'nv',
  'vof',
  'ab',
  'publ',
  'sa',
  'srl',
  'gmbh',
  'ag',
  'kg',
  'ltd',
  'limited',
  'inc',
  'incorporated',
  'llc',
  'plc',
  'corp',
  'corporation',
  'co',
  'oy',
  'oyj',
  'as',
  'asa',
  'aps',
  'sas',
  'sarl',
  'spa',
  'pty',
].map((form) => form.split(' '));

/** A company name without its legal form: "Polskie Okna Sp. z o.o." and "POLSKIE OKNA" compare equal. */
export function normalizeCompany(company: string): string {
  const tokens = foldText(company).split(' ').filter(Boolean);
  let changed = true;
  // Legal forms stand at the end; strip them repeatedly ("Acme Holding B.V. (publ)" has two).
  while (changed && tokens.length > 1) {
    changed = false;
    for (const form of LEGAL_FORMS) {
      if (form.length >= tokens.length) continue;
      const tail = tokens.slice(tokens.length - form.length);
      if (tail.every((token, i) => token === form[i])) {
        tokens.splice(tokens.length - form.length);
        changed = true;
        break;
      }
    }
  }
  return tokens.join(' ');
}

/** What people put in the company field when they have no employer to share. */
const NO_EMPLOYER = new Set([
  'self employed',
  'selfemployed',
  'freelance',
  'freelancer',
  'independent',
  'independent consultant',
  'zzp',
  'zzp er',
  'zelfstandig',
  'zelfstandige',
  'zelfstandig ondernemer',
  'egen foretagare',
  'egenforetagare',
  'frilans',
  'samozatrudniony',
  'samozatrudniona',
  'wlasna dzialalnosc',
  'pfa',
  'liber profesionist',
  'student',
  'retired',
  'confidential',
  'stealth',
]);

/** How two names match, or null: all tokens, first and last (middle names aside), or an initial and the last. */
export function compareNames(a: string, b: string): MatchReason | null {
  const x = nameTokens(a);
  const y = nameTokens(b);
  if (x.length < 2 || y.length < 2) return null;
  if (x.join(' ') === y.join(' ')) return 'same-name';
  const [firstX, lastX] = [x[0] ?? '', x.at(-1) ?? ''];
  const [firstY, lastY] = [y[0] ?? '', y.at(-1) ?? ''];
  if (lastX !== lastY) return null;
  if (firstX === firstY) return 'middle-name';
  const initialOf = (initial: string, full: string) => initial.length === 1 && full.length > 1 && full[0] === initial;
  if (initialOf(firstX, firstY) || initialOf(firstY, firstX)) return 'initial';
  return null;
}

/** A "name" that is a shared inbox or a team ("Info Acme", "Sales Team", "no-reply"). */
function isRoleName(name: string): boolean {
  const [first] = foldText(name).split(' ');
  return first === undefined || first === '' || isRoleInbox(first) || name.includes('@');
}

/** The LinkedIn profile keys of a lead (one person has one profile). */
const profileKeys = (lead: MatchableLead) => lead.identityKeys.filter((key) => key.startsWith('linkedin:in/'));

/** The unordered pair key under which a "not the same person" answer is kept. */
export function pairKey(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}

/**
 * Leads that may be the same person as `lead`, strongest reason first. `dismissed` holds the
 * pairKey of every pair a person said are not the same.
 */
export function findMatchCandidates(
  lead: MatchableLead,
  others: readonly MatchableLead[],
  dismissed: ReadonlySet<string>,
): MatchCandidate[] {
  if (!lead.name || !lead.company || isRoleName(lead.name)) return [];
  const company = normalizeCompany(lead.company);
  if (company === '' || NO_EMPLOYER.has(company)) return [];
  const ownProfiles = profileKeys(lead);
  const found: MatchCandidate[] = [];
  for (const other of others) {
    if (other.id === lead.id || !other.name || !other.company || isRoleName(other.name)) continue;
    if (dismissed.has(pairKey(lead.id, other.id))) continue;
    if (normalizeCompany(other.company) !== company) continue;
    const otherProfiles = profileKeys(other);
    if (ownProfiles.length > 0 && otherProfiles.length > 0 && !ownProfiles.some((k) => otherProfiles.includes(k))) {
      continue;
    }
    const reason = compareNames(lead.name, other.name);
    if (reason) found.push({ leadId: other.id, reason });
  }
  const strength: Record<MatchReason, number> = { 'same-name': 0, 'middle-name': 1, initial: 2 };
  return found.sort((p, q) => strength[p.reason] - strength[q.reason]);
}

/**
 * Index prefixes under which another lead at the same company is stored: the company's first
 * word as written and without diacritics ("Ștefan Tech SRL" -> "Ștefan", "Stefan"). Matching
 * needs equal companies (findMatchCandidates), so a caller can read only the leads whose company
 * starts with one of these instead of every lead. A company written with diacritics elsewhere
 * while this lead's has none is not found this way: the price of not reading 100,000 leads.
 */
export function companyPrefixes(company: string | undefined): string[] {
  const first = company?.trim().split(/\s+/)[0] ?? '';
  if (first === '') return [];
  const folded = first.normalize('NFD').replace(/\p{M}/gu, '');
  return [...new Set([first, folded])];
}
