export interface Figure {
  name: string;
  unit: string;
  median: number;
  min: number;
  max: number;
  runs: number;
  /** The target, read as "median <= target" unless `higherIsBetter`. */
  target?: number;
  higherIsBetter?: boolean;
  note?: string;
}

export function summarize(name: string, unit: string, samples: number[], extra: Partial<Figure> = {}): Figure {
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
  return { name, unit, median, min: sorted[0] ?? 0, max: sorted.at(-1) ?? 0, runs: samples.length, ...extra };
}

export function missed(f: Figure): boolean {
  if (f.target === undefined) return false;
  return f.higherIsBetter ? f.median < f.target : f.median > f.target;
}

const num = (n: number) => (Math.abs(n) >= 100 ? n.toFixed(0) : Math.abs(n) >= 10 ? n.toFixed(1) : n.toFixed(2));

export function formatTable(figures: Figure[]): string {
  const rows = figures.map((f) => [
    f.name,
    `${num(f.median)} ${f.unit}`,
    f.runs > 1 ? `${num(f.min)} – ${num(f.max)}` : '',
    f.target === undefined ? '' : `${f.higherIsBetter ? '>=' : '<='} ${num(f.target)}`,
    f.target === undefined ? '' : missed(f) ? 'MISS' : 'ok',
    f.note ?? '',
  ]);
  const header = ['figure', 'median', 'min – max', 'target', '', 'note'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}
