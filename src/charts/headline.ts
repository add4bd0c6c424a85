/** headline: the $5.6M as one bar, then its three stages, then the same hours as GPUs × days, then what it leaves out. */
import { linear } from './scale';
import { fit } from './text';
import { defineChart, type ChartFigures, type Mark, type Size, type StepState } from './types';

const stages = [
  { id: 'pretrain', label: 'Pre-training', tone: 'c1' },
  { id: 'context', label: 'Context extension', tone: 'c2' },
  { id: 'post', label: 'Post-training', tone: 'c3' },
] as const;

const figures = [
  'v3.cost.total', 'v3.cost.pretrain', 'v3.cost.context', 'v3.cost.post', 'v3.rentalPrice',
  'v3.gpuHours.total', 'v3.gpuHours.pretrain', 'v3.gpuHours.context', 'v3.gpuHours.post',
  'v3.totalDays', 'v3.pretrainDays', 'v3.daysPerTrillion', 'v3.clusterGpus',
] as const;
type Data = ChartFigures<(typeof figures)[number]>;

const margin = { top: 56, right: 16, bottom: 48, left: 16 };
const inner = (size: Size): number => size.width - margin.left - margin.right;

/** Steps 1 and 2: one bar of dollars, whole or split into its stages. */
function bar(d: Data, state: StepState, size: Size, split: boolean): Mark[] {
  const total = d['v3.cost.total'].value;
  const x = linear([0, total], [margin.left, size.width - margin.right]);
  const y = size.height * 0.45;
  const h = Math.min(90, size.height * 0.22);
  // The bar grows over the first half of the step, then holds; the number is the final figure throughout.
  const shown = split ? total : total * Math.min(1, state.progress * 2 + 0.1);
  const marks: Mark[] = [
    { kind: 'text', key: 'title', tone: 'ink', x: margin.left, y: margin.top - 20, size: 16, weight: 'bold', text: fit([`DeepSeek-V3 final training run, at ${d['v3.rentalPrice'].text}`, 'DeepSeek-V3 final training run'], inner(size), 16, 'bold') },
    { kind: 'text', key: 'big', tone: 'ink', x: margin.left, y: y - 18, size: Math.min(56, size.width / 9), weight: 'bold', text: d['v3.cost.total'].text },
  ];
  let start = 0;
  for (const [i, stage] of stages.entries()) {
    const cost = d[`v3.cost.${stage.id}`].value;
    const w = split ? x(start + cost) - x(start) : i === 0 ? x(shown) - x(0) : 0;
    marks.push({ kind: 'rect', key: `bar-${stage.id}`, tone: split ? stage.tone : 'c1', x: split ? x(start) : x(0), y, width: w, height: h });
    if (split) {
      const rowY = y + h + 26 + i * 22;
      const hours = d[`v3.gpuHours.${stage.id}`].text;
      const dollars = d[`v3.cost.${stage.id}`].text;
      marks.push(
        { kind: 'rect', key: `swatch-${stage.id}`, tone: stage.tone, x: x(0), y: rowY - 11, width: 12, height: 12 },
        { kind: 'text', key: `label-${stage.id}`, tone: 'ink', size: 13, x: x(0) + 18, y: rowY, text: fit([`${stage.label}: ${hours} = ${dollars}`, `${stage.label}: ${dollars}`], inner(size) - 18, 13) },
      );
    }
    start += cost;
  }
  return marks;
}

/** Step 3: the same GPU-hours as a rectangle, 2,048 GPUs tall and 57 days wide, one column per trillion tokens. */
function gpusByDays(d: Data, size: Size): Mark[] {
  const days = d['v3.totalDays'].value;
  const pretrainDays = d['v3.pretrainDays'].value;
  const perTrillion = d['v3.daysPerTrillion'].value;
  const x = linear([0, days], [margin.left + 40, size.width - margin.right]);
  const top = margin.top + 10;
  const bottom = size.height - margin.bottom;
  const marks: Mark[] = [
    { kind: 'text', key: 'title', tone: 'ink', x: margin.left, y: margin.top - 20, size: 16, weight: 'bold', text: `${d['v3.clusterGpus'].text} H800 GPUs × ${d['v3.totalDays'].text}` },
    { kind: 'rect', key: 'bar-pretrain', tone: 'c1', x: x(0), y: top, width: x(pretrainDays) - x(0), height: bottom - top },
    { kind: 'rect', key: 'bar-context', tone: 'c2', x: x(pretrainDays), y: top, width: x(days) - x(pretrainDays), height: bottom - top },
    { kind: 'rect', key: 'bar-post', tone: 'c3', x: x(days), y: top, width: 0, height: bottom - top },
    { kind: 'text', key: 'axis-gpus', tone: 'muted', x: margin.left + 30, y: (top + bottom) / 2, size: 13, anchor: 'end', text: 'GPUs' },
    { kind: 'text', key: 'axis-days', tone: 'muted', x: x(days), y: bottom + 22, size: 13, anchor: 'end', text: `day ${Math.round(days)}` },
    { kind: 'text', key: 'per-trillion', tone: 'ink', x: x(0), y: bottom + 22, size: 13, text: fit([`each column: one trillion tokens ≈ ${d['v3.daysPerTrillion'].text}`, `column = 1T tokens`], x(days) - x(0) - 60, 13) },
  ];
  const columns = Math.floor(pretrainDays / perTrillion);
  for (let i = 1; i <= columns; i += 1) {
    marks.push({ kind: 'line', key: `col-${i}`, tone: 'grid', x1: x(i * perTrillion), x2: x(i * perTrillion), y1: top, y2: bottom });
  }
  return marks;
}

/** Step 4: the bar shrinks to make room for what the table leaves out. */
function excluded(d: Data, size: Size): Mark[] {
  const w = size.width - margin.left - margin.right;
  const total = d['v3.cost.total'].text;
  const rows = [
    { key: 'bar-pretrain', tone: 'c1' as const, labels: [`Counted: the final run, ${total}`, `Counted: ${total}`], width: w * 0.08 },
    { key: 'ghost-research', tone: 'muted' as const, labels: ['Excluded by DeepSeek: prior research and ablations', 'Excluded: research, ablations'], width: w },
    { key: 'ghost-capex', tone: 'muted' as const, labels: ['Not in the table: buying the GPUs and powering them', 'Not counted: GPUs, power'], width: w },
    { key: 'ghost-staff', tone: 'muted' as const, labels: ['Not in the table: salaries', 'Not counted: salaries'], width: w },
    { key: 'ghost-data', tone: 'muted' as const, labels: ['Not in the table, and not priced here: training data', 'Data: not priced here'], width: w },
  ];
  const rowH = Math.min(64, (size.height - margin.top - margin.bottom - 14 * (rows.length - 1)) / rows.length);
  return [
    { kind: 'text', key: 'title', tone: 'ink', x: margin.left, y: margin.top - 20, size: 16, weight: 'bold', text: fit(['What the rental price leaves out', 'What it leaves out'], inner(size), 16) },
    ...rows.flatMap((row, i): Mark[] => {
      // A full-width box holds its label; the thin counted bar has its label beside it, never across it.
      const labelX = row.width < w ? margin.left + row.width + 8 : margin.left + 10;
      return [
        { kind: 'rect', key: row.key, tone: row.tone, x: margin.left, y: margin.top + i * (rowH + 14), width: row.width, height: rowH, opacity: row.tone === 'muted' ? 0.25 : 1 },
        { kind: 'text', key: `label-${row.key}`, tone: 'ink', x: labelX, y: margin.top + i * (rowH + 14) + rowH / 2 + 5, size: 13, text: fit(row.labels, margin.left + w - labelX - 4, 13) },
      ];
    }),
  ];
}

/** The headline chart. */
export const headlineChart = defineChart({
  slug: 'headline',
  caption: 'The cost of DeepSeek-V3’s final training run, from its technical report (Table 1).',
  figures,
  steps: {
    'headline-number': {
      layout: (d, state, size) => bar(d, state, size, false),
      describe: (d) => `One bar: the final training run priced at ${d['v3.cost.total'].text}.`,
    },
    'headline-stages': {
      layout: (d, state, size) => bar(d, state, size, true),
      describe: (d) => `The bar split into pre-training (${d['v3.cost.pretrain'].text}), context extension (${d['v3.cost.context'].text}) and post-training (${d['v3.cost.post'].text}).`,
    },
    'headline-gpus-days': {
      layout: (d, _state, size) => gpusByDays(d, size),
      describe: (d) => `The same ${d['v3.gpuHours.total'].text} drawn as ${d['v3.clusterGpus'].text} GPUs running for about ${d['v3.totalDays'].text}.`,
    },
    'headline-excluded': {
      layout: (d, _state, size) => excluded(d, size),
      describe: (d) => `The ${d['v3.cost.total'].text} run as a thin bar beside empty boxes for the research, hardware, power and salaries it does not count, and for training data, which this page does not price either.`,
    },
  },
  table: (d) => ({
    columns: ['Stage', 'H800 GPU-hours', `Cost at ${d['v3.rentalPrice'].text}`],
    rows: [
      ...stages.map((s) => [s.label, d[`v3.gpuHours.${s.id}`].text, d[`v3.cost.${s.id}`].text]),
      ['Total', d['v3.gpuHours.total'].text, d['v3.cost.total'].text],
    ],
  }),
});
