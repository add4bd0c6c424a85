/** outlook: what a fixed, V3-class capability costs over time on a log scale, as algorithms and hardware improve. */
import { scaleLinear, scaleLog, type ScaleLinear, type ScaleLogarithmic } from 'd3-scale';
import { area } from 'd3-shape';
import { text, value } from '../lib/figure';
import { formatUsd } from '../lib/format';
import { fit, textWidth } from './text';
import type { Mark, Size, StepState, Tone } from './types';
import { block, fontSize, lineHeight, pad, title, titleSize } from './wrapped';
import { legacySpec } from './legacy';

/** Years on the x axis count from the V3 technical report (arXiv v1, 26 December 2024). */
const BASE_LABEL = 'Dec 2024';
const MONTHS_PER_YEAR = 12;
/** Points per curve; fixed so a curve's path morphs point for point between steps. */
const SAMPLES = 60;

/** The cost of a fixed capability `years` on, if its compute halves every `halvingMonths` and hardware gains `oom` orders of magnitude a year. */
export function projectedCost(start: number, years: number, halvingMonths: number, oom = 0): number {
  return start * 2 ** (-(MONTHS_PER_YEAR * years) / halvingMonths) * 10 ** (-oom * years);
}

/** Years until `projectedCost` falls from `start` to `target`. */
export function yearsToReach(start: number, target: number, halvingMonths: number, oom = 0): number {
  return Math.log(start / target) / ((MONTHS_PER_YEAR / halvingMonths) * Math.LN2 + oom * Math.LN10);
}

/** The main starting point: a year of running the lab (Central), the full cost behind V3 that the annual section adds up. */
const start = (): number => value('model.central.totalPerYear');
/** The other starting point: what V3 itself took, the final run plus the Central preset's experiments. */
const runStart = (): number => value('outlook.runStart');
const target = (): number => value('lambert.futureCost');
const oom = (): number => value('epoch.hardwareOom');
/** Plotted years: past the slow end of the band's arrival at Lambert's figure, rounded up. */
const horizon = (): number => Math.ceil(yearsToReach(start(), target(), value('algo.halvingHigh'), oom()) + 0.5);

const notes = {
  start: () => `Start (${BASE_LABEL}): a year of running the lab, ${text('model.central.totalPerYear')} in the Central estimate (${text('model.low.totalPerYear')}–${text('model.high.totalPerYear')})`,
  algo: () => `Algorithms: half the compute every ${text('algo.halvingMonths')} (band: ${text('algo.halvingLow')}–${text('algo.halvingHigh')}, 95% CI)`,
  hardware: () => `Hardware: ${text('epoch.hardwareOom')} orders of magnitude cheaper a year (${text('hardware.yearlyFactor')})`,
};

interface Frame {
  marks: Mark[];
  x: ScaleLinear<number, number>;
  y: ScaleLogarithmic<number, number>;
  fs: number;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** Title, assumption notes, log-scale y axis in dollars and x axis in years from the V3 report. */
function frame(size: Size, heading: string, noteIds: (keyof typeof notes)[]): Frame {
  const fs = fontSize(size);
  const lh = lineHeight(fs);
  const head = title(heading, size);
  const marks: Mark[] = [...head.marks];
  let y0 = head.bottom + lineHeight(titleSize(size));
  // On a short frame (a phone's sticky chart) the assumptions stay in the prose, leaving the plot its height.
  for (const id of size.height >= 360 ? noteIds : []) {
    const note = block(`note-${id}`, notes[id](), pad, y0, size.width - 2 * pad, { tone: 'muted', size: fs });
    marks.push(...note.marks);
    y0 = note.bottom + lh;
  }
  const lo = 10 ** (Math.floor(Math.log10(target())) - 1);
  const hi = start() * 4;
  const ticks = Array.from({ length: Math.floor(Math.log10(hi)) - Math.ceil(Math.log10(lo)) + 1 }, (_, i) => 10 ** (Math.ceil(Math.log10(lo)) + i));
  const left = pad + Math.max(...ticks.map((t) => textWidth(formatUsd(t), fs))) + 8;
  const right = size.width - pad - 4;
  const top = y0 + 4 - lh / 2;
  const bottom = size.height - pad - fs - 8;
  const x = scaleLinear().domain([0, horizon()]).range([left, right]);
  const y = scaleLog().domain([lo, hi]).range([bottom, top]).clamp(true);
  for (const t of ticks) {
    marks.push(
      { kind: 'rect', key: `grid-y-${t}`, tone: 'grid', x: left, y: y(t) - 0.5, width: right - left, height: 1 },
      { kind: 'text', key: `tick-y-${t}`, tone: 'muted', x: left - 6, y: y(t) + fs / 3, size: fs, anchor: 'end', text: formatUsd(t) },
    );
  }
  // Label every year when they fit, else every second or third.
  const labelOf = (year: number): string => (year === 0 ? BASE_LABEL : `+${year} ${year === 1 ? 'yr' : 'yrs'}`);
  const yearW = x(1) - x(0);
  const every = Math.max(Math.ceil((textWidth(labelOf(2), fs) + 12) / yearW), Math.ceil((textWidth(BASE_LABEL, fs) + textWidth(labelOf(2), fs) / 2 + 16) / yearW));
  for (let year = 0; year <= horizon(); year += 1) {
    marks.push({ kind: 'rect', key: `grid-x-${year}`, tone: 'grid', x: x(year) - 0.5, y: top, width: 1, height: bottom - top });
    if (year % every !== 0) continue;
    const anchor = year === 0 ? 'start' : x(year) + textWidth(labelOf(year), fs) / 2 > size.width - pad ? 'end' : 'middle';
    marks.push({ kind: 'text', key: `tick-x-${year}`, tone: 'muted', x: year === 0 ? left : x(year), y: bottom + fs + 6, size: fs, anchor, text: labelOf(year) });
  }
  return { marks, x, y, fs, left, right, top, bottom };
}

/** The year's cost as the curves' common starting dot. */
function startDot(f: Frame): Mark[] {
  const cy = f.y(start());
  return [
    { kind: 'circle', key: 'start', tone: 'ink', cx: f.x(0), cy, r: 5 },
    { kind: 'text', key: 'label-start', tone: 'ink', x: f.x(0) + 8, y: cy - 8, size: f.fs, weight: 'bold', text: `A year of the lab: ${text('model.central.totalPerYear')}` },
  ];
}

/** The year the central curve (with hardware) reaches a level: labels under a level stay left of it. */
const crossing = (amount: number): number => yearsToReach(start(), amount, value('algo.halvingMonths'), oom());

/**
 * A dashed reference level across the plot, labelled under it at the left with the longest wording that ends before the
 * curve crosses it, or (`atRight`) above it at the right end, where the falling curves have already passed below it.
 */
function level(f: Frame, key: string, amount: number, wordings: string[], atRight = false): Mark[] {
  const y = f.y(amount);
  const room = atRight ? f.right - f.x(crossing(amount)) - 12 : f.x(crossing(amount)) - f.left - 12;
  const label = fit(wordings, room, f.fs);
  const place = atRight ? { x: f.right, y: y - 6, anchor: 'end' as const } : { x: f.left + 6, y: y + f.fs + 4, anchor: 'start' as const };
  return [
    { kind: 'line', key, tone: 'muted', dashed: true, x1: f.left, x2: f.right, y1: y, y2: y },
    { kind: 'text', key: `label-${key}`, tone: 'ink', size: f.fs, text: label, ...place },
  ];
}

/** The years sampled along a curve drawn `share` of the way to the horizon. */
const years = (share: number): number[] => Array.from({ length: SAMPLES + 1 }, (_, i) => (horizon() * share * i) / SAMPLES);

/**
 * A projection curve as a 3-unit ribbon (paths carry no stroke width), drawn `share` of the way, with an optional name
 * set clear of it: above its right end, or below it as far right as the plot's floor allows. The name shows once drawn.
 */
function curve(f: Frame, key: string, tone: Tone, withHardware: boolean, share: number, label?: { text: string; side: 'above' | 'below' }, from = start()): Mark[] {
  const cost = (t: number): number => projectedCost(from, t, value('algo.halvingMonths'), withHardware ? oom() : 0);
  // A curve that would sink below the plot's floor stops there rather than running along it.
  const floorYear = yearsToReach(from, f.y.domain()[0] ?? 1, value('algo.halvingMonths'), withHardware ? oom() : 0);
  const d = area<number>().x((t) => f.x(t)).y0((t) => f.y(cost(t)) + 1.5).y1((t) => f.y(cost(t)) - 1.5)(years(share).map((t) => Math.min(t, floorYear))) ?? '';
  const marks: Mark[] = [{ kind: 'path', key, tone, stroke: tone, d }];
  if (!label) return marks;
  const w = textWidth(label.text, f.fs);
  // The curve falls to the right: a box above it clears it at its left end, a box below it at its right end.
  let end = f.right;
  let baseline = f.y(cost(f.x.invert(end - w))) - 5;
  if (label.side === 'below') {
    const ends = years(1).filter((t) => f.y(cost(t)) + 5 + f.fs <= f.bottom - 2 && f.x(t) - w >= f.left);
    end = f.x(ends[ends.length - 1] ?? 0);
    baseline = f.y(cost(f.x.invert(end))) + 5 + f.fs;
  }
  marks.push({ kind: 'text', key: `label-${key}`, tone: tone === 'muted' ? 'muted' : 'ink', x: end, y: Math.max(f.top + f.fs, baseline), size: f.fs, anchor: 'end', text: label.text, opacity: share < 1 ? 0 : 1 });
  return marks;
}

/** The uncertainty band: algorithmic halving anywhere in its 95% interval. */
function band(f: Frame, withHardware: boolean, share: number): Mark {
  const edge = (months: number) => (t: number): number => f.y(projectedCost(start(), t, months, withHardware ? oom() : 0));
  const d = area<number>().x((t) => f.x(t)).y0(edge(value('algo.halvingLow'))).y1(edge(value('algo.halvingHigh')))(years(share)) ?? '';
  return { kind: 'path', key: 'band', tone: 'c1', fillOpacity: 0.18, d };
}

/** outlook-projection: where each starting point's combined curve crosses Lambert's ~$5.5M (the lab-year with its band). */
function arrival(f: Frame): Mark[] {
  const [fast, mid, slow] = ['outlook.yearsFromLabFast', 'outlook.yearsFromLab', 'outlook.yearsFromLabSlow'].map((id) => value(id));
  const y = f.y(target());
  const room = f.x(mid ?? 0) - 6 - f.left;
  const label = fit([`From the lab-year: ≈ ${text('outlook.yearsFromLab')} (band: ${text('outlook.yearsFromLabFast')}–${text('outlook.yearsFromLabSlow')})`,
    `Lab-year: ≈ ${text('outlook.yearsFromLab')}`, `≈ ${text('outlook.yearsFromLab')}`], room, f.fs);
  const labelX = Math.max(f.left + textWidth(label, f.fs), f.x(mid ?? 0) - 6);
  return [
    ...level(f, 'level-future', target(), [`Lambert: ~${text('lambert.futureCost')} “in a few years”`, `Lambert: ~${text('lambert.futureCost')}`], true),
    { kind: 'line', key: 'arrival-range', tone: 'c1', x1: f.x(fast ?? 0), x2: f.x(slow ?? 0), y1: y, y2: y, width: 4 },
    { kind: 'line', key: 'arrival-drop', tone: 'ink', dashed: true, x1: f.x(mid ?? 0), x2: f.x(mid ?? 0), y1: y, y2: f.bottom },
    { kind: 'circle', key: 'arrival', tone: 'ink', cx: f.x(mid ?? 0), cy: y, r: 5 },
    { kind: 'text', key: 'label-arrival', tone: 'ink', x: labelX, y: f.bottom - 6, size: f.fs, anchor: 'end', weight: 'bold', text: label },
    { kind: 'circle', key: 'arrival-run', tone: 'c2', cx: f.x(value('outlook.yearsFromRun')), cy: y, r: 5 },
  ];
}

/** The run and its experiments as a second starting dot. */
function runStartDot(f: Frame): Mark[] {
  const cy = f.y(runStart());
  return [
    { kind: 'circle', key: 'start-run', tone: 'c2', cx: f.x(0), cy, r: 5 },
    { kind: 'text', key: 'label-start-run', tone: 'ink', x: f.x(0) + 8, y: cy - 8, size: f.fs, weight: 'bold',
      // Beside the dot, the label must end before the lab-year curve comes down through the label's top edge.
      text: fit([`Run + experiments: ${text('outlook.runStart')}, ≈ ${text('outlook.yearsFromRun')} to ${text('lambert.futureCost')}`,
        `Run + experiments: ${text('outlook.runStart')}, ≈ ${text('outlook.yearsFromRun')}`, `${text('outlook.runStart')}, ≈ ${text('outlook.yearsFromRun')}`, text('outlook.runStart')],
      f.x(crossing(f.y.invert(cy - 8 - f.fs))) - f.x(0) - 16, f.fs) },
  ];
}

/** outlook-today: the experiments behind the run, as a range at the start (Lambert's multiplier on the run). */
function experiments(f: Frame): Mark[] {
  const [low, high] = [value('exp.costLow'), value('exp.costHigh')];
  return [
    { kind: 'line', key: 'exp-range', tone: 'c2', x1: f.x(0), x2: f.x(0), y1: f.y(low), y2: f.y(high), width: 5 },
    { kind: 'text', key: 'label-exp', tone: 'ink', x: f.x(0) + 10, y: f.y(Math.sqrt(low * high)) + f.fs / 3, size: f.fs,
      text: fit([`Experiments: ${text('exp.costLow')}–${text('exp.costHigh')}`, `${text('exp.costLow')}–${text('exp.costHigh')}`], f.right - f.x(0) - 10, f.fs) },
  ];
}

/** The headline run's level, for comparison until the projection replaces it with Lambert's. */
const headlineLevel = (f: Frame): Mark[] =>
  level(f, 'level-headline', value('v3.cost.total'), [`The headline run: ${text('v3.cost.total')}`, `Headline run: ${text('v3.cost.total')}`, text('v3.cost.total')]);

/** Each step as a complete state: the same frame, with the curves it has reached so far. */
function layout(state: StepState, size: Size): Mark[] {
  const grow = Math.min(1, state.progress * 2);
  switch (state.step) {
    case 'outlook-today': {
      const f = frame(size, 'Where the price starts', ['start']);
      return [...f.marks, ...headlineLevel(f), ...experiments(f), ...startDot(f)];
    }
    case 'outlook-algorithms': {
      const f = frame(size, 'Algorithms need less compute', ['algo']);
      return [...f.marks, band(f, false, grow), ...headlineLevel(f), ...curve(f, 'curve-algo', 'c1', false, grow, { text: 'algorithms only', side: 'above' }), ...startDot(f)];
    }
    case 'outlook-hardware': {
      const f = frame(size, 'Hardware gets cheaper too', ['algo', 'hardware']);
      return [...f.marks, band(f, true, grow), ...headlineLevel(f), ...curve(f, 'curve-algo', 'muted', false, 1, { text: 'algorithms only', side: 'above' }),
        ...curve(f, 'curve-all', 'c1', true, grow, { text: 'with hardware', side: 'below' }), ...startDot(f)];
    }
    case 'outlook-projection': {
      const f = frame(size, 'The starting point decides the answer', ['algo', 'hardware']);
      return [...f.marks, band(f, true, 1), ...curve(f, 'curve-all', 'c1', true, 1), ...curve(f, 'curve-run', 'c2', true, 1, undefined, runStart()),
        ...arrival(f), ...startDot(f), ...runStartDot(f)];
    }
    default: throw new Error(`outlook chart has no step "${state.step}"`);
  }
}

export const outlookChart = legacySpec({
  slug: 'outlook',
  caption: 'A projection, not a forecast: what a fixed, V3-class capability may cost over time from two starting points, if measured rates of algorithmic and hardware progress hold.',
  steps: ['outlook-today', 'outlook-algorithms', 'outlook-hardware', 'outlook-projection'],
  layout,
  describe(step) {
    switch (step) {
      case 'outlook-today': return `The starting point in ${BASE_LABEL}: the ${text('v3.cost.total')} run, ${text('exp.costLow')}–${text('exp.costHigh')} of experiments, and a year of running the lab at ${text('model.central.totalPerYear')} (Central), where the curves start.`;
      case 'outlook-algorithms': return `If the compute for the same result halves every ${text('algo.halvingMonths')} (95% interval ${text('algo.halvingLow')}–${text('algo.halvingHigh')}), the cost falls ${text('algo.yearlyFactor')} a year.`;
      case 'outlook-hardware': return `Hardware getting ${text('epoch.hardwareOom')} orders of magnitude cheaper a year (${text('hardware.yearlyFactor')}) steepens the fall to ${text('outlook.yearlyFactor')} a year.`;
      case 'outlook-projection': return `At ${text('outlook.yearlyFactor')} a year, the run and its experiments (${text('outlook.runStart')}) could fall to Lambert’s ~${text('lambert.futureCost')} in about ${text('outlook.yearsFromRun')}; a lab-year (${text('model.central.totalPerYear')}) in about ${text('outlook.yearsFromLab')} (band ${text('outlook.yearsFromLabFast')}–${text('outlook.yearsFromLabSlow')}).`;
      default: throw new Error(`outlook chart has no step "${step}"`);
    }
  },
  table() {
    return {
      columns: ['What', 'Figure'],
      rows: [
        ['Start: a year of running the lab (Central)', text('model.central.totalPerYear')],
        ['Start: the final run and its experiments (Central)', text('outlook.runStart')],
        ['Algorithms: compute for the same result halves every', `${text('algo.halvingMonths')} (95% interval ${text('algo.halvingLow')}–${text('algo.halvingHigh')})`],
        ['Algorithms: less compute each year', text('algo.yearlyFactor')],
        ['Hardware: more compute per dollar each year', text('hardware.yearlyFactor')],
        ['Both together: cheaper each year', text('outlook.yearlyFactor')],
        ['Lambert’s figure for a V3-class model “in a few years”', text('lambert.futureCost')],
        ['Years to reach it from the lab-year', `${text('outlook.yearsFromLab')} (band ${text('outlook.yearsFromLabFast')}–${text('outlook.yearsFromLabSlow')})`],
        ['Years to reach it from the run and its experiments', text('outlook.yearsFromRun')],
      ],
    };
  },
});
