/** peers: DeepSeek-V3 beside Llama 3.1 405B as bars that rescale per measure, then a grid of 671B parameters with 37B lit. */
import { scaleLinear } from 'd3-scale';
import { figure, text, value } from '../lib/figure';
import { formatCompact } from '../lib/format';
import { frame, label } from './frame';
import { gridFor } from './grid';
import { textWidth } from './text';
import type { Mark, Size, StepState, Tone } from './types';
import { legacySpec } from './legacy';

/** Parameters per cell of the grid: a layout choice, said in the grid's label. */
const paramsPerCell = 1e9;

/** The three bar steps: which figure each bar shows, and what to say under it. */
const measures = {
  'peers-gpu-hours': {
    titles: () => ['GPU-hours for the final training run', 'GPU-hours to train'],
    llama: 'llama405.gpuHours',
    v3: 'v3.gpuHours.total',
    notes: () => [
      [`Llama 3.1 405B took ${text('peers.gpuHoursRatio')} the GPU-hours`, `Llama: ${text('peers.gpuHoursRatio')} the GPU-hours`],
      ['Llama on H100s, DeepSeek on H800s: reportedly the same compute per GPU', 'H100 vs H800: reportedly equal compute'],
    ],
  },
  'peers-flops': {
    titles: () => ['Training compute, in floating-point operations', 'Training compute (FLOPs)'],
    llama: 'llama405.flops',
    v3: 'v3.flops',
    notes: () => [
      [`Llama 3.1 405B used ${text('peers.flopsRatio')} the compute`, `Llama: ${text('peers.flopsRatio')} the compute`],
      [`DeepSeek-V3: ${figure('v3.flops').formula ?? ''}`, `V3: ${text('v3.params.active')} active × ${text('v3.tokens')} tokens`],
    ],
  },
  'peers-throughput': {
    titles: () => ['Useful work per GPU, TFLOP/s', 'Useful work per GPU'],
    llama: 'llama405.usefulTflops',
    v3: 'v3.usefulTflops',
    notes: () => [
      ['About the same per GPU: the saving is fewer FLOPs, not faster GPUs', 'Same work per GPU: just fewer FLOPs'],
      [`Each: ${figure('v3.usefulTflops').formula ?? ''}`, 'training FLOPs ÷ GPU-seconds'],
    ],
  },
} as const;

type MeasureStep = keyof typeof measures;

/** peers-gpu-hours, -flops, -throughput: one bar each for Llama 3.1 405B and DeepSeek-V3, on a scale fitted to the larger. */
function bars(step: MeasureStep, size: Size): Mark[] {
  const measure = measures[step];
  const f = frame(size, measure.titles(), measure.notes());
  const labelH = f.body + 8;
  const room = (f.bottom - f.top) / 2;
  const barH = Math.max(8, Math.min(64, room - labelH - 10));
  const rowH = Math.min(room, labelH + barH + 32);
  const shift = room - rowH;
  const rows = [
    { id: 'llama', name: 'Llama 3.1 405B', figureId: measure.llama, tone: 'c4' as Tone },
    { id: 'v3', name: 'DeepSeek-V3', figureId: measure.v3, tone: 'c1' as Tone },
  ];
  const largest = Math.max(...rows.map((r) => value(r.figureId)));
  const x = scaleLinear().domain([0, largest]).range([f.left, f.right]);
  const marks: Mark[] = [...f.marks];
  for (const [i, row] of rows.entries()) {
    const y = f.top + shift + i * rowH + labelH;
    const end = x(value(row.figureId));
    const figureText = text(row.figureId);
    const outside = end + 8 + textWidth(figureText, f.body) <= f.right;
    marks.push(
      { kind: 'text', key: `name-${row.id}`, tone: 'ink', x: f.left, y: y - 8, size: f.body, weight: 'bold', text: row.name },
      { kind: 'rect', key: `bar-${row.id}`, tone: row.tone, x: f.left, y, width: end - f.left, height: barH },
      outside
        ? { kind: 'text', key: `value-${row.id}`, tone: 'ink', x: end + 8, y: y + barH / 2 + f.body * 0.35, size: f.body, text: figureText }
        : { kind: 'text', key: `value-${row.id}`, tone: 'ink', x: end, y: y - 8, size: f.body, anchor: 'end', text: figureText },
    );
  }
  return marks;
}

/** The cells that light up: scattered evenly over the grid (an R2 low-discrepancy sequence), as a token's experts are. */
function litCells(total: number, lit: number, cols: number): Set<number> {
  const rows = Math.ceil(total / cols);
  const cells = new Set<number>();
  for (let j = 0; cells.size < Math.min(lit, total); j += 1) {
    const u = (0.5 + j * 0.7548776662) % 1;
    const v = (0.5 + j * 0.5698402910) % 1;
    const cell = Math.floor(v * rows) * cols + Math.floor(u * cols);
    if (cell < total) cells.add(cell);
  }
  return cells;
}

/** peers-active: 671 cells of 1B parameters each; the 37 that work on a token are lit. */
function parameterGrid(size: Size): Mark[] {
  const total = Math.round(value('v3.params.total') / paramsPerCell);
  const active = Math.round(value('v3.params.active') / paramsPerCell);
  const f = frame(size, [`Only ${text('v3.params.active')} of ${text('v3.params.total')} parameters work on each token`, `${text('v3.params.active')} of ${text('v3.params.total')} parameters per token`, `${text('v3.params.active')} of ${text('v3.params.total')} params per token`], [
    [`Llama 3.1 405B is dense: all ${text('llama405.params')} parameters work on every token`, `Llama 3.1 405B: all ${text('llama405.params')} active`],
  ]);
  const labelY = f.top + f.body;
  const unit = `${formatCompact(paramsPerCell)} parameters`;
  const top = labelY + 10;
  const { cols, cell } = gridFor(total, f.right - f.left, f.bottom - top);
  const left = f.left + (f.right - f.left - cols * cell) / 2;
  const lit = litCells(total, active, cols);
  const marks: Mark[] = [
    // The title, then the grid's label, then the note.
    ...f.marks.slice(0, 1),
    label('grid-label', f, labelY, [`One square = ${unit}; lit = active for a token (${text('v3.activeShare')})`, `Square = ${unit}; lit: active (${text('v3.activeShare')})`, `Square = ${unit}`], 'muted'),
    ...f.marks.slice(1),
  ];
  for (let i = 0; i < total; i += 1) {
    const on = lit.has(i);
    marks.push({
      kind: 'rect', key: `param-${i}`, tone: on ? 'c1' : 'grid', x: left + (i % cols) * cell, y: top + Math.floor(i / cols) * cell,
      width: cell * 0.82, height: cell * 0.82, rx: cell * 0.12,
    });
  }
  return marks;
}

const isMeasure = (step: string): step is MeasureStep => step in measures;

/** The peers section's chart: bars against Llama 3.1 405B that rescale per measure, then the active-parameter grid. */
export const peersChart = legacySpec({
  slug: 'peers',
  caption: 'DeepSeek-V3 beside Llama 3.1 405B: GPU-hours, training compute, work per GPU, and the share of parameters active per token.',
  steps: ['peers-gpu-hours', 'peers-flops', 'peers-throughput', 'peers-active'],
  layout(state: StepState, size: Size) {
    if (isMeasure(state.step)) return bars(state.step, size);
    if (state.step === 'peers-active') return parameterGrid(size);
    throw new Error(`peers chart has no step "${state.step}"`);
  },
  describe(step) {
    switch (step) {
      case 'peers-gpu-hours': return `Two bars: Llama 3.1 405B took ${text('llama405.gpuHours')} against DeepSeek-V3’s ${text('v3.gpuHours.total')}, ${text('peers.gpuHoursRatio')} as many.`;
      case 'peers-flops': return `The bars rescale to training compute: ${text('llama405.flops')} for Llama 3.1 405B against ${text('v3.flops')} for DeepSeek-V3, ${text('peers.flopsRatio')} as much.`;
      case 'peers-throughput': return `The bars rescale to useful work per GPU and end up nearly equal, ${text('llama405.usefulTflops')} for Llama against ${text('v3.usefulTflops')} for DeepSeek-V3: the saving is fewer FLOPs, not faster GPUs.`;
      case 'peers-active': return `A grid of ${text('v3.params.total')} parameters in squares of ${formatCompact(paramsPerCell)}, with the ${text('v3.params.active')} (${text('v3.activeShare')}) that work on each token lit; Llama 3.1 405B uses all ${text('llama405.params')}.`;
      default: throw new Error(`peers chart has no step "${step}"`);
    }
  },
  table() {
    return {
      columns: ['Measure', 'Llama 3.1 405B', 'DeepSeek-V3', 'Ratio'],
      rows: [
        ['GPU-hours (final run)', text('llama405.gpuHours'), text('v3.gpuHours.total'), text('peers.gpuHoursRatio')],
        ['Training compute', text('llama405.flops'), text('v3.flops'), text('peers.flopsRatio')],
        ['Useful work per GPU', text('llama405.usefulTflops'), text('v3.usefulTflops'), '—'],
        ['Parameters (total)', text('llama405.params'), text('v3.params.total'), '—'],
        ['Parameters active per token', text('llama405.params'), text('v3.params.active'), '—'],
      ],
    };
  },
});
