/** The calculator's "what moves the total most": a tornado of one-at-a-time swings around the reader's total. */
import { linear } from '../charts/scale';
import type { Mark, Size } from '../charts/types';
import { formatUsd, formatValue } from '../lib/format';
import { assumption } from '../model/assumptions';
import { totalInputs, type Swing } from '../model/swings';

const TOP = 34;
const ROW_H = 32;
const BAR_Y = 17;
const BAR_H = 10;

/** The chart's height: one row per assumption that changes the total. */
export const tornadoHeight = TOP + totalInputs.length * ROW_H + 4;

/** The swings the chart shows: those of assumptions that change the total, largest first. */
export const shownSwings = (swings: Swing[]): Swing[] => swings.filter((s) => totalInputs.includes(s.key));

const span = (x: (v: number) => number, from: number, to: number) => ({ x: Math.min(x(from), x(to)), width: Math.abs(x(to) - x(from)) });

/** The marks for a list of swings (as from computeSwings) at a size. Pure. */
export function tornadoMarks(swings: Swing[], size: Size): Mark[] {
  const rows = shownSwings(swings);
  const base = rows[0]?.base ?? 0;
  const values = rows.flatMap((s) => [s.totalAtLow, s.totalAtHigh]).concat(base);
  let lo = Math.min(...values);
  let hi = Math.max(...values);
  if (hi - lo < 1) [lo, hi] = [base - 1, base + 1];
  const pad = (hi - lo) * 0.04;
  const right = Math.max(size.width - 2, 40);
  const x = linear([lo - pad, hi + pad], [0, right]);
  const cx = x(base);
  const marks: Mark[] = [
    {
      kind: 'text',
      key: 'base-label',
      tone: 'ink',
      x: cx,
      y: 14,
      size: 13,
      weight: 'bold',
      anchor: cx > right * 0.7 ? 'end' : cx < right * 0.3 ? 'start' : 'middle',
      text: `Your total ${formatUsd(base)}`,
    },
  ];
  rows.forEach((s, i) => {
    const y = TOP + i * ROW_H;
    const a = assumption(s.key);
    const low = { kind: 'rect' as const, key: `low-${s.key}`, tone: 'c6' as const, y: y + BAR_Y, height: BAR_H, ...span(x, base, s.totalAtLow) };
    const high = { kind: 'rect' as const, key: `high-${s.key}`, tone: 'c1' as const, y: y + BAR_Y, height: BAR_H, ...span(x, base, s.totalAtHigh) };
    // When both bars fall on the same side of the total, the longer one goes underneath.
    marks.push(...(low.width >= high.width ? [low, high] : [high, low]));
    // The total's line is drawn row by row, beside the bars only, so it never crosses a label.
    marks.push({ kind: 'line', key: `base-${s.key}`, tone: 'ink', x1: cx, x2: cx, y1: y + BAR_Y - 3, y2: y + BAR_Y + BAR_H + 3, width: 1.5 });
    marks.push(
      {
        kind: 'text',
        key: `label-${s.key}`,
        tone: 'ink',
        x: 0,
        y: y + 12,
        size: 13,
        text: `${a.short}: ${formatValue(s.lowValue, a.format)} → ${formatValue(s.highValue, a.format)}`,
      },
      { kind: 'text', key: `swing-${s.key}`, tone: 'muted', x: right, y: y + 12, size: 13, anchor: 'end', text: formatUsd(s.swing) },
    );
  });
  return marks;
}

/** The chart in one sentence, for its text alternative. */
export function describeTornado(swings: Swing[]): string {
  const rows = shownSwings(swings);
  const list = rows.map((s) => `${assumption(s.key).short.toLowerCase()} ${formatUsd(s.swing)}`).join(', ');
  return `How far each assumption alone moves the total of ${formatUsd(rows[0]?.base ?? 0)} between its Low and High values: ${list}.`;
}
