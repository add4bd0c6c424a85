/** annual: the Central preset's year built up as a stack (hardware, running, staff), then as areas beside the run and US labs. */
import { linear } from './scale';
import { formatUsd } from '../lib/format';
import { block, frame, lineHeight, lines, reveal } from './kit';
import { textWidth, wrap } from './text';
import { defineChart, type ChartFigures, type Mark, type Size, type StepState, type Tone } from './types';

const figures = [
  'model.low.hardwarePerYear',
  'model.low.electricityPerYear',
  'model.low.otherRunningPerYear',
  'model.low.staffPerYear',
  'model.central.hardwarePerYear',
  'model.central.electricityPerYear',
  'model.central.otherRunningPerYear',
  'model.central.staffPerYear',
  'model.high.hardwarePerYear',
  'model.high.electricityPerYear',
  'model.high.otherRunningPerYear',
  'model.high.staffPerYear',
  'model.central.clusterCapex',
  'model.central.input.depreciationYears',
  'model.central.input.gpus',
  'model.central.input.kwPerGpu',
  'model.central.input.pue',
  'model.central.input.usdPerKwh',
  'model.central.input.otherPerGpuYear',
  'model.central.input.headcount',
  'model.central.input.costPerHead',
  'model.central.runningSubtotal',
  'model.low.totalPerYear',
  'model.central.totalPerYear',
  'model.high.totalPerYear',
  'model.centralUs.totalPerYear',
  'model.centralUsLarge.totalPerYear',
  'model.central.hardwareShare',
  'model.central.headlineShare',
  'v3.cost.total',
  'lambert.usLabs',
] as const;
type Data = ChartFigures<(typeof figures)[number]>;

type StackStep = 'annual-hardware' | 'annual-running' | 'annual-staff' | 'annual-total';
const stackOrder: readonly StackStep[] = ['annual-hardware', 'annual-running', 'annual-staff', 'annual-total'];
const shownBy = (step: StackStep, from: StackStep): boolean => stackOrder.indexOf(from) <= stackOrder.indexOf(step);
const presets = ['low', 'central', 'high'] as const;

/** The year's lines, bottom to top of the stack, each from the cost model (Central) so the chart agrees with the calculator. */
const segments = [
  {
    id: 'hardware',
    label: 'Hardware',
    tone: 'c1',
    line: 'hardwarePerYear',
    from: 'annual-hardware',
    detail: (d: Data) => `${d['model.central.clusterCapex'].text} of GPUs, servers and network ÷ ${d['model.central.input.depreciationYears'].text}`,
  },
  {
    id: 'electricity',
    label: 'Electricity',
    tone: 'c2',
    line: 'electricityPerYear',
    from: 'annual-running',
    detail: (d: Data) =>
      `${d['model.central.input.gpus'].text} GPUs × ${d['model.central.input.kwPerGpu'].text} × PUE ${d['model.central.input.pue'].text} at ${d['model.central.input.usdPerKwh'].text}/kWh`,
  },
  {
    id: 'other',
    label: 'Other running',
    tone: 'c3',
    line: 'otherRunningPerYear',
    from: 'annual-running',
    detail: (d: Data) => `${d['model.central.input.otherPerGpuYear'].text} per GPU a year`,
  },
  {
    id: 'staff',
    label: 'Staff',
    tone: 'c4',
    line: 'staffPerYear',
    from: 'annual-staff',
    detail: (d: Data) => `${d['model.central.input.headcount'].text} people × ${d['model.central.input.costPerHead'].text}`,
  },
] as const satisfies readonly { id: string; label: string; tone: Tone; line: string; from: StackStep; detail: (d: Data) => string }[];

/** A segment's model line for the Central preset. */
const central = (d: Data, seg: (typeof segments)[number]) => d[`model.central.${seg.line}`];

/** The stack's total after each building step: the figure printed on top of it. */
const subtotals = {
  'annual-hardware': 'model.central.hardwarePerYear',
  'annual-running': 'model.central.runningSubtotal',
  'annual-staff': 'model.central.totalPerYear',
} as const satisfies Record<Exclude<StackStep, 'annual-total'>, (typeof figures)[number]>;

/** A label beside the stack; `rank` orders what a short frame drops first (higher goes first: in the total, the lines stacked last; hardware's stays longest), `detail` lines go before any label. */
interface Label {
  key: string;
  lines: string[];
  detail: string[];
  target: number;
  tone: Tone;
  bold?: boolean;
  rank: number;
}

/** The labels that fit a height of `room` at line height `lh`: details dropped first, then labels by rank. */
function fitLabels(labels: Label[], room: number, lh: number): Label[] {
  const height = (ls: Label[]): number => ls.reduce((sum, l) => sum + (l.lines.length + l.detail.length) * lh + 4, 0);
  if (height(labels) <= room) return labels;
  let kept = labels.map((l) => ({ ...l, detail: [] }));
  const byRank = [...kept].sort((a, b) => b.rank - a.rank);
  for (const drop of byRank) {
    if (height(kept) <= room || kept.length === 1) break;
    kept = kept.filter((l) => l !== drop);
  }
  return kept;
}

/** Places labels at their targets' heights, pushed apart so they never overlap, all inside [top, bottom]. */
function dodge(heights: number[], targets: number[], top: number, bottom: number): number[] {
  const order = targets.map((_, i) => i).sort((a, b) => (targets[a] ?? 0) - (targets[b] ?? 0));
  const tops = new Array<number>(targets.length).fill(0);
  let next = top;
  for (const i of order) {
    tops[i] = Math.max(next, (targets[i] ?? 0) - (heights[i] ?? 0) / 2);
    next = (tops[i] ?? 0) + (heights[i] ?? 0) + 4;
  }
  // Pushed past the bottom: shift back up, last first, never above the top.
  let limit = bottom;
  for (const i of [...order].reverse()) {
    tops[i] = Math.max(top, Math.min(tops[i] ?? 0, limit - (heights[i] ?? 0)));
    limit = (tops[i] ?? 0) - 4;
  }
  return tops;
}

/** annual-hardware … annual-total: the stacked year, the newest line growing over the first half of its step. */
function stack(d: Data, state: StepState, step: StackStep, size: Size): Mark[] {
  const f = frame(
    size,
    step === 'annual-total'
      ? ['A year of a lab like DeepSeek (Central estimate)', 'A year of a lab like DeepSeek', 'A lab-year (Central)']
      : ['Adding up one year, line by line', 'Adding up one year'],
  );
  const fs = f.body;
  const lh = lineHeight(fs);
  const top = f.top;
  const bottom = f.bottom - 6;
  const y = linear([0, d['model.high.totalPerYear'].value], [bottom, top], { nice: 4 });
  const ticks = y.ticks(size.height < 260 ? 3 : 4);
  const tickW = Math.max(...ticks.map((t) => textWidth(formatUsd(t), fs)));
  const barX = f.left + tickW + 8;
  const barW = Math.min(140, Math.max(44, size.width * 0.16));
  const grow = reveal(state.progress);
  const labelX = barX + barW + 16;
  const labelW = f.right - labelX;
  const marks: Mark[] = [...f.marks];
  for (const t of ticks) {
    marks.push(
      // A 1-unit rect rather than a line, so it is layered under the bar.
      { kind: 'rect', key: `grid-${t}`, tone: 'grid', x: barX - 4, width: barW + 12, y: y(t) - 0.5, height: 1 },
      { kind: 'text', key: `tick-${t}`, tone: 'muted', x: barX - 8, y: y(t) + fs / 3, size: fs, anchor: 'end', text: formatUsd(t) },
    );
  }
  const labels: Label[] = [];
  let base = 0;
  for (const [i, seg] of segments.entries()) {
    if (!shownBy(step, seg.from)) continue;
    const amount = central(d, seg).value * (seg.from === step ? grow : 1);
    marks.push({ kind: 'rect', key: `seg-${seg.id}`, tone: seg.tone, x: barX, y: y(base + amount), width: barW, height: y(base) - y(base + amount) });
    const isNew = seg.from === step;
    labels.push({
      key: `label-${seg.id}`,
      lines: wrap(`${seg.label} ${central(d, seg).text}`, labelW, fs, 'bold'),
      detail: isNew ? wrap(seg.detail(d), labelW, fs) : [],
      target: y(base + amount / 2),
      tone: 'ink',
      bold: true,
      rank: step === 'annual-total' ? 6 + i : isNew ? 0 : 5 - i,
    });
    base += amount;
  }
  if (step === 'annual-total') {
    const [low, mid, hi] = presets.map((p) => d[`model.${p}.totalPerYear`].value);
    const us = d['model.centralUs.totalPerYear'].value;
    const cx = barX + barW / 2;
    marks.push(
      { kind: 'line', key: 'range', tone: 'ink', x1: cx, x2: cx, y1: y(low ?? 0), y2: y(low ?? 0) + (y(hi ?? 0) - y(low ?? 0)) * grow, width: 2 },
      { kind: 'line', key: 'range-low', tone: 'ink', x1: cx - 8, x2: cx + 8, y1: y(low ?? 0), y2: y(low ?? 0), width: 2 },
      { kind: 'line', key: 'range-high', tone: 'ink', x1: cx - 8, x2: cx + 8, y1: y(hi ?? 0), y2: y(hi ?? 0), width: 2, opacity: grow },
      { kind: 'line', key: 'total-line', tone: 'ink', x1: barX - 4, x2: barX + barW + 4, y1: y(mid ?? 0), y2: y(mid ?? 0), width: 2 },
      { kind: 'line', key: 'us-line', tone: 'muted', dashed: true, x1: barX - 4, x2: barX + barW + 4, y1: y(us), y2: y(us), width: 2 },
    );
    const line = (words: string, bold = false): string[] => wrap(words, labelW, fs, bold ? 'bold' : 'normal');
    labels.push(
      {
        key: 'label-total',
        lines: line(`Total ${d['model.central.totalPerYear'].text} a year`, true),
        detail: [],
        target: y(mid ?? 0),
        tone: 'ink',
        bold: true,
        rank: 0,
      },
      {
        key: 'label-high',
        lines: line(`High (bigger fleet, US costs) ${d['model.high.totalPerYear'].text}`),
        detail: [],
        target: y(hi ?? 0),
        tone: 'muted',
        rank: 1,
      },
      {
        key: 'label-us',
        lines: line(`Central at US costs ${d['model.centralUs.totalPerYear'].text}–${d['model.centralUsLarge.totalPerYear'].text}`),
        detail: [],
        target: y(us),
        tone: 'muted',
        rank: 3,
      },
      { key: 'label-low', lines: line(`Low ${d['model.low.totalPerYear'].text}`), detail: [], target: y(low ?? 0), tone: 'muted', rank: 2 },
    );
  } else {
    // The running total is printed at its final value, a figure of its own; only the bar's height grows.
    marks.push({
      kind: 'text',
      key: 'running-total',
      tone: 'ink',
      x: barX + barW / 2,
      y: y(base) - 8,
      size: fs,
      anchor: 'middle',
      weight: 'bold',
      text: d[subtotals[step]].text,
    });
  }
  const shown = fitLabels(labels, bottom + 4 - (top - lh / 2), lh);
  const heights = shown.map((l) => (l.lines.length + l.detail.length) * lh);
  const tops = dodge(
    heights,
    shown.map((l) => l.target),
    top - lh / 2,
    bottom + 4,
  );
  for (const [i, label] of shown.entries()) {
    const labelTop = tops[i] ?? 0;
    marks.push({
      kind: 'line',
      key: `leader-${label.key}`,
      tone: 'muted',
      x1: barX + barW + 2,
      x2: labelX - 4,
      y1: label.target,
      y2: labelTop + lh / 2,
    });
    for (const [j, text] of [...label.lines, ...label.detail].entries()) {
      const head = j < label.lines.length;
      marks.push({
        kind: 'text',
        key: j ? `${label.key}-${j + 1}` : label.key,
        tone: head ? label.tone : 'muted',
        x: labelX,
        y: labelTop + j * lh + fs,
        size: fs,
        weight: head && label.bold ? 'bold' : 'normal',
        text,
      });
    }
  }
  return marks;
}

/** annual-scale: squares with area ∝ dollars — the run, the year (its lines as slices), and US labs' yearly spending. */
function scale(d: Data, size: Size): Mark[] {
  const f = frame(size, [`The ${d['v3.cost.total'].text} run beside a year of spending`, `The ${d['v3.cost.total'].text} run beside a year`]);
  const fs = f.body;
  const lh = lineHeight(fs);
  const run = d['v3.cost.total'].value;
  const year = d['model.central.totalPerYear'].value;
  const us = d['lambert.usLabs'].value;
  const bottom = f.bottom;
  const room = bottom - f.top;
  const width = f.right - f.left;
  const runLabel = `Final run: ${d['v3.cost.total'].text}, ${d['model.central.headlineShare'].text} of the year`;
  const yearLabel = `A year (Central): ${d['model.central.totalPerYear'].text}`;
  // The small squares and their labels sit in a column left of the big square: the square takes at most 60% of the
  // width, the column the rest (as wide as the run's label needs), and the square shrinks until the column's labels fit above the year.
  const yearShare = Math.sqrt(year / us);
  const layoutFor = (bigSide: number) => {
    const colW = Math.max(110, Math.min(width - bigSide - 12, textWidth(runLabel, fs)));
    const yearSide = bigSide * yearShare;
    const runSide = bigSide * Math.sqrt(run / us);
    const x0 = (size.width - (colW + 12 + bigSide)) / 2;
    const yearX = x0 + runSide + 8;
    const bigX = x0 + colW + 12;
    const yearLines = wrap(yearLabel, bigX - 8 - yearX, fs, 'bold');
    const runLines = wrap(runLabel, colW, fs);
    const yearTop = bottom - yearSide - 8 - (yearLines.length - 1) * lh;
    const runTop = yearTop - lh - 6 - (runLines.length - 1) * lh;
    return { bigSide, colW, yearSide, runSide, x0, yearX, bigX, yearLines, runLines, yearTop, runTop };
  };
  let l = layoutFor(Math.min(room, width * 0.6));
  while (l.runTop - fs < f.top && l.bigSide > 40) l = layoutFor(l.bigSide - 4);
  const { bigSide, yearSide, runSide, x0, yearX, bigX, yearLines, runLines, yearTop, runTop } = l;
  const marks: Mark[] = [...f.marks];
  let sliceTop = bottom - yearSide;
  for (const seg of [...segments].reverse()) {
    const h = (yearSide * central(d, seg).value) / year;
    marks.push({ kind: 'rect', key: `seg-${seg.id}`, tone: seg.tone, x: yearX, y: sliceTop, width: yearSide, height: h });
    sliceTop += h;
  }
  // The US labs' label goes inside their square: the longest wording whose lines fit it.
  const usText = d['lambert.usLabs'].text;
  const usBlocks = [
    `American technology companies: ${usText} a year (Lambert)`,
    `US technology companies: ${usText} a year (Lambert)`,
    `US tech: ${usText} a year (Lambert)`,
  ].map((words) => block('label-us-labs', words, bigX + 8, bottom - bigSide + 8 + fs, bigSide - 16, { tone: 'ink', size: fs, weight: 'bold' }));
  const usLabel = usBlocks.find((b) => b.bottom + fs * 0.25 <= bottom - 6) ?? usBlocks[usBlocks.length - 1] ?? { marks: [] };
  marks.push(
    { kind: 'rect', key: 'run', tone: 'c5', x: x0, y: bottom - runSide, width: runSide, height: runSide },
    {
      kind: 'line',
      key: 'leader-run',
      tone: 'ink',
      x1: x0 + runSide / 2,
      x2: x0 + runSide / 2,
      y1: bottom - runSide - 2,
      y2: runTop + (runLines.length - 1) * lh + 4,
    },
    ...lines('label-run', runLines, x0, runTop, { tone: 'ink', size: fs }),
    ...lines('label-year', yearLines, yearX, yearTop, { tone: 'ink', size: fs, weight: 'bold' }),
    { kind: 'rect', key: 'us-labs', tone: 'muted', x: bigX, y: bottom - bigSide, width: bigSide, height: bigSide, opacity: 0.3 },
    ...usLabel.marks,
  );
  return marks;
}

/** The annual chart. */
export const annualChart = defineChart({
  slug: 'annual',
  caption:
    'One year of running a lab like DeepSeek, from the cost model’s Central preset, beside the final run and what American technology companies spend.',
  figures,
  steps: {
    'annual-hardware': {
      layout: (d, state, size) => stack(d, state, 'annual-hardware', size),
      describe: (d) =>
        `Hardware alone: ${d['model.central.clusterCapex'].text} of GPUs, servers and network written off over ${d['model.central.input.depreciationYears'].text} is ${d['model.central.hardwarePerYear'].text} a year.`,
    },
    'annual-running': {
      layout: (d, state, size) => stack(d, state, 'annual-running', size),
      describe: (d) =>
        `Electricity (${d['model.central.electricityPerYear'].text}) and other running costs (${d['model.central.otherRunningPerYear'].text}) stacked on ${d['model.central.hardwarePerYear'].text} of hardware.`,
    },
    'annual-staff': {
      layout: (d, state, size) => stack(d, state, 'annual-staff', size),
      describe: (d) =>
        `Staff add ${d['model.central.staffPerYear'].text} a year (${d['model.central.input.headcount'].text} people × ${d['model.central.input.costPerHead'].text}) to the stack.`,
    },
    'annual-total': {
      layout: (d, state, size) => stack(d, state, 'annual-total', size),
      describe: (d) =>
        `A year costs about ${d['model.central.totalPerYear'].text} in the Central estimate, ${d['model.low.totalPerYear'].text} Low to ${d['model.high.totalPerYear'].text} High; hardware is ${d['model.central.hardwareShare'].text} of it.`,
    },
    'annual-scale': {
      layout: (d, _state, size) => scale(d, size),
      describe: (d) =>
        `Drawn as areas, the ${d['v3.cost.total'].text} final run is a speck (${d['model.central.headlineShare'].text}) beside the ${d['model.central.totalPerYear'].text} year, itself small beside the ${d['lambert.usLabs'].text} a year that American technology companies spend on AI models, Lambert says.`,
    },
  },
  table: (d) => ({
    columns: ['Line (a year)', 'Low', 'Central', 'High'],
    rows: [
      ...segments.map((s) => [s.label, ...presets.map((p) => d[`model.${p}.${s.line}`].text)]),
      ['Total', ...presets.map((p) => d[`model.${p}.totalPerYear`].text)],
      ['Final training run (for scale)', d['v3.cost.total'].text, d['v3.cost.total'].text, d['v3.cost.total'].text],
      ['American technology companies’ AI spending (Lambert)', d['lambert.usLabs'].text, d['lambert.usLabs'].text, d['lambert.usLabs'].text],
    ],
  }),
});
