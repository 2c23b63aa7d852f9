/**
 * Text normalisation for job titles: fold case and diacritics, then split the title into "segments"
 * (one role each) on separators such as `|`, `/`, `,`, `&`, ` - ` and conjunctions (and, och, en, i, și...).
 * Everything after "at"/"@"/"bij"/"på"/"bei"/"chez"/Romanian "la"/Polish "firmy" inside a segment is dropped
 * (it names the employer).
 */

// Letters that NFD does not decompose into base letter + combining mark.
const SPECIAL_LETTERS: Readonly<Record<string, string>> = {
  ł: 'l',
  Ł: 'l',
  ø: 'o',
  Ø: 'o',
  æ: 'ae',
  Æ: 'ae',
  œ: 'oe',
  Œ: 'oe',
  ß: 'ss',
  ẞ: 'ss',
  đ: 'd',
  Đ: 'd',
  ı: 'i',
  þ: 'th',
  Þ: 'th',
};
const SPECIAL_RE = /[łŁøØæÆœŒßẞđĐıþÞ]/g;
const MARKS_RE = /\p{M}+/gu;
const NON_ASCII_RE = /[^ -~]/; // anything outside printable ASCII

/** Lower-case, strip diacritics (both Romanian ş/ș and ţ/ț forms fold to s/t), map ł→l, ø→o, æ→ae, ß→ss. */
export function foldText(text: string): string {
  if (!NON_ASCII_RE.test(text)) return text.toLowerCase();
  return text
    .normalize('NFD')
    .replace(MARKS_RE, '')
    .replace(SPECIAL_RE, (c) => SPECIAL_LETTERS[c] ?? c)
    .toLowerCase();
}

// Characters that separate two roles: "CEO | Founder", "Sales/Marketing", "Head of Sales, EMEA", "CEO & Founder".
const SEPARATORS = new Set([...'|/\\,;:&+·•()[]{}'].map((c) => c.charCodeAt(0)));
const DASHES = new Set([...'-‐‑–—'].map((c) => c.charCodeAt(0)));
const SPACE = 32;
const PIPE = 124;
const isAlnum = (c: number) => (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
const isLetter = (c: number) => c >= 97 && c <= 122;
// Conjunctions between two roles: "CEO and Founder", "Ägare och VD", "Współzałożyciel i CTO", "Administrator și Fondator".
const CONJUNCTION_RE = / (?:and|och|en|und|et|i|si|y|og|oraz) /;
// The employer usually follows these words: "Sales Manager at Acme", "Säljare på Acme", "Adviseur bij Acme",
// Romanian "la" ("Contabil la SC Alfa SRL") but not French "de la" ("Directeur de la communication").
// Polish "firmy ..." describes the company ("Właściciel firmy budowlanej"), not the person's function.
const EMPLOYER_RE = /(?:^| )(?:at|bij|pa|bei|chez|firmy|w firmie|w spolce|(?<!\bde )la)(?: |$)/;

/**
 * Reduces a folded title to lower-case words separated by single spaces, with '|' between roles. A dash
 * separates roles only when spaced ("CEO - Acme"); inside a word it is a space ("Co-Founder", "IT-chef").
 * "P&O", "R&D", "L&D" become "pno", "rnd", "lnd" instead of splitting. "@" becomes " at ".
 */
function simplify(folded: string): string {
  let out = '';
  let pendingSpace = false;
  const n = folded.length;
  for (let i = 0; i < n; i++) {
    const c = folded.charCodeAt(i);
    if (isAlnum(c)) {
      if (pendingSpace && out.length > 0 && out.charCodeAt(out.length - 1) !== PIPE) out += ' ';
      pendingSpace = false;
      let end = i + 1;
      while (end < n && isAlnum(folded.charCodeAt(end))) end++;
      out += folded.slice(i, end); // a whole word at once
      i = end - 1;
    } else if (c === 38 /* & */ && isSingleLetterBefore(folded, i) && isSingleLetterAfter(folded, i)) {
      out += 'n'; // "p & o" -> "pno"
      pendingSpace = false;
      while (i + 1 < n && folded.charCodeAt(i + 1) === SPACE) i++;
    } else if (SEPARATORS.has(c) || c === 64 /* @ */) {
      out += c === 64 ? '|at ' : '|';
      pendingSpace = false;
    } else if (DASHES.has(c)) {
      const spacedBefore = i === 0 || folded.charCodeAt(i - 1) === SPACE;
      const spacedAfter = i + 1 >= n || folded.charCodeAt(i + 1) === SPACE || DASHES.has(folded.charCodeAt(i + 1));
      if (spacedBefore && spacedAfter) {
        out += '|';
        pendingSpace = false;
      } else pendingSpace = true;
    } else pendingSpace = true;
  }
  return out;
}

/** "p & o": a single letter before '&' (ignoring spaces), itself preceded by a non-letter. */
function isSingleLetterBefore(s: string, amp: number): boolean {
  let i = amp - 1;
  while (i >= 0 && s.charCodeAt(i) === SPACE) i--;
  return i >= 0 && isLetter(s.charCodeAt(i)) && (i === 0 || !isAlnum(s.charCodeAt(i - 1)));
}

function isSingleLetterAfter(s: string, amp: number): boolean {
  let i = amp + 1;
  while (i < s.length && s.charCodeAt(i) === SPACE) i++;
  return i < s.length && isLetter(s.charCodeAt(i)) && (i + 1 >= s.length || !isAlnum(s.charCodeAt(i + 1)));
}

/** Folds a title and splits it into role segments of space-separated lower-case ASCII words. */
export function toSegments(title: string): string[] {
  const segments: string[] = [];
  for (const rawPart of simplify(foldText(title)).split('|')) {
    if (rawPart.length === 0 || rawPart === ' ') continue;
    const parts = rawPart.includes(' ') ? ` ${rawPart.trim()} `.split(CONJUNCTION_RE) : [rawPart];
    for (const part of parts) {
      let segment = part.trim();
      const employer = EMPLOYER_RE.exec(segment);
      if (employer) segment = segment.slice(0, employer.index).trim();
      if (segment) segments.push(segment);
    }
  }
  return segments;
}

/** Normalises one rule pattern the same way as titles (keeps the '*' wildcards). */
export function normalizePattern(pattern: string): string {
  return foldText(pattern)
    .replace(/[^a-z0-9*]+/g, ' ')
    .trim();
}
