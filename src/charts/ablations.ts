/** ablations: the final run as one dot, the swarm of runs around it, ~1,000 fine-tunes, then the multiplier as bars. */
import { formatUsd } from '../lib/format';
import { frame, frameWithRoom, gridFor, reveal, type Frame } from './kit';
import { linear } from './scale';
import { fit, textWidth } from './text';
import { defineChart, type ChartFigures, type Mark, type Size, type StepState } from './types';

const figures = [
  'v3.gpuHours.total',
  'v3.cost.total',
  'v3.rentalPrice',
  'exp.smallParamsLow',
  'exp.smallParamsHigh',
  'exp.smallTokens',
  'tulu3.finetunes',
  'exp.multiplierLow',
  'exp.multiplierHigh',
  'exp.costLow',
  'exp.costHigh',
  'epoch.totalToFinalLow',
  'epoch.totalToFinalHigh',
  'epoch.totalToFinalMedian',
] as const;
type Data = ChartFigures<(typeof figures)[number]>;

/** How many small runs the swarm draws: an illustration of "thousands", not a count. */
const swarmRuns = 320;
const goldenAngle = Math.PI * (3 - Math.sqrt(5));

/** ablations-final and ablations-sweeps: the final run as a big dot, alone or ringed by a deterministic swarm of small runs. */
function dots(d: Data, size: Size, withSwarm: boolean): Mark[] {
  const f = withSwarm
    ? frame(
        size,
        ['Before the final run: many small runs', 'Many small runs come first'],
        [
          [
            `Each dot: a run of ${d['exp.smallParamsLow'].text}–${d['exp.smallParamsHigh'].text} parameters on up to ${d['exp.smallTokens'].text} tokens`,
            `Dot: a ${d['exp.smallParamsLow'].text}–${d['exp.smallParamsHigh'].text}-parameter run`,
          ],
          ['Illustrative: labs run thousands to fit scaling laws', 'Illustrative count'],
        ],
      )
    : frame(
        size,
        [`The ${d['v3.cost.total'].text} is one training run`, `${d['v3.cost.total'].text}: one run`],
        [
          ['DeepSeek’s table counts this run and nothing before it', 'The table counts this run only'],
          ['It excludes “prior research and ablation experiments”', 'Prior research and ablations excluded'],
        ],
      );
  const labelY = f.top + f.body;
  const box = { top: labelY + 10, bottom: f.bottom, left: f.left, right: f.right };
  const cx = (box.left + box.right) / 2;
  const cy = (box.top + box.bottom) / 2;
  const halfW = (box.right - box.left) / 2;
  const halfH = (box.bottom - box.top) / 2;
  // Alone, the final run fills its box; ringed by the swarm, it shrinks to leave the swarm room.
  const radius = withSwarm ? Math.max(10, Math.min(60, Math.min(halfW, halfH) * 0.45)) : Math.max(10, Math.min(halfW, halfH) * 0.75);
  const marks: Mark[] = [
    ...f.marks,
    { kind: 'circle', key: 'final', tone: 'c1', cx, cy, r: radius },
    { kind: 'line', key: 'final-leader', tone: 'muted', x1: cx, y1: labelY + 4, x2: cx, y2: cy - radius },
    {
      kind: 'text',
      key: 'final-label',
      tone: 'ink',
      x: cx,
      y: labelY,
      size: f.body,
      weight: 'bold',
      anchor: 'middle',
      text: fit(
        [`Final run: ${d['v3.gpuHours.total'].text} = ${d['v3.cost.total'].text}`, `Final run: ${d['v3.cost.total'].text}`],
        f.right - f.left,
        f.body,
        'bold',
      ),
    },
  ];
  if (!withSwarm) return marks;
  const small = Math.max(2, Math.min(5, radius * 0.12));
  const low = d['exp.smallParamsLow'].value;
  const high = d['exp.smallParamsHigh'].value;
  const inner = radius + 2 * small + 4;
  for (let i = 0; i < swarmRuns; i += 1) {
    // A sunflower spiral in the ring between the big dot and the box's ellipse: even and deterministic.
    const angle = i * goldenAngle;
    const edge = 1 / Math.hypot(Math.cos(angle) / (halfW - small), Math.sin(angle) / (halfH - small));
    const reach = Math.sqrt(inner ** 2 + ((i + 0.5) / swarmRuns) * Math.max(0, edge ** 2 - inner ** 2));
    // Sizes from a second low-discrepancy sequence, so they do not line up with the spiral's arms.
    const params = low + (high - low) * ((0.5 + i * 0.7548776662) % 1);
    marks.push({
      kind: 'circle',
      key: `run-${i}`,
      tone: 'c2',
      opacity: 0.8,
      cx: cx + Math.cos(angle) * reach,
      cy: cy + Math.sin(angle) * reach,
      r: small * (0.5 + (0.5 * (params - low)) / (high - low)),
    });
  }
  return marks;
}

/** ablations-recipes: Tülu 3's ~1,000 fine-tunes as a grid that fills in (the count printed is the final one), the one kept in another colour. */
function recipes(d: Data, state: StepState, size: Size): Mark[] {
  const total = d['tulu3.finetunes'].value;
  const shown = Math.round(total * reveal(state.progress));
  const f = frame(
    size,
    [
      `Tülu 3: about ${d['tulu3.finetunes'].text} fine-tunes to pick one recipe`,
      `Tülu 3: ${d['tulu3.finetunes'].text} fine-tunes, one kept`,
      `Tülu 3: one recipe of ${d['tulu3.finetunes'].text}`,
    ],
    [
      ['Lambert’s team, not DeepSeek: a typical post-training search', 'Another lab’s model: typical practice'],
      ['V3’s post-training also used data from DeepSeek-R1, not counted', 'V3 also used R1-made data, not counted'],
    ],
  );
  const labelY = f.top + f.body;
  const top = labelY + 10;
  const { cols, cell } = gridFor(total, f.right - f.left, f.bottom - top);
  const left = f.left + (f.right - f.left - cols * cell) / 2;
  const count = d['tulu3.finetunes'].text;
  const marks: Mark[] = [
    ...f.marks,
    {
      kind: 'text',
      key: 'recipes-count',
      tone: 'ink',
      x: f.left,
      y: labelY,
      size: f.body,
      weight: 'bold',
      text: fit([`${count} fine-tuned models; one recipe kept`, `${count} fine-tunes`], f.right - f.left, f.body, 'bold'),
    },
  ];
  for (let i = 0; i < shown; i += 1) {
    const kept = i === total - 1;
    marks.push({
      kind: 'circle',
      key: `tune-${i}`,
      tone: kept ? 'c3' : 'c2',
      opacity: kept ? 1 : 0.7,
      cx: left + ((i % cols) + 0.5) * cell,
      cy: top + (Math.floor(i / cols) + 0.5) * cell,
      r: cell * (kept ? 0.6 : 0.36),
    });
  }
  return marks;
}

/** ablations-multiplier: the final run as a bar that grows by Lambert's 2–4× of experiments, beside Epoch's total ÷ final ratio. */
function multiplier(d: Data, state: StepState, size: Size): Mark[] {
  const final = d['v3.cost.total'].value;
  const low = d['exp.costLow'].value;
  const high = d['exp.costHigh'].value;
  const grow = Math.min(1, Math.max(0, state.progress) * 2);
  // A row: its label line, its bar (8 at least), the line of values under the bar; rows a gap apart where there is room.
  const rowFixed = (f: Frame): number => 2 * f.body + 16;
  const f = frameWithRoom(
    size,
    [
      `Experiments add ${d['exp.multiplierLow'].text}–${d['exp.multiplierHigh'].text} the final run`,
      `Experiments: ${d['exp.multiplierLow'].text}–${d['exp.multiplierHigh'].text} more`,
    ],
    [[`At ${d['v3.rentalPrice'].text}, as in DeepSeek’s table`, `At ${d['v3.rentalPrice'].text}`]],
    (fr) => fr.bottom - fr.top >= 2 * (rowFixed(fr) + 8),
  );
  const width = f.right - f.left;
  const x = linear([0, final + high], [f.left, f.right]);
  const lineH = f.body + 8;
  const axisH = 2 * f.body + 20;
  const free = f.bottom - f.top;
  // The dollar axis is secondary: a short frame (a phone's chart) leaves it out, as the values under the bars say the dollars.
  const gap = free >= 2 * (rowFixed(f) + 8) + 12 ? 12 : 0;
  const withAxis = free >= 2 * (rowFixed(f) + 10) + gap + axisH;
  const barH = Math.max(8, Math.min(72, (free - (withAxis ? axisH : 0) - gap) / 2 - rowFixed(f)));
  const rowH = rowFixed(f) + gap + barH;
  const top = f.top + Math.max(0, (free - (withAxis ? axisH : 0) - 2 * rowH + gap) / 2);
  const a = top + lineH;
  const b = top + rowH + lineH;
  const epochLow = d['epoch.totalToFinalLow'].value * final;
  const epochHigh = d['epoch.totalToFinalHigh'].value * final;
  const median = x(d['epoch.totalToFinalMedian'].value * final);
  const axisY = b + barH + lineH + f.body + 12;
  const marks: Mark[] = [
    ...f.marks,
    {
      kind: 'text',
      key: 'lambert-label',
      tone: 'ink',
      x: f.left,
      y: a - 8,
      size: f.body,
      weight: 'bold',
      text: fit(
        [
          `Lambert: ${d['exp.multiplierLow'].text}–${d['exp.multiplierHigh'].text} the reported compute (read here as on top of the run)`,
          `Lambert: ${d['exp.multiplierLow'].text}–${d['exp.multiplierHigh'].text} (read as on top)`,
        ],
        width,
        f.body,
        'bold',
      ),
    },
    { kind: 'rect', key: 'bar-final', tone: 'c1', x: x(0), y: a, width: x(final) - x(0), height: barH },
    { kind: 'rect', key: 'bar-experiments', tone: 'c2', x: x(final), y: a, width: (x(final + low) - x(final)) * grow, height: barH },
    {
      kind: 'rect',
      key: 'bar-experiments-range',
      tone: 'c2',
      opacity: 0.4,
      x: x(final + low * grow),
      y: a,
      width: (x(final + high) - x(final + low)) * grow,
      height: barH,
    },
    {
      kind: 'text',
      key: 'final-value',
      tone: 'ink',
      x: f.left,
      y: a + barH + f.body + 4,
      size: f.body,
      text: fit([`Final run ${d['v3.cost.total'].text}`, d['v3.cost.total'].text], width / 2, f.body),
    },
    {
      kind: 'text',
      key: 'experiments-value',
      tone: 'ink',
      x: f.right,
      y: a + barH + f.body + 4,
      size: f.body,
      anchor: 'end',
      text: fit(
        [`+ ${d['exp.costLow'].text}–${d['exp.costHigh'].text} of experiments`, `+ ${d['exp.costLow'].text}–${d['exp.costHigh'].text}`],
        width / 2 + 20,
        f.body,
      ),
    },
    {
      kind: 'text',
      key: 'epoch-label',
      tone: 'ink',
      x: f.left,
      y: b - 8,
      size: f.body,
      weight: 'bold',
      text: fit(
        [
          `Epoch: total ÷ final run is ${d['epoch.totalToFinalLow'].text}–${d['epoch.totalToFinalHigh'].text}, final run included`,
          `Epoch: total ÷ final ${d['epoch.totalToFinalLow'].text}–${d['epoch.totalToFinalHigh'].text}`,
        ],
        width,
        f.body,
        'bold',
      ),
    },
    { kind: 'rect', key: 'bar-epoch', tone: 'c4', x: x(0), y: b, width: x(epochLow) - x(0), height: barH },
    { kind: 'rect', key: 'bar-epoch-range', tone: 'c4', opacity: 0.4, x: x(epochLow), y: b, width: x(epochHigh) - x(epochLow), height: barH },
    { kind: 'line', key: 'epoch-median', tone: 'ink', x1: median, x2: median, y1: b - 2, y2: b + barH + 2, width: 2 },
    {
      kind: 'text',
      key: 'epoch-median-label',
      tone: 'ink',
      x: median,
      y: b + barH + f.body + 4,
      size: f.body,
      anchor: 'middle',
      text: `median ${d['epoch.totalToFinalMedian'].text}`,
    },
  ];
  if (withAxis) marks.push({ kind: 'line', key: 'axis', tone: 'grid', x1: f.left, x2: f.right, y1: axisY - f.body - 4, y2: axisY - f.body - 4 });
  const ticks = withAxis ? x.ticks(size.width < 480 ? 3 : 5) : [];
  for (const tick of ticks) {
    const label = formatUsd(tick);
    const half = textWidth(label, f.body) / 2;
    marks.push({
      kind: 'text',
      key: `tick-${tick}`,
      tone: 'muted',
      x: Math.min(f.right - half, Math.max(f.left + half, x(tick))),
      y: axisY,
      size: f.body,
      anchor: 'middle',
      text: label,
    });
  }
  return marks;
}

/** The ablations section's chart: the final run, the experiments around it, and the multiplier. */
export const ablationsChart = defineChart({
  slug: 'ablations',
  caption: 'The final training run against the experiments behind it: sweeps of small runs, a recipe search, and the cost multiplier.',
  figures,
  steps: {
    'ablations-final': {
      layout: (d, _state, size) => dots(d, size, false),
      describe: (d) =>
        `One dot: the final training run, ${d['v3.gpuHours.total'].text} priced at ${d['v3.cost.total'].text}, the only run DeepSeek’s table counts.`,
    },
    'ablations-sweeps': {
      layout: (d, _state, size) => dots(d, size, true),
      describe: (d) =>
        `The final-run dot ringed by a swarm of small experimental runs of ${d['exp.smallParamsLow'].text}–${d['exp.smallParamsHigh'].text} parameters on up to ${d['exp.smallTokens'].text} tokens (an illustrative number of dots).`,
    },
    'ablations-recipes': {
      layout: (d, state, size) => recipes(d, state, size),
      describe: (d) =>
        `A grid of about ${d['tulu3.finetunes'].text} fine-tuned models, Lambert’s team’s search for the Tülu 3 recipe, with the one that shipped highlighted.`,
    },
    'ablations-multiplier': {
      layout: (d, state, size) => multiplier(d, state, size),
      describe: (d) =>
        `The ${d['v3.cost.total'].text} final run as a bar that grows by ${d['exp.costLow'].text}–${d['exp.costHigh'].text} of experiments (Lambert’s ${d['exp.multiplierLow'].text}–${d['exp.multiplierHigh'].text}, on top of the run), beside Epoch’s total-to-final ratio of ${d['epoch.totalToFinalLow'].text}–${d['epoch.totalToFinalHigh'].text} (median ${d['epoch.totalToFinalMedian'].text}, run included).`,
    },
  },
  table: (d) => ({
    columns: ['What', 'Figure', 'Who says so'],
    rows: [
      ['Final training run', `${d['v3.gpuHours.total'].text} = ${d['v3.cost.total'].text}`, 'DeepSeek-V3 report'],
      [
        'Size of de-risking runs',
        `${d['exp.smallParamsLow'].text}–${d['exp.smallParamsHigh'].text} parameters, up to ${d['exp.smallTokens'].text} tokens`,
        'Lambert (estimate)',
      ],
      ['Fine-tunes to settle Tülu 3’s recipe', d['tulu3.finetunes'].text, 'Lambert (first-hand)'],
      [
        'Experiments, read as on top of the final run',
        `${d['exp.multiplierLow'].text}–${d['exp.multiplierHigh'].text} (Lambert) = ${d['exp.costLow'].text}–${d['exp.costHigh'].text} (this page’s arithmetic)`,
        'Lambert (multiplier); this page (dollars)',
      ],
      [
        'Total ÷ final-run compute, 90% interval from a handful of documented cases',
        `${d['epoch.totalToFinalLow'].text}–${d['epoch.totalToFinalHigh'].text}, median ${d['epoch.totalToFinalMedian'].text}`,
        'Epoch AI',
      ],
    ],
  }),
});
