/** outlook: what a fixed, V3-class capability costs over time on a log scale, as algorithms and hardware improve. */
import { linear, log, type Scale } from './scale';
import { formatUsd } from '../lib/format';
import { areaPath, block, frame as kitFrame, lineHeight, reveal } from './kit';
import { fit, textWidth } from './text';
import { defineChart, type ChartFigures, type Mark, type Size, type Tone } from './types';

const figures = [
  'model.central.totalPerYear',
  'model.low.totalPerYear',
  'model.high.totalPerYear',
  'outlook.runStart',
  'lambert.futureCost',
  'epoch.hardwareOom',
  'hardware.yearlyFactor',
  'algo.halvingMonths',
  'algo.halvingLow',
  'algo.halvingHigh',
  'algo.yearlyFactor',
  'outlook.yearlyFactor',
  'outlook.yearsFromLab',
  'outlook.yearsFromLabFast',
  'outlook.yearsFromLabSlow',
  'outlook.yearsFromRun',
  'v3.cost.total',
  'exp.costLow',
  'exp.costHigh',
] as const;
type Data = ChartFigures<(typeof figures)[number]>;

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
const start = (d: Data): number => d['model.central.totalPerYear'].value;
/** The other starting point: what V3 itself took, the final run plus the Central preset's experiments. */
const runStart = (d: Data): number => d['outlook.runStart'].value;
const target = (d: Data): number => d['lambert.futureCost'].value;
const oom = (d: Data): number => d['epoch.hardwareOom'].value;
/** Plotted years: past the slow end of the band's arrival at Lambert's figure, rounded up. */
const horizon = (d: Data): number => Math.ceil(yearsToReach(start(d), target(d), d['algo.halvingHigh'].value, oom(d)) + 0.5);

const notes = {
  start: (d: Data) =>
    `Start (${BASE_LABEL}): a year of running the lab, ${d['model.central.totalPerYear'].text} in the Central estimate (${d['model.low.totalPerYear'].text}–${d['model.high.totalPerYear'].text})`,
  algo: (d: Data) =>
    `Algorithms: half the compute every ${d['algo.halvingMonths'].text} (band: ${d['algo.halvingLow'].text}–${d['algo.halvingHigh'].text}, 95% CI)`,
  hardware: (d: Data) => `Hardware: ${d['epoch.hardwareOom'].text} orders of magnitude cheaper a year (${d['hardware.yearlyFactor'].text})`,
};

/** A step's plot: its data, marks so far (title, notes, axes), scales, body type size and the plot box. */
interface Plot {
  d: Data;
  marks: Mark[];
  x: Scale;
  y: Scale;
  fs: number;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** Title, assumption notes, log-scale y axis in dollars and x axis in years from the V3 report. */
function frame(d: Data, size: Size, titles: string[], noteIds: (keyof typeof notes)[]): Plot {
  const head = kitFrame(size, titles);
  const fs = head.body;
  const pad = head.left;
  const lh = lineHeight(fs);
  const marks: Mark[] = [...head.marks];
  let y0 = head.top + fs * 0.8;
  // On a short frame (a phone's sticky chart) the assumptions stay in the prose, leaving the plot its height.
  for (const id of size.height >= 360 ? noteIds : []) {
    const note = block(`note-${id}`, notes[id](d), pad, y0, head.right - pad, { tone: 'muted', size: fs });
    marks.push(...note.marks);
    y0 = note.bottom + lh;
  }
  const lo = 10 ** (Math.floor(Math.log10(target(d))) - 1);
  const hi = start(d) * 4;
  const ticks = Array.from({ length: Math.floor(Math.log10(hi)) - Math.ceil(Math.log10(lo)) + 1 }, (_, i) => 10 ** (Math.ceil(Math.log10(lo)) + i));
  const left = pad + Math.max(...ticks.map((t) => textWidth(formatUsd(t), fs))) + 8;
  const right = size.width - pad - 4;
  const top = y0 + 4 - lh / 2;
  const bottom = head.bottom - fs - 8;
  const x = linear([0, horizon(d)], [left, right]);
  const y = log([lo, hi], [bottom, top], { clamp: true });
  for (const t of ticks) {
    marks.push(
      { kind: 'rect', key: `grid-y-${t}`, tone: 'grid', x: left, y: y(t) - 0.5, width: right - left, height: 1 },
      { kind: 'text', key: `tick-y-${t}`, tone: 'muted', x: left - 6, y: y(t) + fs / 3, size: fs, anchor: 'end', text: formatUsd(t) },
    );
  }
  // Label every year when they fit, else every second or third.
  const labelOf = (year: number): string => (year === 0 ? BASE_LABEL : `+${year} ${year === 1 ? 'yr' : 'yrs'}`);
  const yearW = x(1) - x(0);
  const every = Math.max(
    Math.ceil((textWidth(labelOf(2), fs) + 12) / yearW),
    Math.ceil((textWidth(BASE_LABEL, fs) + textWidth(labelOf(2), fs) / 2 + 16) / yearW),
  );
  for (let year = 0; year <= horizon(d); year += 1) {
    marks.push({ kind: 'rect', key: `grid-x-${year}`, tone: 'grid', x: x(year) - 0.5, y: top, width: 1, height: bottom - top });
    if (year % every !== 0) continue;
    const anchor = year === 0 ? 'start' : x(year) + textWidth(labelOf(year), fs) / 2 > size.width - pad ? 'end' : 'middle';
    marks.push({
      kind: 'text',
      key: `tick-x-${year}`,
      tone: 'muted',
      x: year === 0 ? left : x(year),
      y: bottom + fs + 6,
      size: fs,
      anchor,
      text: labelOf(year),
    });
  }
  return { d, marks, x, y, fs, left, right, top, bottom };
}

/** A starting point: a dot at year 0 with its label in bold just above and right of it; `label` gets the dot's y. */
function startingDot(f: Plot, key: string, tone: Tone, amount: number, label: (cy: number) => string): Mark[] {
  const cy = f.y(amount);
  return [
    { kind: 'circle', key, tone, cx: f.x(0), cy, r: 5 },
    { kind: 'text', key: `label-${key}`, tone: 'ink', x: f.x(0) + 8, y: cy - 8, size: f.fs, weight: 'bold', text: label(cy) },
  ];
}

/** The year's cost as the curves' common starting dot. */
const startDot = (f: Plot): Mark[] =>
  startingDot(f, 'start', 'ink', start(f.d), () => `A year of the lab: ${f.d['model.central.totalPerYear'].text}`);

/** The year the central curve (with hardware) reaches a level: labels under a level stay left of it. */
const crossing = (d: Data, amount: number): number => yearsToReach(start(d), amount, d['algo.halvingMonths'].value, oom(d));

/**
 * A dashed reference level across the plot, labelled under it at the left with the longest wording that ends before the
 * curve crosses it, or (`atRight`) above it at the right end, where the falling curves have already passed below it.
 */
function level(f: Plot, key: string, amount: number, wordings: string[], atRight = false): Mark[] {
  const { d } = f;
  const y = f.y(amount);
  const room = atRight ? f.right - f.x(crossing(d, amount)) - 12 : f.x(crossing(d, amount)) - f.left - 12;
  const label = fit(wordings, room, f.fs);
  const place = atRight ? { x: f.right, y: y - 6, anchor: 'end' as const } : { x: f.left + 6, y: y + f.fs + 4, anchor: 'start' as const };
  return [
    { kind: 'line', key, tone: 'muted', dashed: true, x1: f.left, x2: f.right, y1: y, y2: y },
    { kind: 'text', key: `label-${key}`, tone: 'ink', size: f.fs, text: label, ...place },
  ];
}

/** The years sampled along a curve drawn `share` of the way to the horizon. */
const years = (d: Data, share: number): number[] => Array.from({ length: SAMPLES + 1 }, (_, i) => (horizon(d) * share * i) / SAMPLES);

/** A box on the chart, [left, top, right, bottom], that a curve's name must keep clear of. */
type Box = [number, number, number, number];

/** A text mark's box, from its measured width and anchor (ascent 0.8 em, descent 0.25 em). */
function textBox(m: Mark): Box {
  if (m.kind !== 'text') return [0, 0, 0, 0];
  const size = m.size ?? 14;
  const w = textWidth(m.text, size, m.weight);
  const left = m.anchor === 'middle' ? m.x - w / 2 : m.anchor === 'end' ? m.x - w : m.x;
  return [left, m.y - size * 0.8, left + w, m.y + size * 0.25];
}

/** The boxes of marks a curve's name must keep clear of: their texts, and their level lines (2 units either side). */
const boxesOf = (marks: Mark[]): Box[] =>
  marks.flatMap((m): Box[] =>
    m.kind === 'text' ? [textBox(m)] : m.kind === 'line' && m.y1 === m.y2 ? [[Math.min(m.x1, m.x2), m.y1 - 2, Math.max(m.x1, m.x2), m.y1 + 2]] : [],
  );

const hits = (a: Box, b: Box): boolean => Math.min(a[2], b[2]) - Math.max(a[0], b[0]) > 0 && Math.min(a[3], b[3]) - Math.max(a[1], b[1]) > 0;

/** A curve's name: its text, which side of the curve it sits on, and what it must keep clear of. */
interface CurveLabel {
  text: string;
  side: 'above' | 'below';
  avoid?: Box[];
}

/**
 * A projection curve as a 3-unit ribbon (paths carry no stroke width), drawn `share` of the way, with an optional name
 * set clear of it: above it or below it, as far right as the plot allows without touching what it must avoid (else at
 * the rightmost place that fits the plot). The name shows once drawn.
 */
function curve(f: Plot, key: string, tone: Tone, withHardware: boolean, share: number, label?: CurveLabel, from = start(f.d)): Mark[] {
  const { d } = f;
  const cost = (t: number): number => projectedCost(from, t, d['algo.halvingMonths'].value, withHardware ? oom(d) : 0);
  // A curve that would sink below the plot's floor stops there rather than running along it.
  const floorYear = yearsToReach(from, f.y.domain[0], d['algo.halvingMonths'].value, withHardware ? oom(d) : 0);
  const path = areaPath(
    years(d, share).map((t) => Math.min(t, floorYear)),
    (t) => f.x(t),
    (t) => f.y(cost(t)) + 1.5,
    (t) => f.y(cost(t)) - 1.5,
  );
  const marks: Mark[] = [{ kind: 'path', key, tone, stroke: tone, d: path }];
  if (!label) return marks;
  const w = textWidth(label.text, f.fs);
  // The curve falls to the right: a name above it clears it at its left end, a name below it at its right end.
  const baselineAt = (end: number): number => (label.side === 'above' ? f.y(cost(f.x.invert(end - w))) - 5 : f.y(cost(f.x.invert(end))) + 5 + f.fs);
  const place = (end: number): Mark => ({
    kind: 'text',
    key: `label-${key}`,
    tone: tone === 'muted' ? 'muted' : 'ink',
    x: end,
    y: Math.max(f.top + f.fs, baselineAt(end)),
    size: f.fs,
    anchor: 'end',
    text: label.text,
    opacity: share < 1 ? 0 : 1,
  });
  const ends = years(d, 1)
    .map((t) => f.x(t))
    .reverse()
    .filter((end) => end - w >= f.left + 12 && baselineAt(end) + f.fs * 0.25 <= f.bottom - 2);
  const clear = ends.find((end) => !(label.avoid ?? []).some((b) => hits(textBox(place(end)), b)));
  marks.push(place(clear ?? ends[0] ?? f.right));
  return marks;
}

/** The uncertainty band: algorithmic halving anywhere in its 95% interval. */
function band(f: Plot, withHardware: boolean, share: number): Mark {
  const { d } = f;
  const edge =
    (months: number) =>
    (t: number): number =>
      f.y(projectedCost(start(d), t, months, withHardware ? oom(d) : 0));
  const path = areaPath(years(d, share), (t) => f.x(t), edge(d['algo.halvingLow'].value), edge(d['algo.halvingHigh'].value));
  return { kind: 'path', key: 'band', tone: 'c1', fillOpacity: 0.18, d: path };
}

/** outlook-projection: where each starting point's combined curve crosses Lambert's ~$5.5M (the lab-year with its band). */
function arrival(f: Plot): Mark[] {
  const { d } = f;
  const [fast, mid, slow] = (['outlook.yearsFromLabFast', 'outlook.yearsFromLab', 'outlook.yearsFromLabSlow'] as const).map((id) => d[id].value);
  const y = f.y(target(d));
  const room = f.x(mid ?? 0) - 6 - f.left;
  const label = fit(
    [
      `From the lab-year: ≈ ${d['outlook.yearsFromLab'].text} (band: ${d['outlook.yearsFromLabFast'].text}–${d['outlook.yearsFromLabSlow'].text})`,
      `Lab-year: ≈ ${d['outlook.yearsFromLab'].text}`,
      `≈ ${d['outlook.yearsFromLab'].text}`,
    ],
    room,
    f.fs,
    'bold',
  );
  const labelX = Math.max(f.left + textWidth(label, f.fs, 'bold'), f.x(mid ?? 0) - 6);
  return [
    ...level(
      f,
      'level-future',
      target(d),
      [`Lambert: ~${d['lambert.futureCost'].text} “in a few years”`, `Lambert: ~${d['lambert.futureCost'].text}`],
      true,
    ),
    { kind: 'line', key: 'arrival-range', tone: 'c1', x1: f.x(fast ?? 0), x2: f.x(slow ?? 0), y1: y, y2: y, width: 4 },
    { kind: 'line', key: 'arrival-drop', tone: 'ink', dashed: true, x1: f.x(mid ?? 0), x2: f.x(mid ?? 0), y1: y, y2: f.bottom },
    { kind: 'circle', key: 'arrival', tone: 'ink', cx: f.x(mid ?? 0), cy: y, r: 5 },
    { kind: 'text', key: 'label-arrival', tone: 'ink', x: labelX, y: f.bottom - 6, size: f.fs, anchor: 'end', weight: 'bold', text: label },
    { kind: 'circle', key: 'arrival-run', tone: 'c2', cx: f.x(d['outlook.yearsFromRun'].value), cy: y, r: 5 },
  ];
}

/** The run and its experiments as a second starting dot. */
function runStartDot(f: Plot): Mark[] {
  const { d } = f;
  return startingDot(f, 'start-run', 'c2', runStart(d), (cy) =>
    // Beside the dot, the label must end before the lab-year curve comes down through the label's top edge.
    fit(
      [
        `Run + experiments: ${d['outlook.runStart'].text}, ≈ ${d['outlook.yearsFromRun'].text} to ${d['lambert.futureCost'].text}`,
        `Run + experiments: ${d['outlook.runStart'].text}, ≈ ${d['outlook.yearsFromRun'].text}`,
        `${d['outlook.runStart'].text}, ≈ ${d['outlook.yearsFromRun'].text}`,
        d['outlook.runStart'].text,
      ],
      f.x(crossing(d, f.y.invert(cy - 8 - f.fs))) - f.x(0) - 16,
      f.fs,
      'bold',
    ),
  );
}

/**
 * outlook-today: the experiments behind the run, as a range at the start (Lambert's multiplier on the run), and with
 * the lab-year as levels across the plot, so the starting prices fill the frame before any curve falls from them.
 */
function experiments(f: Plot): Mark[] {
  const { d } = f;
  const [low, high] = [d['exp.costLow'].value, d['exp.costHigh'].value];
  const startY = f.y(start(d));
  return [
    { kind: 'line', key: 'level-start', tone: 'ink', x1: f.x(0), x2: f.right, y1: startY, y2: startY, width: 2 },
    { kind: 'rect', key: 'exp-band', tone: 'c2', x: f.x(0), y: f.y(high), width: f.right - f.x(0), height: f.y(low) - f.y(high), opacity: 0.3 },
    { kind: 'line', key: 'exp-range', tone: 'c2', x1: f.x(0), x2: f.x(0), y1: f.y(low), y2: f.y(high), width: 5 },
    {
      kind: 'text',
      key: 'label-exp',
      tone: 'ink',
      x: f.x(0) + 10,
      y: f.y(high) - 6,
      size: f.fs,
      text: fit(
        [`Experiments: ${d['exp.costLow'].text}–${d['exp.costHigh'].text}`, `${d['exp.costLow'].text}–${d['exp.costHigh'].text}`],
        f.right - f.x(0) - 10,
        f.fs,
      ),
    },
  ];
}

/** The headline run's level, for comparison until the projection replaces it with Lambert's. */
const headlineLevel = (f: Plot, shortest = 0): Mark[] =>
  level(
    f,
    'level-headline',
    f.d['v3.cost.total'].value,
    [`The headline run: ${f.d['v3.cost.total'].text}`, `Headline run: ${f.d['v3.cost.total'].text}`, f.d['v3.cost.total'].text].slice(shortest),
  );

/** The outlook chart: each step a complete state, the same axes with the curves it has reached so far. */
export const outlookChart = defineChart({
  slug: 'outlook',
  caption:
    'A projection, not a forecast: what a fixed, V3-class capability may cost over time from two starting points, if measured rates of algorithmic and hardware progress hold.',
  figures,
  steps: {
    'outlook-today': {
      layout: (d, _state, size) => {
        const f = frame(d, size, ['Where the price starts'], ['start']);
        return [...f.marks, ...headlineLevel(f), ...experiments(f), ...startDot(f)];
      },
      describe: (d) =>
        `The starting point in ${BASE_LABEL}: the ${d['v3.cost.total'].text} run, ${d['exp.costLow'].text}–${d['exp.costHigh'].text} of experiments, and a year of running the lab at ${d['model.central.totalPerYear'].text} (Central), where the curves start.`,
    },
    'outlook-algorithms': {
      layout: (d, state, size) => {
        const f = frame(d, size, ['Algorithms need less compute'], ['algo']);
        const grow = reveal(state.progress);
        const fixed = [...headlineLevel(f), ...startDot(f)];
        return [
          ...f.marks,
          band(f, false, grow),
          ...fixed,
          ...curve(f, 'curve-algo', 'c1', false, grow, { text: 'algorithms only', side: 'above', avoid: boxesOf(fixed) }),
        ];
      },
      describe: (d) =>
        `If the compute for the same result halves every ${d['algo.halvingMonths'].text} (95% interval ${d['algo.halvingLow'].text}–${d['algo.halvingHigh'].text}), the cost falls ${d['algo.yearlyFactor'].text} a year.`,
    },
    'outlook-hardware': {
      layout: (d, state, size) => {
        const f = frame(d, size, ['Hardware gets cheaper too'], ['algo', 'hardware']);
        const grow = reveal(state.progress);
        // The headline's label takes a shorter wording when the curves' names find no clear place beside the longer one.
        const attempt = (shortest: number) => {
          const fixed = [...headlineLevel(f, shortest), ...startDot(f)];
          const algo = curve(f, 'curve-algo', 'muted', false, 1, { text: 'algorithms only', side: 'above', avoid: boxesOf(fixed) });
          const all = curve(f, 'curve-all', 'c1', true, grow, { text: 'with hardware', side: 'below', avoid: boxesOf([...fixed, ...algo]) });
          const clash = boxesOf([...algo, ...all].filter((m) => m.kind === 'text')).some((a) =>
            boxesOf(fixed.filter((m) => m.kind === 'text')).some((b) => hits(a, b)),
          );
          return { marks: [...fixed, ...algo, ...all], clash };
        };
        const chosen = [0, 1, 2].map(attempt).find((a) => !a.clash) ?? attempt(2);
        return [...f.marks, band(f, true, grow), ...chosen.marks];
      },
      describe: (d) =>
        `Hardware getting ${d['epoch.hardwareOom'].text} orders of magnitude cheaper a year (${d['hardware.yearlyFactor'].text}) steepens the fall to ${d['outlook.yearlyFactor'].text} a year.`,
    },
    'outlook-projection': {
      layout: (d, _state, size) => {
        const f = frame(d, size, ['The starting point decides the answer', 'The start decides the answer'], ['algo', 'hardware']);
        return [
          ...f.marks,
          band(f, true, 1),
          ...curve(f, 'curve-all', 'c1', true, 1),
          ...curve(f, 'curve-run', 'c2', true, 1, undefined, runStart(d)),
          ...arrival(f),
          ...startDot(f),
          ...runStartDot(f),
        ];
      },
      describe: (d) =>
        `At ${d['outlook.yearlyFactor'].text} a year, the run and its experiments (${d['outlook.runStart'].text}) could fall to Lambert’s ~${d['lambert.futureCost'].text} in about ${d['outlook.yearsFromRun'].text}; a lab-year (${d['model.central.totalPerYear'].text}) in about ${d['outlook.yearsFromLab'].text} (band ${d['outlook.yearsFromLabFast'].text}–${d['outlook.yearsFromLabSlow'].text}).`,
    },
  },
  table: (d) => ({
    columns: ['What', 'Figure'],
    rows: [
      ['Start: a year of running the lab (Central)', d['model.central.totalPerYear'].text],
      ['Start: the final run and its experiments (Central)', d['outlook.runStart'].text],
      [
        'Algorithms: compute for the same result halves every',
        `${d['algo.halvingMonths'].text} (95% interval ${d['algo.halvingLow'].text}–${d['algo.halvingHigh'].text})`,
      ],
      ['Algorithms: less compute each year', d['algo.yearlyFactor'].text],
      ['Hardware: more compute per dollar each year', d['hardware.yearlyFactor'].text],
      ['Both together: cheaper each year', d['outlook.yearlyFactor'].text],
      ['Lambert’s figure for a V3-class model “in a few years”', d['lambert.futureCost'].text],
      [
        'Years to reach it from the lab-year',
        `${d['outlook.yearsFromLab'].text} (band ${d['outlook.yearsFromLabFast'].text}–${d['outlook.yearsFromLabSlow'].text})`,
      ],
      ['Years to reach it from the run and its experiments', d['outlook.yearsFromRun'].text],
    ],
  }),
});
