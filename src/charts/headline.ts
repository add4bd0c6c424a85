/** headline: the $5.6M as one bar, then its three stages, then the same hours as GPUs × days, then what it leaves out. */
import { linear } from './scale';
import { frame, labelledBar, lineHeight, reveal } from './kit';
import { fit, textWidth } from './text';
import { defineChart, type ChartFigures, type Mark, type Size, type StepState } from './types';

const stages = [
  { id: 'pretrain', label: 'Pre-training', tone: 'c1' },
  { id: 'context', label: 'Context extension', tone: 'c2' },
  { id: 'post', label: 'Post-training', tone: 'c3' },
] as const;

const figures = [
  'v3.cost.total',
  'v3.cost.pretrain',
  'v3.cost.context',
  'v3.cost.post',
  'v3.rentalPrice',
  'v3.gpuHours.total',
  'v3.gpuHours.pretrain',
  'v3.gpuHours.context',
  'v3.gpuHours.post',
  'v3.totalDays',
  'v3.pretrainDays',
  'v3.daysPerTrillion',
  'v3.clusterGpus',
] as const;
type Data = ChartFigures<(typeof figures)[number]>;

/** The title variants of the bar steps, longest first. */
const barTitles = (d: Data): string[] => [
  `DeepSeek-V3 final training run, at ${d['v3.rentalPrice'].text}`,
  'DeepSeek-V3 final training run',
  'V3’s final training run',
];

/** Steps 1 and 2: the total as a big number over one bar of dollars, whole or split into its stages (with a legend under it). */
function bar(d: Data, state: StepState, size: Size, split: boolean): Mark[] {
  const f = frame(size, barTitles(d));
  const total = d['v3.cost.total'].value;
  const x = linear([0, total], [f.left, f.right]);
  const legendRow = lineHeight(f.body) + 6;
  const room = f.bottom - f.top - (split ? 3 * legendRow + 4 : 0);
  // The number and its bar fill the free box (the bar no taller than a third of the width), centred in what is left.
  // The number's drawn box runs from about 1 em above its baseline to 0.4 em below it.
  const bigSize = Math.round(Math.max(f.title, Math.min(size.width / 4, room * 0.36, 120)));
  const numberBox = Math.ceil(bigSize * 1.45);
  const h = Math.max(12, Math.min(room - numberBox, size.width / 3));
  const top = f.top + Math.max(0, (room - numberBox - h) / 2);
  const y = top + numberBox;
  // The bar grows over the first half of the step, then holds; the number is the final figure throughout.
  const shown = split ? total : total * reveal(state.progress);
  const marks: Mark[] = [
    ...f.marks,
    { kind: 'text', key: 'big', tone: 'ink', x: f.left, y: top + bigSize, size: bigSize, weight: 'bold', text: d['v3.cost.total'].text },
  ];
  let start = 0;
  for (const [i, stage] of stages.entries()) {
    const cost = d[`v3.cost.${stage.id}`].value;
    const w = split ? x(start + cost) - x(start) : i === 0 ? x(shown) - x(0) : 0;
    marks.push({ kind: 'rect', key: `bar-${stage.id}`, tone: split ? stage.tone : 'c1', x: split ? x(start) : x(0), y, width: w, height: h });
    if (split) {
      const rowY = y + h + 4 + (i + 1) * legendRow - 4;
      const hours = d[`v3.gpuHours.${stage.id}`].text;
      const dollars = d[`v3.cost.${stage.id}`].text;
      const swatch = Math.round(f.body * 0.8);
      marks.push(
        { kind: 'rect', key: `swatch-${stage.id}`, tone: stage.tone, x: f.left, y: rowY - swatch, width: swatch, height: swatch },
        {
          kind: 'text',
          key: `label-${stage.id}`,
          tone: 'ink',
          size: f.body,
          x: f.left + swatch + 6,
          y: rowY,
          text: fit([`${stage.label}: ${hours} = ${dollars}`, `${stage.label}: ${dollars}`], f.right - f.left - swatch - 6, f.body),
        },
      );
    }
    start += cost;
  }
  return marks;
}

/** Step 3: the same GPU-hours as a rectangle, 2,048 GPUs tall and 57 days wide, one column per trillion tokens. */
function gpusByDays(d: Data, size: Size): Mark[] {
  const f = frame(
    size,
    [`${d['v3.clusterGpus'].text} H800 GPUs × ${d['v3.totalDays'].text}`],
    [
      [
        `Each column: one trillion tokens, about ${d['v3.daysPerTrillion'].text}`,
        `Column: 1T tokens ≈ ${d['v3.daysPerTrillion'].text}`,
        'Column: 1T tokens',
      ],
    ],
  );
  const days = d['v3.totalDays'].value;
  const pretrainDays = d['v3.pretrainDays'].value;
  const perTrillion = d['v3.daysPerTrillion'].value;
  const axis = 'GPUs';
  const x = linear([0, days], [f.left + textWidth(axis, f.body) + 8, f.right]);
  const top = f.top;
  const bottom = f.bottom - lineHeight(f.body);
  const marks: Mark[] = [
    ...f.marks,
    { kind: 'rect', key: 'bar-pretrain', tone: 'c1', x: x(0), y: top, width: x(pretrainDays) - x(0), height: bottom - top },
    { kind: 'rect', key: 'bar-context', tone: 'c2', x: x(pretrainDays), y: top, width: x(days) - x(pretrainDays), height: bottom - top },
    { kind: 'rect', key: 'bar-post', tone: 'c3', x: x(days), y: top, width: 0, height: bottom - top },
    { kind: 'text', key: 'axis-gpus', tone: 'muted', x: x(0) - 6, y: (top + bottom) / 2 + f.body * 0.35, size: f.body, anchor: 'end', text: axis },
    { kind: 'text', key: 'axis-start', tone: 'muted', x: x(0), y: bottom + f.body + 2, size: f.body, text: 'day 0' },
    {
      kind: 'text',
      key: 'axis-days',
      tone: 'muted',
      x: x(days),
      y: bottom + f.body + 2,
      size: f.body,
      anchor: 'end',
      text: `day ${Math.round(days)}`,
    },
  ];
  const columns = Math.floor(pretrainDays / perTrillion);
  for (let i = 1; i <= columns; i += 1) {
    marks.push({ kind: 'line', key: `col-${i}`, tone: 'grid', x1: x(i * perTrillion), x2: x(i * perTrillion), y1: top, y2: bottom });
  }
  return marks;
}

/** Step 4: the bar shrinks to make room for what the table leaves out. */
function excluded(d: Data, size: Size): Mark[] {
  const f = frame(size, ['What the rental price leaves out', 'What it leaves out']);
  const w = f.right - f.left;
  const total = d['v3.cost.total'].text;
  const rows = [
    { key: 'bar-pretrain', tone: 'c1' as const, labels: [`Counted: the final run, ${total}`, `Counted: ${total}`], width: w * 0.08 },
    {
      key: 'ghost-research',
      tone: 'muted' as const,
      labels: ['Excluded by DeepSeek: prior research and ablations', 'Excluded: research, ablations', 'Excluded: research'],
      width: w,
    },
    {
      key: 'ghost-capex',
      tone: 'muted' as const,
      labels: ['Not in the table: buying the GPUs and powering them', 'Not counted: GPUs, power'],
      width: w,
    },
    { key: 'ghost-staff', tone: 'muted' as const, labels: ['Not in the table: salaries', 'Not counted: salaries'], width: w },
    {
      key: 'ghost-data',
      tone: 'muted' as const,
      labels: ['Not in the table, and not priced here: training data', 'Data: not priced here'],
      width: w,
    },
  ];
  const gap = Math.max(4, Math.min(14, (f.bottom - f.top) / 30));
  const rowH = Math.min(88, (f.bottom - f.top - gap * (rows.length - 1)) / rows.length);
  // Each box holds its label; the thin counted bar has its label just after it, never across it.
  return [
    ...f.marks,
    ...rows.flatMap((row, i) =>
      labelledBar(
        {
          key: row.key,
          tone: row.tone,
          x: f.left,
          y: f.top + i * (rowH + gap),
          width: row.width,
          height: rowH,
          opacity: row.tone === 'muted' ? 0.25 : 1,
        },
        row.labels,
        f,
      ),
    ),
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
      describe: (d) =>
        `The bar split into pre-training (${d['v3.cost.pretrain'].text}), context extension (${d['v3.cost.context'].text}) and post-training (${d['v3.cost.post'].text}).`,
    },
    'headline-gpus-days': {
      layout: (d, _state, size) => gpusByDays(d, size),
      describe: (d) =>
        `The same ${d['v3.gpuHours.total'].text} drawn as ${d['v3.clusterGpus'].text} GPUs running for about ${d['v3.totalDays'].text}.`,
    },
    'headline-excluded': {
      layout: (d, _state, size) => excluded(d, size),
      describe: (d) =>
        `The ${d['v3.cost.total'].text} run as a thin bar beside empty boxes for the research, hardware, power and salaries it does not count, and for training data, which this page does not price either.`,
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
