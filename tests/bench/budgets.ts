/** The performance budget: each measured figure, its limit, and whether a result keeps to it. */

/** One budgeted figure. */
export interface Budget {
  /** Key in the measurements. */
  key: string;
  label: string;
  unit: string;
  /** 'min': the value must be at least the limit; 'max': at most; 'below': strictly less. */
  kind: 'min' | 'max' | 'below';
  limit: number;
}

/** The budgets from the issue, in the order the table prints them. */
export const budgets: Budget[] = [
  { key: 'performance', label: 'Lighthouse Performance', unit: '', kind: 'min', limit: 98 },
  { key: 'accessibility', label: 'Lighthouse Accessibility', unit: '', kind: 'min', limit: 100 },
  { key: 'bestPractices', label: 'Lighthouse Best Practices', unit: '', kind: 'min', limit: 100 },
  { key: 'seo', label: 'Lighthouse SEO', unit: '', kind: 'min', limit: 100 },
  { key: 'cls', label: 'Cumulative Layout Shift', unit: '', kind: 'max', limit: 0.01 },
  { key: 'tbtMs', label: 'Total Blocking Time', unit: 'ms', kind: 'max', limit: 50 },
  { key: 'lcpMs', label: 'Largest Contentful Paint', unit: 'ms', kind: 'below', limit: 2000 },
  { key: 'jsGzipKb', label: 'JavaScript (gzipped)', unit: 'KB', kind: 'max', limit: 60 },
  { key: 'frameP95Ms', label: 'Scroll frame, 95th percentile', unit: 'ms', kind: 'max', limit: 20 },
  { key: 'frameMaxMs', label: 'Scroll frame, longest', unit: 'ms', kind: 'max', limit: 50 },
];

/** Whether a value keeps to a budget (a missing value does not). */
export function withinBudget(budget: Budget, value: number | undefined): boolean {
  if (value === undefined || Number.isNaN(value)) return false;
  if (budget.kind === 'min') return value >= budget.limit;
  if (budget.kind === 'max') return value <= budget.limit;
  return value < budget.limit;
}

/** The p-th percentile (0–100) of a list of numbers, nearest-rank; NaN for an empty list. */
export function percentile(values: number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)));
  return sorted[rank - 1] ?? Number.NaN;
}

/** The median of a list of numbers. */
export const median = (values: number[]): number => percentile(values, 50);

const symbol = { min: '≥', max: '≤', below: '<' } as const;

/** One page's measurements; `info` rows are reported against the budget but do not fail it. */
export interface BenchRow {
  page: string;
  values: Record<string, number | undefined>;
  info?: boolean;
}

/** A plain-text table: one row per budget for each page measured. */
export function table(rows: BenchRow[]): string {
  const lines = [['page', 'metric', 'value', 'budget', 'ok']];
  for (const row of rows) {
    for (const budget of budgets) {
      if (!(budget.key in row.values)) continue;
      const value = row.values[budget.key];
      const shown = value === undefined ? 'n/a' : `${Number.isInteger(value) ? value : value.toFixed(value < 1 ? 3 : 1)}${budget.unit ? ` ${budget.unit}` : ''}`;
      lines.push([row.page, budget.label, shown, `${symbol[budget.kind]} ${budget.limit}${budget.unit ? ` ${budget.unit}` : ''}`, withinBudget(budget, value) ? 'yes' : row.info ? 'no (info)' : 'NO']);
    }
  }
  const widths = lines[0]?.map((_, i) => Math.max(...lines.map((line) => (line[i] ?? '').length))) ?? [];
  return lines.map((line, n) => {
    const text = line.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join('  ');
    return n === 0 ? `${text}\n${widths.map((w) => '-'.repeat(w)).join('  ')}` : text;
  }).join('\n');
}
