import { DEPARTMENT_RULES } from './departmentRules';
import { normalizePattern } from './normalize';
import type { RuleLanguage, TitleRule } from './rule';
import { SENIORITY_RULES } from './seniorityRules';

/** A rule ready for matching: its literal text and whether word boundaries are required on each side. */
export interface CompiledRule extends TitleRule {
  language: RuleLanguage;
  literal: string;
  /** May start inside a word ("*chef"). */
  openStart: boolean;
  /** May end inside a word ("inkoop*"). */
  openEnd: boolean;
}

export interface RuleMatch {
  rule: CompiledRule;
  segment: number;
  start: number;
  end: number;
}

// Normalised text only contains ' ' (32), '0'-'9' and 'a'-'z' (up to 122): children are indexed by char code.
const ALPHABET_SIZE = 123;

interface TrieNode {
  next: (TrieNode | undefined)[];
  rules: CompiledRule[];
}

const newNode = (): TrieNode => ({ next: new Array<TrieNode | undefined>(ALPHABET_SIZE).fill(undefined), rules: [] });

function insert(root: TrieNode, rule: CompiledRule, key: string): void {
  let node = root;
  for (let i = 0; i < key.length; i++) {
    const code = key.charCodeAt(i);
    let child = node.next[code];
    if (!child) {
      child = newNode();
      node.next[code] = child;
    }
    node = child;
  }
  node.rules.push(rule);
}

function compile(language: RuleLanguage, rule: TitleRule): CompiledRule {
  const normalized = normalizePattern(rule.pattern);
  const openStart = normalized.startsWith('*');
  const openEnd = normalized.endsWith('*');
  const literal = normalized.replace(/^\*|\*$/g, '').trim();
  if (!literal || /[^a-z0-9 ]/.test(literal) || literal.includes('  ') || (openStart && openEnd)) {
    throw new Error(`Invalid title rule pattern: ${JSON.stringify(rule.pattern)}`);
  }
  return { ...rule, language, literal, openStart, openEnd };
}

/** All rules, compiled once at module load. */
export const COMPILED_RULES: readonly CompiledRule[] = [SENIORITY_RULES, DEPARTMENT_RULES].flatMap((table) =>
  (Object.keys(table) as RuleLanguage[]).flatMap((language) => table[language].map((r) => compile(language, r))),
);

// Two tries. Rules anchored at a word start ("hoofd", "inkoop*") are walked forwards from each word start;
// word-ending rules ("*chef") are stored reversed and walked backwards from each word end. Together they
// find every match with one short walk per word boundary instead of one per character.
const FORWARD = newNode();
const BACKWARD = newNode();
for (const rule of COMPILED_RULES) {
  if (rule.openStart) insert(BACKWARD, rule, [...rule.literal].reverse().join(''));
  else insert(FORWARD, rule, rule.literal);
}

const SPACE = 32;

const byPosition = (a: RuleMatch, b: RuleMatch) => a.start - b.start || a.end - b.end;

/** Appends every rule match in `text` (one normalised segment) to `out`, in order of position. */
export function matchSegment(text: string, segment: number, out: RuleMatch[]): void {
  const length = text.length;
  const first = out.length;
  for (let start = 0; start < length; start++) {
    const wordStart = start === 0 || text.charCodeAt(start - 1) === SPACE;
    if (wordStart && text.charCodeAt(start) !== SPACE) walkForward(text, start, segment, out);
    const wordEnd = start + 1 === length || text.charCodeAt(start + 1) === SPACE;
    if (wordEnd && text.charCodeAt(start) !== SPACE) walkBackward(text, start + 1, segment, out);
  }
  // Backward matches can start before earlier forward ones: restore position order (rarely needed).
  for (let i = first + 1; i < out.length; i++) {
    if (byPosition(out[i - 1] as RuleMatch, out[i] as RuleMatch) > 0) {
      const mine = out.splice(first).sort(byPosition);
      for (const m of mine) out.push(m);
      break;
    }
  }
}

function walkForward(text: string, start: number, segment: number, out: RuleMatch[]): void {
  const length = text.length;
  let node: TrieNode | undefined = FORWARD;
  for (let i = start; i < length; i++) {
    const code = text.charCodeAt(i);
    node = code < ALPHABET_SIZE ? node.next[code] : undefined;
    if (!node) return;
    if (node.rules.length === 0) continue;
    const end = i + 1;
    const atWordEnd = end === length || text.charCodeAt(end) === SPACE;
    for (const rule of node.rules) {
      if (!atWordEnd && !rule.openEnd) continue;
      if (rule.segmentStart && start !== 0) continue;
      out.push({ rule, segment, start, end });
    }
  }
}

/** Word-ending rules: may start anywhere, must end at `end` (a word end). */
function walkBackward(text: string, end: number, segment: number, out: RuleMatch[]): void {
  let node: TrieNode | undefined = BACKWARD;
  for (let i = end - 1; i >= 0; i--) {
    const code = text.charCodeAt(i);
    node = code < ALPHABET_SIZE ? node.next[code] : undefined;
    if (!node) return;
    for (const rule of node.rules) {
      if (rule.segmentStart && i !== 0) continue;
      out.push({ rule, segment, start: i, end });
    }
  }
}
