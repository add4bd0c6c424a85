/** ablations: the final run as one dot, the swarm of runs around it, ~1,000 fine-tunes, then the multiplier as bars. */
import { scaleLinear } from 'd3-scale';
import { text, value } from '../lib/figure';
import { formatUsd } from '../lib/format';
import { frame, reveal } from './frame';
import { gridFor } from './grid';
import { fit, textWidth } from './text';
import type { Mark, Size, StepState } from './types';
import { legacySpec } from './legacy';

/** How many small runs the swarm draws: an illustration of "thousands", not a count. */
const swarmRuns = 320;
const goldenAngle = Math.PI * (3 - Math.sqrt(5));

/** ablations-final and ablations-sweeps: the final run as a big dot, alone or ringed by a deterministic swarm of small runs. */
function dots(size: Size, withSwarm: boolean): Mark[] {
  const f = withSwarm
    ? frame(size, ['Before the final run: many small runs', 'Many small runs come first'], [
      [`Each dot: a run of ${text('exp.smallParamsLow')}–${text('exp.smallParamsHigh')} parameters on up to ${text('exp.smallTokens')} tokens`, `Dot: a ${text('exp.smallParamsLow')}–${text('exp.smallParamsHigh')}-parameter run`],
      ['Illustrative: labs run thousands to fit scaling laws', 'Illustrative count'],
    ])
    : frame(size, [`The ${text('v3.cost.total')} is one training run`, `${text('v3.cost.total')}: one run`], [
      ['DeepSeek’s table counts this run and nothing before it', 'The table counts this run only'],
      ['It excludes “prior research and ablation experiments”', 'Prior research and ablations excluded'],
    ]);
  const labelY = f.top + f.body;
  const box = { top: labelY + 10, bottom: f.bottom, left: f.left, right: f.right };
  const cx = (box.left + box.right) / 2;
  const cy = (box.top + box.bottom) / 2;
  const halfW = (box.right - box.left) / 2;
  const halfH = (box.bottom - box.top) / 2;
  const radius = Math.max(10, Math.min(60, Math.min(halfW, halfH) * 0.45));
  const marks: Mark[] = [
    ...f.marks,
    { kind: 'circle', key: 'final', tone: 'c1', cx, cy, r: radius },
    { kind: 'line', key: 'final-leader', tone: 'muted', x1: cx, y1: labelY + 4, x2: cx, y2: cy - radius },
    {
      kind: 'text', key: 'final-label', tone: 'ink', x: cx, y: labelY, size: f.body, weight: 'bold', anchor: 'middle',
      text: fit([`Final run: ${text('v3.gpuHours.total')} = ${text('v3.cost.total')}`, `Final run: ${text('v3.cost.total')}`], f.right - f.left, f.body),
    },
  ];
  if (!withSwarm) return marks;
  const small = Math.max(2, Math.min(5, radius * 0.12));
  const low = value('exp.smallParamsLow');
  const high = value('exp.smallParamsHigh');
  const inner = radius + 2 * small + 4;
  for (let i = 0; i < swarmRuns; i += 1) {
    // A sunflower spiral in the ring between the big dot and the box's ellipse: even and deterministic.
    const angle = i * goldenAngle;
    const edge = 1 / Math.hypot(Math.cos(angle) / (halfW - small), Math.sin(angle) / (halfH - small));
    const reach = Math.sqrt(inner ** 2 + ((i + 0.5) / swarmRuns) * Math.max(0, edge ** 2 - inner ** 2));
    // Sizes from a second low-discrepancy sequence, so they do not line up with the spiral's arms.
    const params = low + (high - low) * ((0.5 + i * 0.7548776662) % 1);
    marks.push({
      kind: 'circle', key: `run-${i}`, tone: 'c2', opacity: 0.8,
      cx: cx + Math.cos(angle) * reach, cy: cy + Math.sin(angle) * reach,
      r: small * (0.5 + (0.5 * (params - low)) / (high - low)),
    });
  }
  return marks;
}

/** ablations-recipes: Tülu 3's ~1,000 fine-tunes as a grid that fills in (the count printed is the final one), the one kept in another colour. */
function recipes(state: StepState, size: Size): Mark[] {
  const total = value('tulu3.finetunes');
  const shown = Math.round(total * reveal(state.progress));
  const f = frame(size, [`Tülu 3: about ${text('tulu3.finetunes')} fine-tunes to pick one recipe`, `Tülu 3: ${text('tulu3.finetunes')} fine-tunes, one kept`, `Tülu 3: one recipe of ${text('tulu3.finetunes')}`], [
    ['Lambert’s team, not DeepSeek: a typical post-training search', 'Another lab’s model: typical practice'],
    ['V3’s post-training also used data from DeepSeek-R1, not counted', 'V3 also used R1-made data, not counted'],
  ]);
  const labelY = f.top + f.body;
  const top = labelY + 10;
  const { cols, cell } = gridFor(total, f.right - f.left, f.bottom - top);
  const left = f.left + (f.right - f.left - cols * cell) / 2;
  const count = text('tulu3.finetunes');
  const marks: Mark[] = [
    ...f.marks,
    {
      kind: 'text', key: 'recipes-count', tone: 'ink', x: f.left, y: labelY, size: f.body, weight: 'bold',
      text: fit([`${count} fine-tuned models; one recipe kept`, `${count} fine-tunes`], f.right - f.left, f.body),
    },
  ];
  for (let i = 0; i < shown; i += 1) {
    const kept = i === total - 1;
    marks.push({
      kind: 'circle', key: `tune-${i}`, tone: kept ? 'c3' : 'c2', opacity: kept ? 1 : 0.7,
      cx: left + (i % cols + 0.5) * cell, cy: top + (Math.floor(i / cols) + 0.5) * cell, r: cell * (kept ? 0.6 : 0.36),
    });
  }
  return marks;
}

/** ablations-multiplier: the final run as a bar that grows by Lambert's 2–4× of experiments, beside Epoch's total ÷ final ratio. */
function multiplier(state: StepState, size: Size): Mark[] {
  const final = value('v3.cost.total');
  const low = value('exp.costLow');
  const high = value('exp.costHigh');
  const grow = Math.min(1, Math.max(0, state.progress) * 2);
  const f = frame(size, [`Experiments add ${text('exp.multiplierLow')}–${text('exp.multiplierHigh')} the final run`, `Experiments: ${text('exp.multiplierLow')}–${text('exp.multiplierHigh')} more`], [
    [`At ${text('v3.rentalPrice')}, as in DeepSeek’s table`, `At ${text('v3.rentalPrice')}`],
  ]);
  const width = f.right - f.left;
  const x = scaleLinear().domain([0, final + high]).range([f.left, f.right]);
  const lineH = f.body + 8;
  const axisH = 2 * f.body + 20;
  const room = (f.bottom - f.top - axisH) / 2;
  const barH = Math.max(10, Math.min(56, room - 2 * lineH - 8));
  const rowH = Math.min(room, 2 * lineH + barH + 24);
  const top = f.top + Math.max(0, (f.bottom - f.top - axisH - 2 * rowH) / 2);
  const a = top + lineH;
  const b = top + rowH + lineH;
  const epochLow = value('epoch.totalToFinalLow') * final;
  const epochHigh = value('epoch.totalToFinalHigh') * final;
  const median = x(value('epoch.totalToFinalMedian') * final);
  const axisY = b + barH + lineH + f.body + 12;
  const marks: Mark[] = [
    ...f.marks,
    { kind: 'text', key: 'lambert-label', tone: 'ink', x: f.left, y: a - 8, size: f.body, weight: 'bold', text: fit([`Lambert: ${text('exp.multiplierLow')}–${text('exp.multiplierHigh')} the reported compute (read here as on top of the run)`, `Lambert: ${text('exp.multiplierLow')}–${text('exp.multiplierHigh')} (read as on top)`], width, f.body, 'bold') },
    { kind: 'rect', key: 'bar-final', tone: 'c1', x: x(0), y: a, width: x(final) - x(0), height: barH },
    { kind: 'rect', key: 'bar-experiments', tone: 'c2', x: x(final), y: a, width: (x(final + low) - x(final)) * grow, height: barH },
    { kind: 'rect', key: 'bar-experiments-range', tone: 'c2', opacity: 0.4, x: x(final + low * grow), y: a, width: (x(final + high) - x(final + low)) * grow, height: barH },
    { kind: 'text', key: 'final-value', tone: 'ink', x: f.left, y: a + barH + f.body + 4, size: f.body, text: fit([`Final run ${text('v3.cost.total')}`, text('v3.cost.total')], width / 2, f.body) },
    { kind: 'text', key: 'experiments-value', tone: 'ink', x: f.right, y: a + barH + f.body + 4, size: f.body, anchor: 'end', text: fit([`+ ${text('exp.costLow')}–${text('exp.costHigh')} of experiments`, `+ ${text('exp.costLow')}–${text('exp.costHigh')}`], width / 2 + 20, f.body) },
    { kind: 'text', key: 'epoch-label', tone: 'ink', x: f.left, y: b - 8, size: f.body, weight: 'bold', text: fit([`Epoch: total ÷ final run is ${text('epoch.totalToFinalLow')}–${text('epoch.totalToFinalHigh')}, final run included`, `Epoch: total ÷ final ${text('epoch.totalToFinalLow')}–${text('epoch.totalToFinalHigh')}`], width, f.body, 'bold') },
    { kind: 'rect', key: 'bar-epoch', tone: 'c4', x: x(0), y: b, width: x(epochLow) - x(0), height: barH },
    { kind: 'rect', key: 'bar-epoch-range', tone: 'c4', opacity: 0.4, x: x(epochLow), y: b, width: x(epochHigh) - x(epochLow), height: barH },
    { kind: 'line', key: 'epoch-median', tone: 'ink', x1: median, x2: median, y1: b - 2, y2: b + barH + 2, width: 2 },
    { kind: 'text', key: 'epoch-median-label', tone: 'ink', x: median, y: b + barH + f.body + 4, size: f.body, anchor: 'middle', text: `median ${text('epoch.totalToFinalMedian')}` },
    { kind: 'line', key: 'axis', tone: 'grid', x1: f.left, x2: f.right, y1: axisY - f.body - 4, y2: axisY - f.body - 4 },
  ];
  const ticks = x.ticks(size.width < 480 ? 3 : 5);
  for (const tick of ticks) {
    const label = formatUsd(tick);
    const half = textWidth(label, f.body) / 2;
    marks.push({ kind: 'text', key: `tick-${tick}`, tone: 'muted', x: Math.min(f.right - half, Math.max(f.left + half, x(tick))), y: axisY, size: f.body, anchor: 'middle', text: label });
  }
  return marks;
}

/** The ablations section's chart: the final run, the experiments around it, and the multiplier. */
export const ablationsChart = legacySpec({
  slug: 'ablations',
  caption: 'The final training run against the experiments behind it: sweeps of small runs, a recipe search, and the cost multiplier.',
  steps: ['ablations-final', 'ablations-sweeps', 'ablations-recipes', 'ablations-multiplier'],
  layout(state, size) {
    switch (state.step) {
      case 'ablations-final': return dots(size, false);
      case 'ablations-sweeps': return dots(size, true);
      case 'ablations-recipes': return recipes(state, size);
      case 'ablations-multiplier': return multiplier(state, size);
      default: throw new Error(`ablations chart has no step "${state.step}"`);
    }
  },
  describe(step) {
    switch (step) {
      case 'ablations-final': return `One dot: the final training run, ${text('v3.gpuHours.total')} priced at ${text('v3.cost.total')}, the only run DeepSeek’s table counts.`;
      case 'ablations-sweeps': return `The final-run dot ringed by a swarm of small experimental runs of ${text('exp.smallParamsLow')}–${text('exp.smallParamsHigh')} parameters on up to ${text('exp.smallTokens')} tokens (an illustrative number of dots).`;
      case 'ablations-recipes': return `A grid of about ${text('tulu3.finetunes')} fine-tuned models, Lambert’s team’s search for the Tülu 3 recipe, with the one that shipped highlighted.`;
      case 'ablations-multiplier': return `The ${text('v3.cost.total')} final run as a bar that grows by ${text('exp.costLow')}–${text('exp.costHigh')} of experiments (Lambert’s ${text('exp.multiplierLow')}–${text('exp.multiplierHigh')}, on top of the run), beside Epoch’s total-to-final ratio of ${text('epoch.totalToFinalLow')}–${text('epoch.totalToFinalHigh')} (median ${text('epoch.totalToFinalMedian')}, run included).`;
      default: throw new Error(`ablations chart has no step "${step}"`);
    }
  },
  table() {
    return {
      columns: ['What', 'Figure', 'Who says so'],
      rows: [
        ['Final training run', `${text('v3.gpuHours.total')} = ${text('v3.cost.total')}`, 'DeepSeek-V3 report'],
        ['Size of de-risking runs', `${text('exp.smallParamsLow')}–${text('exp.smallParamsHigh')} parameters, up to ${text('exp.smallTokens')} tokens`, 'Lambert (estimate)'],
        ['Fine-tunes to settle Tülu 3’s recipe', text('tulu3.finetunes'), 'Lambert (first-hand)'],
        ['Experiments, read as on top of the final run', `${text('exp.multiplierLow')}–${text('exp.multiplierHigh')} (Lambert) = ${text('exp.costLow')}–${text('exp.costHigh')} (this page’s arithmetic)`, 'Lambert (multiplier); this page (dollars)'],
        ['Total ÷ final-run compute, 90% interval from a handful of documented cases', `${text('epoch.totalToFinalLow')}–${text('epoch.totalToFinalHigh')}, median ${text('epoch.totalToFinalMedian')}`, 'Epoch AI'],
      ],
    };
  },
});
