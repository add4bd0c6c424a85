/** headline: the $5.6M as one bar, then its three stages, then the same hours as GPUs × days. */
import { scaleLinear } from 'd3-scale';
import { text, value } from '../lib/figure';
import { chartSteps } from './steps';
import { fit } from './text';
import type { Chart, Mark, Size, StepState } from './types';

const stages = [
  { id: 'pretrain', label: 'Pre-training', tone: 'c1' },
  { id: 'context', label: 'Context extension', tone: 'c2' },
  { id: 'post', label: 'Post-training', tone: 'c3' },
] as const;

const margin = { top: 56, right: 16, bottom: 48, left: 16 };
const inner = (size: Size): number => size.width - margin.left - margin.right;

/** Step 1 and 2: one bar of dollars, whole or split into its stages. */
function bar(state: StepState, size: Size, split: boolean): Mark[] {
  const total = value('v3.cost.total');
  const x = scaleLinear().domain([0, total]).range([margin.left, size.width - margin.right]);
  const y = size.height * 0.45;
  const h = Math.min(90, size.height * 0.22);
  // The bar grows over the first half of the step, then holds; the number is the final figure throughout.
  const shown = split ? total : total * Math.min(1, state.progress * 2 + 0.1);
  const marks: Mark[] = [
    { kind: 'text', key: 'title', tone: 'ink', x: margin.left, y: margin.top - 20, size: 16, weight: 'bold', text: fit([`DeepSeek-V3 final training run, at ${text('v3.rentalPrice')}`, 'DeepSeek-V3 final training run'], inner(size), 16, 'bold') },
    { kind: 'text', key: 'big', tone: 'ink', x: margin.left, y: y - 18, size: Math.min(56, size.width / 9), weight: 'bold', text: text('v3.cost.total') },
  ];
  let start = 0;
  for (const [i, stage] of stages.entries()) {
    const cost = value(`v3.cost.${stage.id}`);
    const w = split ? x(start + cost) - x(start) : i === 0 ? x(shown) - x(0) : 0;
    marks.push({ kind: 'rect', key: `bar-${stage.id}`, tone: split ? stage.tone : 'c1', x: split ? x(start) : x(0), y, width: w, height: h });
    if (split) {
      const rowY = y + h + 26 + i * 22;
      marks.push(
        { kind: 'rect', key: `swatch-${stage.id}`, tone: stage.tone, x: x(0), y: rowY - 11, width: 12, height: 12 },
        { kind: 'text', key: `label-${stage.id}`, tone: 'ink', size: 13, x: x(0) + 18, y: rowY, text: fit([`${stage.label}: ${text(`v3.gpuHours.${stage.id}`)} = ${text(`v3.cost.${stage.id}`)}`, `${stage.label}: ${text(`v3.cost.${stage.id}`)}`], inner(size) - 18, 13) },
      );
    }
    start += cost;
  }
  return marks;
}

/** Step 3: the same GPU-hours as a rectangle, 2,048 GPUs tall and 57 days wide, one column per trillion tokens. */
function gpusByDays(size: Size): Mark[] {
  const days = value('v3.totalDays');
  const perTrillion = value('v3.daysPerTrillion');
  const x = scaleLinear().domain([0, days]).range([margin.left + 40, size.width - margin.right]);
  const top = margin.top + 10;
  const bottom = size.height - margin.bottom;
  const marks: Mark[] = [
    { kind: 'text', key: 'title', tone: 'ink', x: margin.left, y: margin.top - 20, size: 16, weight: 'bold', text: `${text('v3.clusterGpus')} H800 GPUs × ${text('v3.totalDays')}` },
    { kind: 'rect', key: 'bar-pretrain', tone: 'c1', x: x(0), y: top, width: x(value('v3.pretrainDays')) - x(0), height: bottom - top },
    { kind: 'rect', key: 'bar-context', tone: 'c2', x: x(value('v3.pretrainDays')), y: top, width: x(days) - x(value('v3.pretrainDays')), height: bottom - top },
    { kind: 'rect', key: 'bar-post', tone: 'c3', x: x(days), y: top, width: 0, height: bottom - top },
    { kind: 'text', key: 'axis-gpus', tone: 'muted', x: margin.left + 30, y: (top + bottom) / 2, size: 13, anchor: 'end', text: 'GPUs' },
    { kind: 'text', key: 'axis-days', tone: 'muted', x: x(days), y: bottom + 22, size: 13, anchor: 'end', text: `day ${Math.round(days)}` },
    { kind: 'text', key: 'per-trillion', tone: 'ink', x: x(0), y: bottom + 22, size: 13, text: fit([`each column: one trillion tokens ≈ ${text('v3.daysPerTrillion')}`, `column = 1T tokens`], x(days) - x(0) - 60, 13) },
  ];
  const columns = Math.floor(value('v3.pretrainDays') / perTrillion);
  for (let i = 1; i <= columns; i += 1) {
    marks.push({ kind: 'line', key: `col-${i}`, tone: 'grid', x1: x(i * perTrillion), x2: x(i * perTrillion), y1: top, y2: bottom });
  }
  return marks;
}

/** Step 4: the bar shrinks to make room for what the table leaves out. */
function excluded(size: Size): Mark[] {
  const w = size.width - margin.left - margin.right;
  const rows = [
    { key: 'bar-pretrain', tone: 'c1' as const, labels: [`Counted: the final run, ${text('v3.cost.total')}`, `Counted: ${text('v3.cost.total')}`], width: w * 0.08 },
    { key: 'ghost-research', tone: 'muted' as const, labels: ['Excluded by DeepSeek: prior research and ablations', 'Excluded: research, ablations'], width: w },
    { key: 'ghost-capex', tone: 'muted' as const, labels: ['Not in the table: buying the GPUs and powering them', 'Not counted: GPUs, power'], width: w },
    { key: 'ghost-staff', tone: 'muted' as const, labels: ['Not in the table: salaries', 'Not counted: salaries'], width: w },
    { key: 'ghost-data', tone: 'muted' as const, labels: ['Not in the table, and not priced here: training data', 'Data: not priced here'], width: w },
  ];
  const rowH = Math.min(64, (size.height - margin.top - margin.bottom - 14 * (rows.length - 1)) / rows.length);
  return [
    { kind: 'text', key: 'title', tone: 'ink', x: margin.left, y: margin.top - 20, size: 16, weight: 'bold', text: fit(['What the rental price leaves out', 'What it leaves out'], inner(size), 16, 'bold') },
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

export const headlineChart: Chart = {
  slug: 'headline',
  caption: 'The cost of DeepSeek-V3’s final training run, from its technical report (Table 1).',
  steps: chartSteps.headline,
  layout(state, size) {
    switch (state.step) {
      case 'headline-number': return bar(state, size, false);
      case 'headline-stages': return bar(state, size, true);
      case 'headline-gpus-days': return gpusByDays(size);
      case 'headline-excluded': return excluded(size);
      default: throw new Error(`headline chart has no step "${state.step}"`);
    }
  },
  describe(step) {
    switch (step) {
      case 'headline-number': return `One bar: the final training run priced at ${text('v3.cost.total')}.`;
      case 'headline-stages': return `The bar split into pre-training (${text('v3.cost.pretrain')}), context extension (${text('v3.cost.context')}) and post-training (${text('v3.cost.post')}).`;
      case 'headline-gpus-days': return `The same ${text('v3.gpuHours.total')} drawn as ${text('v3.clusterGpus')} GPUs running for about ${text('v3.totalDays')}.`;
      case 'headline-excluded': return `The ${text('v3.cost.total')} run as a thin bar beside empty boxes for the research, hardware, power and salaries it does not count, and for training data, which this page does not price either.`;
      default: throw new Error(`headline chart has no step "${step}"`);
    }
  },
  table() {
    return {
      columns: ['Stage', 'H800 GPU-hours', `Cost at ${text('v3.rentalPrice')}`],
      rows: [
        ...stages.map((s) => [s.label, text(`v3.gpuHours.${s.id}`), text(`v3.cost.${s.id}`)]),
        ['Total', text('v3.gpuHours.total'), text('v3.cost.total')],
      ],
    };
  },
};
