/** The performance budget (issue 12): each figure the bench measures, its limit if it has one, and the table it prints. */

/** A limit: 'min', the value must be at least it; 'max', at most. */
export interface Limit {
  kind: 'min' | 'max';
  value: number;
}

/** The limits from the issue, by figure. */
export const limits = {
  articleJsBeforeScrollKb: { kind: 'max', value: 25 },
  articleJsFullReadKb: { kind: 'max', value: 45 },
  embedJsKb: { kind: 'max', value: 15 },
  performance: { kind: 'min', value: 98 },
  categoryScore: { kind: 'min', value: 100 },
  articleLcpMs: { kind: 'max', value: 1300 },
  deckLcpMs: { kind: 'max', value: 1500 },
  deckTbtMs: { kind: 'max', value: 50 },
  cls: { kind: 'max', value: 0.01 },
  frameMaxMs: { kind: 'max', value: 50 },
} as const satisfies Record<string, Limit>;

/** One measured figure: what and where, its value, and its limit (none: reported only). */
export interface Measure {
  page: string;
  label: string;
  unit: string;
  value: number | undefined;
  limit?: Limit;
}

/** Whether a value keeps to a limit (a missing value does not). */
export function withinLimit(limit: Limit, value: number | undefined): boolean {
  if (value === undefined || Number.isNaN(value)) return false;
  return limit.kind === 'min' ? value >= limit.value : value <= limit.value;
}

/** The measures over their limits. */
export const overBudget = (measures: readonly Measure[]): Measure[] => measures.filter((m) => m.limit && !withinLimit(m.limit, m.value));

/** The p-th percentile (0–100) of a list of numbers, nearest-rank; NaN for an empty list. */
export function percentile(values: number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)));
  return sorted[rank - 1] ?? Number.NaN;
}

/** The median of a list of numbers. */
export const median = (values: number[]): number => percentile(values, 50);

const withUnit = (n: number, unit: string): string => `${Number.isInteger(n) ? n : n.toFixed(n < 1 ? 3 : 1)}${unit ? ` ${unit}` : ''}`;

/** A plain-text table: one row per measure, with its limit and whether it keeps to it. */
export function table(measures: readonly Measure[]): string {
  const lines = [['page', 'figure', 'value', 'budget', 'ok']];
  for (const m of measures) {
    const value = m.value === undefined || Number.isNaN(m.value) ? 'n/a' : withUnit(m.value, m.unit);
    const budget = m.limit ? `${m.limit.kind === 'min' ? '≥' : '≤'} ${m.limit.value}${m.unit ? ` ${m.unit}` : ''}` : '';
    const ok = m.limit ? (withinLimit(m.limit, m.value) ? 'yes' : 'NO') : 'reported';
    lines.push([m.page, m.label, value, budget, ok]);
  }
  const widths = lines[0]?.map((_, i) => Math.max(...lines.map((line) => (line[i] ?? '').length))) ?? [];
  return lines
    .map((line, n) => {
      const text = line
        .map((cell, i) => cell.padEnd(widths[i] ?? 0))
        .join('  ')
        .trimEnd();
      return n === 0 ? `${text}\n${widths.map((w) => '-'.repeat(w)).join('  ')}` : text;
    })
    .join('\n');
}
