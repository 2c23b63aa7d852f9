import { parseTitle } from './parseTitle';
import type { Department, Seniority } from './types';

export interface LabelledTitle {
  title: string;
  language: string;
  seniority: Seniority;
  department: Department;
}

export interface Misclassified extends LabelledTitle {
  got: { seniority: Seniority; department: Department };
}

export interface TitleAccuracy {
  language: string;
  n: number;
  /** Share (0..1) of titles whose seniority matches the label. */
  seniorityAccuracy: number;
  /** Share (0..1) of titles whose department matches the label. */
  departmentAccuracy: number;
  /** Titles where seniority or department differs from the label. */
  misclassified: Misclassified[];
}

/** Per-language accuracy of parseTitle on a labelled set, in order of first appearance of each language. Pure. */
export function measureTitleAccuracy(labelled: readonly LabelledTitle[]): TitleAccuracy[] {
  const byLanguage = new Map<string, { n: number; seniority: number; department: number; wrong: Misclassified[] }>();
  for (const item of labelled) {
    let stats = byLanguage.get(item.language);
    if (!stats) {
      stats = { n: 0, seniority: 0, department: 0, wrong: [] };
      byLanguage.set(item.language, stats);
    }
    const got = parseTitle(item.title);
    stats.n++;
    if (got.seniority === item.seniority) stats.seniority++;
    if (got.department === item.department) stats.department++;
    if (got.seniority !== item.seniority || got.department !== item.department) {
      stats.wrong.push({ ...item, got: { seniority: got.seniority, department: got.department } });
    }
  }
  return [...byLanguage].map(([language, s]) => ({
    language,
    n: s.n,
    seniorityAccuracy: s.n ? s.seniority / s.n : 0,
    departmentAccuracy: s.n ? s.department / s.n : 0,
    misclassified: s.wrong,
  }));
}

/** Human-readable table, one line per language. */
export function formatTitleAccuracy(rows: readonly TitleAccuracy[]): string {
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`.padStart(7);
  const lines = ['lang      n  seniority  department'];
  for (const r of rows) {
    lines.push(
      `${r.language.padEnd(4)} ${String(r.n).padStart(6)}  ${pct(r.seniorityAccuracy)}    ${pct(r.departmentAccuracy)}`,
    );
  }
  return lines.join('\n');
}

/** One line per misclassified title: `[nl] "Hoofd Inkoop": expected head/procurement, got manager/other`. */
export function formatMisclassified(rows: readonly TitleAccuracy[]): string {
  return rows
    .flatMap((r) =>
      r.misclassified.map(
        (m) =>
          `[${m.language}] ${JSON.stringify(m.title)}: expected ${m.seniority}/${m.department}, got ${m.got.seniority}/${m.got.department}`,
      ),
    )
    .join('\n');
}
