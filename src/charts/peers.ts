/** peers: DeepSeek-V3 beside Llama 3.1 405B as bars that rescale per measure, then a grid of 671B parameters with 37B lit. */
import { formatCompact } from '../lib/format';
import { frame, gridFor, label, scatteredCells, squares } from './kit';
import { linear } from './scale';
import { textWidth } from './text';
import { defineChart, type ChartFigures, type Mark, type Size, type Tone } from './types';

const figures = [
  'llama405.gpuHours',
  'v3.gpuHours.total',
  'peers.gpuHoursRatio',
  'llama405.flops',
  'v3.flops',
  'peers.flopsRatio',
  'v3.tokens',
  'llama405.usefulTflops',
  'v3.usefulTflops',
  'llama405.params',
  'v3.params.total',
  'v3.params.active',
  'v3.activeShare',
] as const;
type Id = (typeof figures)[number];
type Data = ChartFigures<Id>;

/** Parameters per cell of the grid: a layout choice, said in the grid's label. */
const paramsPerCell = 1e9;

/** One bar step: which figure each bar shows, its title variants, and its notes (each a list of variants). */
interface Measure {
  titles: string[];
  llama: Id;
  v3: Id;
  notes(d: Data): string[][];
}

/** The three bar steps. */
const measures = {
  'peers-gpu-hours': {
    titles: ['GPU-hours for the final training run', 'GPU-hours to train'],
    llama: 'llama405.gpuHours',
    v3: 'v3.gpuHours.total',
    notes: (d) => [
      [`Llama 3.1 405B took ${d['peers.gpuHoursRatio'].text} the GPU-hours`, `Llama: ${d['peers.gpuHoursRatio'].text} the GPU-hours`],
      ['Llama on H100s, DeepSeek on H800s: reportedly the same compute per GPU', 'H100 vs H800: reportedly equal compute'],
    ],
  },
  'peers-flops': {
    titles: ['Training compute, in floating-point operations', 'Training compute (FLOPs)'],
    llama: 'llama405.flops',
    v3: 'v3.flops',
    notes: (d) => [
      [`Llama 3.1 405B used ${d['peers.flopsRatio'].text} the compute`, `Llama: ${d['peers.flopsRatio'].text} the compute`],
      [`DeepSeek-V3: ${d['v3.flops'].formula ?? ''}`, `V3: ${d['v3.params.active'].text} active × ${d['v3.tokens'].text} tokens`],
    ],
  },
  'peers-throughput': {
    titles: ['Useful work per GPU, TFLOP/s', 'Useful work per GPU'],
    llama: 'llama405.usefulTflops',
    v3: 'v3.usefulTflops',
    notes: (d) => [
      ['About the same per GPU: the saving is fewer FLOPs, not faster GPUs', 'Same work per GPU: just fewer FLOPs'],
      [`Each: ${d['v3.usefulTflops'].formula ?? ''}`, 'training FLOPs ÷ GPU-seconds'],
    ],
  },
} satisfies Record<string, Measure>;

type MeasureStep = keyof typeof measures;

/** peers-gpu-hours, -flops, -throughput: one bar each for Llama 3.1 405B and DeepSeek-V3, on a scale fitted to the larger. */
function bars(d: Data, step: MeasureStep, size: Size): Mark[] {
  const measure: Measure = measures[step];
  const f = frame(size, measure.titles, measure.notes(d));
  const labelH = f.body + 8;
  const room = (f.bottom - f.top) / 2;
  const barH = Math.max(8, Math.min(64, room - labelH - 10));
  const rowH = Math.min(room, labelH + barH + 32);
  const shift = room - rowH;
  const rows = [
    { id: 'llama', name: 'Llama 3.1 405B', figure: d[measure.llama], tone: 'c4' as Tone },
    { id: 'v3', name: 'DeepSeek-V3', figure: d[measure.v3], tone: 'c1' as Tone },
  ];
  const largest = Math.max(...rows.map((r) => r.figure.value));
  const x = linear([0, largest], [f.left, f.right]);
  const marks: Mark[] = [...f.marks];
  for (const [i, row] of rows.entries()) {
    const y = f.top + shift + i * rowH + labelH;
    const end = x(row.figure.value);
    const outside = end + 8 + textWidth(row.figure.text, f.body) <= f.right;
    marks.push(
      { kind: 'text', key: `name-${row.id}`, tone: 'ink', x: f.left, y: y - 8, size: f.body, weight: 'bold', text: row.name },
      { kind: 'rect', key: `bar-${row.id}`, tone: row.tone, x: f.left, y, width: end - f.left, height: barH },
      outside
        ? { kind: 'text', key: `value-${row.id}`, tone: 'ink', x: end + 8, y: y + barH / 2 + f.body * 0.35, size: f.body, text: row.figure.text }
        : { kind: 'text', key: `value-${row.id}`, tone: 'ink', x: end, y: y - 8, size: f.body, anchor: 'end', text: row.figure.text },
    );
  }
  return marks;
}

/** peers-active: 671 cells of 1B parameters each; the 37 that work on a token are lit. */
function parameterGrid(d: Data, size: Size): Mark[] {
  const total = Math.round(d['v3.params.total'].value / paramsPerCell);
  const active = Math.round(d['v3.params.active'].value / paramsPerCell);
  const [activeText, totalText] = [d['v3.params.active'].text, d['v3.params.total'].text];
  const f = frame(
    size,
    [
      `Only ${activeText} of ${totalText} parameters work on each token`,
      `${activeText} of ${totalText} parameters per token`,
      `${activeText} of ${totalText} params per token`,
    ],
    [
      [
        `Llama 3.1 405B is dense: all ${d['llama405.params'].text} parameters work on every token`,
        `Llama 3.1 405B: all ${d['llama405.params'].text} active`,
      ],
    ],
  );
  const labelY = f.top + f.body;
  const unit = `${formatCompact(paramsPerCell)} parameters`;
  const share = d['v3.activeShare'].text;
  const gridLabel = label(
    'grid-label',
    f,
    labelY,
    [`One square = ${unit}; lit = active for a token (${share})`, `Square = ${unit}; lit: active (${share})`, `Square = ${unit}`],
    'muted',
  );
  const top = labelY + 10;
  const { cols, cell } = gridFor(total, f.right - f.left, f.bottom - top);
  const left = f.left + (f.right - f.left - cols * cell) / 2;
  const lit = scatteredCells(total, active, cols);
  return [
    ...f.marks,
    ...gridLabel,
    ...squares('param', [0, total], { left, top, cols, cell }, 0.82, (i) => ({ tone: lit.has(i) ? 'c1' : 'grid', rx: cell * 0.12 })),
  ];
}

/** The peers section's chart: bars against Llama 3.1 405B that rescale per measure, then the active-parameter grid. */
export const peersChart = defineChart({
  slug: 'peers',
  caption: 'DeepSeek-V3 beside Llama 3.1 405B: GPU-hours, training compute, work per GPU, and the share of parameters active per token.',
  figures,
  steps: {
    'peers-gpu-hours': {
      layout: (d, _state, size) => bars(d, 'peers-gpu-hours', size),
      describe: (d) =>
        `Two bars: Llama 3.1 405B took ${d['llama405.gpuHours'].text} against DeepSeek-V3’s ${d['v3.gpuHours.total'].text}, ${d['peers.gpuHoursRatio'].text} as many.`,
    },
    'peers-flops': {
      layout: (d, _state, size) => bars(d, 'peers-flops', size),
      describe: (d) =>
        `The bars rescale to training compute: ${d['llama405.flops'].text} for Llama 3.1 405B against ${d['v3.flops'].text} for DeepSeek-V3, ${d['peers.flopsRatio'].text} as much.`,
    },
    'peers-throughput': {
      layout: (d, _state, size) => bars(d, 'peers-throughput', size),
      describe: (d) =>
        `The bars rescale to useful work per GPU and end up nearly equal, ${d['llama405.usefulTflops'].text} for Llama against ${d['v3.usefulTflops'].text} for DeepSeek-V3: the saving is fewer FLOPs, not faster GPUs.`,
    },
    'peers-active': {
      layout: (d, _state, size) => parameterGrid(d, size),
      describe: (d) =>
        `A grid of ${d['v3.params.total'].text} parameters in squares of ${formatCompact(paramsPerCell)}, with the ${d['v3.params.active'].text} (${d['v3.activeShare'].text}) that work on each token lit; Llama 3.1 405B uses all ${d['llama405.params'].text}.`,
    },
  },
  table: (d) => ({
    columns: ['Measure', 'Llama 3.1 405B', 'DeepSeek-V3', 'Ratio'],
    rows: [
      ['GPU-hours (final run)', d['llama405.gpuHours'].text, d['v3.gpuHours.total'].text, d['peers.gpuHoursRatio'].text],
      ['Training compute', d['llama405.flops'].text, d['v3.flops'].text, d['peers.flopsRatio'].text],
      ['Useful work per GPU', d['llama405.usefulTflops'].text, d['v3.usefulTflops'].text, '—'],
      ['Parameters (total)', d['llama405.params'].text, d['v3.params.total'].text, '—'],
      ['Parameters active per token', d['llama405.params'].text, d['v3.params.active'].text, '—'],
    ],
  }),
});
