/** The calculator's breakdown: the total per year as one stacked bar (hardware, power, other running, staff) against Central. */
import { linear } from '../charts/scale';
import type { Mark, Size, Tone } from '../charts/types';
import { formatUsd, formatValue } from '../lib/format';
import type { Costs } from '../model/cost';

/** The four lines that make up the total per year, in stacking order. */
export const breakdownLines = [
  { line: 'hardwarePerYear', label: 'Hardware', tone: 'c1' },
  { line: 'electricityPerYear', label: 'Power', tone: 'c2' },
  { line: 'otherRunningPerYear', label: 'Other running', tone: 'c3' },
  { line: 'staffPerYear', label: 'Staff', tone: 'c4' },
] as const satisfies readonly { line: keyof Costs; label: string; tone: Tone }[];

/** Fixed points the bar is drawn against: the Central total (a marker) and the scale's least extent. */
export interface BreakdownReference {
  centralTotal: number;
  /** The scale reaches at least this far (the High preset's total), so the bar visibly grows and shrinks. */
  scaleMax: number;
}

const BAR_Y = 24;
const BAR_H = 36;
const ROW_H = 24;
const LEGEND_Y = 104;

/** The chart's height: it does not depend on the data. */
export const breakdownHeight = LEGEND_Y + breakdownLines.length * ROW_H;

const share = (part: number, whole: number): string => formatValue(whole > 0 ? part / whole : 0, { kind: 'percent' });

/** The marks for a set of costs at a size. Pure. */
export function breakdownMarks(costs: Costs, reference: BreakdownReference, size: Size): Mark[] {
  const right = Math.max(size.width - 2, 40);
  const x = linear([0, Math.max(costs.totalPerYear, reference.scaleMax, 1)], [0, right]);
  const marks: Mark[] = [];
  let start = 0;
  for (const { line, tone } of breakdownLines) {
    const value = costs[line];
    marks.push({ kind: 'rect', key: `bar-${line}`, tone, x: x(start), y: BAR_Y, width: x(start + value) - x(start), height: BAR_H });
    start += value;
  }
  const cx = x(reference.centralTotal);
  const labelAnchor = cx > right / 2 ? 'end' : 'start';
  marks.push(
    {
      kind: 'text',
      key: 'total',
      tone: 'ink',
      x: 0,
      y: BAR_Y - 8,
      size: 14,
      weight: 'bold',
      text: `Your total: ${formatUsd(costs.totalPerYear)} a year`,
    },
    { kind: 'line', key: 'central', tone: 'ink', x1: cx, x2: cx, y1: BAR_Y - 4, y2: BAR_Y + BAR_H + 8, width: 2, dashed: true },
    {
      kind: 'text',
      key: 'central-label',
      tone: 'muted',
      x: cx,
      y: BAR_Y + BAR_H + 24,
      size: 13,
      anchor: labelAnchor,
      text: `Central: ${formatUsd(reference.centralTotal)}`,
    },
  );
  breakdownLines.forEach(({ line, label, tone }, i) => {
    const y = LEGEND_Y + i * ROW_H;
    marks.push(
      { kind: 'rect', key: `swatch-${line}`, tone, x: 0, y: y - 12, width: 14, height: 14, rx: 2 },
      {
        kind: 'text',
        key: `label-${line}`,
        tone: 'ink',
        x: 22,
        y,
        size: 14,
        text: `${label}: ${formatUsd(costs[line])} (${share(costs[line], costs.totalPerYear)})`,
      },
    );
  });
  return marks;
}

/** The chart in one sentence, for its text alternative. */
export function describeBreakdown(costs: Costs): string {
  const parts = breakdownLines.map(
    ({ line, label }) => `${label.toLowerCase()} ${formatUsd(costs[line])} (${share(costs[line], costs.totalPerYear)})`,
  );
  return `Total per year ${formatUsd(costs.totalPerYear)}: ${parts.join(', ')}.`;
}
