/** annual: the Central preset's year built up as a stack (hardware, running, staff), then as areas beside the run and US labs. */
import { scaleLinear } from 'd3-scale';
import { text, value } from '../lib/figure';
import { formatUsd } from '../lib/format';
import { textWidth, wrap } from './text';
import type { Mark, Size, StepState, Tone } from './types';
import { fontSize, lineHeight, pad, title } from './wrapped';
import { legacySpec } from './legacy';

type StackStep = 'annual-hardware' | 'annual-running' | 'annual-staff' | 'annual-total';
const stackOrder: readonly StackStep[] = ['annual-hardware', 'annual-running', 'annual-staff', 'annual-total'];
const shownBy = (step: StackStep, from: StackStep): boolean => stackOrder.indexOf(from) <= stackOrder.indexOf(step);

/** The year's lines, bottom to top of the stack, each from the cost model (Central) so the chart agrees with the calculator. */
const segments = [
  { id: 'hardware', label: 'Hardware', tone: 'c1', fact: 'model.central.hardwarePerYear', from: 'annual-hardware',
    detail: () => `${text('model.central.clusterCapex')} of GPUs, servers and network ÷ ${text('model.central.input.depreciationYears')}` },
  { id: 'electricity', label: 'Electricity', tone: 'c2', fact: 'model.central.electricityPerYear', from: 'annual-running',
    detail: () => `${text('model.central.input.gpus')} GPUs × ${text('model.central.input.kwPerGpu')} × PUE ${text('model.central.input.pue')} at ${text('model.central.input.usdPerKwh')}/kWh` },
  { id: 'other', label: 'Other running', tone: 'c3', fact: 'model.central.otherRunningPerYear', from: 'annual-running',
    detail: () => `${text('model.central.input.otherPerGpuYear')} per GPU a year` },
  { id: 'staff', label: 'Staff', tone: 'c4', fact: 'model.central.staffPerYear', from: 'annual-staff',
    detail: () => `${text('model.central.input.headcount')} people × ${text('model.central.input.costPerHead')}` },
] as const satisfies readonly { id: string; label: string; tone: Tone; fact: string; from: StackStep; detail: () => string }[];

/** The stack's total after each building step: the figure printed on top of it. */
const subtotals: Record<Exclude<StackStep, 'annual-total'>, string> = {
  'annual-hardware': 'model.central.hardwarePerYear',
  'annual-running': 'model.central.runningSubtotal',
  'annual-staff': 'model.central.totalPerYear',
};

interface Label { key: string; lines: string[]; target: number; tone: Tone; bold?: boolean }

/** Places labels at their targets' heights, pushed apart so they never overlap, all inside [top, bottom]. */
function dodge(labels: Label[], top: number, bottom: number, lh: number): number[] {
  const order = labels.map((l, i) => i).sort((a, b) => (labels[a]?.target ?? 0) - (labels[b]?.target ?? 0));
  const tops = new Array<number>(labels.length).fill(0);
  const height = (i: number): number => (labels[i]?.lines.length ?? 1) * lh;
  let next = top;
  for (const i of order) {
    tops[i] = Math.max(next, (labels[i]?.target ?? 0) - height(i) / 2);
    next = (tops[i] ?? 0) + height(i) + 4;
  }
  // Pushed past the bottom: shift back up, last first, never above the top.
  let limit = bottom;
  for (const i of [...order].reverse()) {
    tops[i] = Math.max(top, Math.min(tops[i] ?? 0, limit - height(i)));
    limit = (tops[i] ?? 0) - 4;
  }
  return tops;
}

/** annual-hardware … annual-total: the stacked year, the newest line growing over the first half of its step. */
function stack(state: StepState, step: StackStep, size: Size): Mark[] {
  const fs = fontSize(size);
  const lh = lineHeight(fs);
  const head = title(step === 'annual-total' ? 'A year of a lab like DeepSeek (Central estimate)' : 'Adding up one year, line by line', size);
  const top = head.bottom + 16;
  const bottom = size.height - pad - 6;
  const high = value('model.high.totalPerYear');
  const y = scaleLinear().domain([0, high]).range([bottom, top]).nice(4);
  const ticks = y.ticks(4);
  const tickW = Math.max(...ticks.map((t) => textWidth(formatUsd(t), fs)));
  const barX = pad + tickW + 8;
  const barW = Math.min(140, Math.max(44, size.width * 0.16));
  const grow = Math.min(1, state.progress * 2);
  const labelX = barX + barW + 16;
  const labelW = size.width - pad - labelX;
  const marks: Mark[] = [...head.marks];
  for (const t of ticks) {
    marks.push(
      // A 1-unit rect rather than a line, so it is layered under the bar.
      { kind: 'rect', key: `grid-${t}`, tone: 'grid', x: barX - 4, width: barW + 12, y: y(t) - 0.5, height: 1 },
      { kind: 'text', key: `tick-${t}`, tone: 'muted', x: barX - 8, y: y(t) + fs / 3, size: fs, anchor: 'end', text: formatUsd(t) },
    );
  }
  const labels: Label[] = [];
  let base = 0;
  for (const seg of segments) {
    if (!shownBy(step, seg.from)) continue;
    const amount = value(seg.fact) * (seg.from === step ? grow : 1);
    marks.push({ kind: 'rect', key: `seg-${seg.id}`, tone: seg.tone, x: barX, y: y(base + amount), width: barW, height: y(base) - y(base + amount) });
    const words = `${seg.label} ${text(seg.fact)}`;
    const detail = seg.from === step ? wrap(seg.detail(), labelW, fs) : [];
    labels.push({ key: `label-${seg.id}`, lines: [...wrap(words, labelW, fs), ...detail], target: y(base + amount / 2), tone: 'ink', bold: true });
    base += amount;
  }
  if (step === 'annual-total') {
    const [low, mid, hi] = ['low', 'central', 'high'].map((p) => value(`model.${p}.totalPerYear`));
    const us = value('model.centralUs.totalPerYear');
    const cx = barX + barW / 2;
    marks.push(
      { kind: 'line', key: 'range', tone: 'ink', x1: cx, x2: cx, y1: y(low ?? 0), y2: y(low ?? 0) + (y(hi ?? 0) - y(low ?? 0)) * grow, width: 2 },
      { kind: 'line', key: 'range-low', tone: 'ink', x1: cx - 8, x2: cx + 8, y1: y(low ?? 0), y2: y(low ?? 0), width: 2 },
      { kind: 'line', key: 'range-high', tone: 'ink', x1: cx - 8, x2: cx + 8, y1: y(hi ?? 0), y2: y(hi ?? 0), width: 2, opacity: grow },
      { kind: 'line', key: 'total-line', tone: 'ink', x1: barX - 4, x2: barX + barW + 4, y1: y(mid ?? 0), y2: y(mid ?? 0), width: 2 },
      { kind: 'line', key: 'us-line', tone: 'muted', dashed: true, x1: barX - 4, x2: barX + barW + 4, y1: y(us), y2: y(us), width: 2 },
    );
    labels.push(
      { key: 'label-total', lines: wrap(`Total ${text('model.central.totalPerYear')} a year`, labelW, fs), target: y(mid ?? 0), tone: 'ink', bold: true },
      { key: 'label-high', lines: wrap(`High (bigger fleet, US costs) ${text('model.high.totalPerYear')}`, labelW, fs), target: y(hi ?? 0), tone: 'muted' },
      { key: 'label-us', lines: wrap(`Central at US costs ${text('model.centralUs.totalPerYear')}–${text('model.centralUsLarge.totalPerYear')}`, labelW, fs), target: y(us), tone: 'muted' },
      { key: 'label-low', lines: wrap(`Low ${text('model.low.totalPerYear')}`, labelW, fs), target: y(low ?? 0), tone: 'muted' },
    );
  } else {
    // The running total is printed at its final value, a figure of its own; only the bar's height grows.
    marks.push({ kind: 'text', key: 'running-total', tone: 'ink', x: barX + barW / 2, y: y(base) - 8, size: fs, anchor: 'middle', weight: 'bold', text: text(subtotals[step]) });
  }
  const tops = dodge(labels, top - lh / 2, bottom + 4, lh);
  for (const [i, label] of labels.entries()) {
    const labelTop = tops[i] ?? 0;
    marks.push({ kind: 'line', key: `leader-${label.key}`, tone: 'muted', x1: barX + barW + 2, x2: labelX - 4, y1: label.target, y2: labelTop + lh / 2 });
    for (const [j, line] of label.lines.entries()) {
      marks.push({ kind: 'text', key: j ? `${label.key}-${j + 1}` : label.key, tone: j ? 'muted' : label.tone, x: labelX, y: labelTop + j * lh + fs, size: fs, weight: j === 0 && label.bold ? 'bold' : 'normal', text: line });
    }
  }
  return marks;
}

/** annual-scale: squares with area ∝ dollars — the run, the year (its lines as slices), and US labs' yearly spending. */
function scale(size: Size): Mark[] {
  const fs = fontSize(size);
  const lh = lineHeight(fs);
  const head = title(`The ${text('v3.cost.total')} run beside a year of spending`, size);
  const run = value('v3.cost.total');
  const year = value('model.central.totalPerYear');
  const us = value('lambert.usLabs');
  const bottom = size.height - pad;
  const room = bottom - head.bottom - 16;
  // The small squares and their labels sit in a column left of the big square, as wide as the run's label needs.
  const runLabel = `Final run: ${text('v3.cost.total')}, ${text('model.central.headlineShare')} of the year`;
  const colW = Math.max(110, Math.min(size.width * 0.34, textWidth(runLabel, fs)));
  const bigSide = Math.min(room, size.width - 2 * pad - colW - 12);
  const side = (v: number): number => bigSide * Math.sqrt(v / us);
  const x0 = (size.width - (colW + 12 + bigSide)) / 2;
  const runSide = side(run);
  const yearSide = side(year);
  const yearX = x0 + runSide + 8;
  const marks: Mark[] = [...head.marks];
  let sliceTop = bottom - yearSide;
  for (const seg of [...segments].reverse()) {
    const h = (yearSide * value(seg.fact)) / year;
    marks.push({ kind: 'rect', key: `seg-${seg.id}`, tone: seg.tone, x: yearX, y: sliceTop, width: yearSide, height: h });
    sliceTop += h;
  }
  const bigX = x0 + colW + 12;
  const yearLines = wrap(`A year (Central): ${text('model.central.totalPerYear')}`, bigX - 8 - yearX, fs, 'bold');
  const runLines = wrap(runLabel, colW, fs);
  const yearTop = bottom - yearSide - 8 - (yearLines.length - 1) * lh;
  const runTop = yearTop - lh - 6 - (runLines.length - 1) * lh;
  marks.push(
    { kind: 'rect', key: 'run', tone: 'c5', x: x0, y: bottom - runSide, width: runSide, height: runSide },
    { kind: 'line', key: 'leader-run', tone: 'ink', x1: x0 + runSide / 2, x2: x0 + runSide / 2, y1: bottom - runSide - 2, y2: runTop + (runLines.length - 1) * lh + 4 },
    ...runLines.map((line, i): Mark => ({ kind: 'text', key: i ? `label-run-${i + 1}` : 'label-run', tone: 'ink', x: x0, y: runTop + i * lh, size: fs, text: line })),
    ...yearLines.map((line, i): Mark => ({ kind: 'text', key: i ? `label-year-${i + 1}` : 'label-year', tone: 'ink', x: yearX, y: yearTop + i * lh, size: fs, weight: 'bold', text: line })),
    { kind: 'rect', key: 'us-labs', tone: 'muted', x: bigX, y: bottom - bigSide, width: bigSide, height: bigSide, opacity: 0.3 },
    ...wrap(`American technology companies: ${text('lambert.usLabs')} a year (Lambert)`, bigSide - 16, fs, 'bold').map((line, i): Mark => ({
      kind: 'text', key: i ? `label-us-labs-${i + 1}` : 'label-us-labs', tone: 'ink', x: bigX + 8, y: bottom - bigSide + 8 + fs + i * lh, size: fs, weight: 'bold', text: line,
    })),
  );
  return marks;
}

export const annualChart = legacySpec({
  slug: 'annual',
  caption: 'One year of running a lab like DeepSeek, from the cost model’s Central preset, beside the final run and what American technology companies spend.',
  steps: ['annual-hardware', 'annual-running', 'annual-staff', 'annual-total', 'annual-scale'],
  layout(state, size) {
    switch (state.step) {
      case 'annual-hardware':
      case 'annual-running':
      case 'annual-staff':
      case 'annual-total': return stack(state, state.step, size);
      case 'annual-scale': return scale(size);
      default: throw new Error(`annual chart has no step "${state.step}"`);
    }
  },
  describe(step) {
    switch (step) {
      case 'annual-hardware': return `Hardware alone: ${text('model.central.clusterCapex')} of GPUs, servers and network written off over ${text('model.central.input.depreciationYears')} is ${text('model.central.hardwarePerYear')} a year.`;
      case 'annual-running': return `Electricity (${text('model.central.electricityPerYear')}) and other running costs (${text('model.central.otherRunningPerYear')}) stacked on ${text('model.central.hardwarePerYear')} of hardware.`;
      case 'annual-staff': return `Staff add ${text('model.central.staffPerYear')} a year (${text('model.central.input.headcount')} people × ${text('model.central.input.costPerHead')}) to the stack.`;
      case 'annual-total': return `A year costs about ${text('model.central.totalPerYear')} in the Central estimate, ${text('model.low.totalPerYear')} Low to ${text('model.high.totalPerYear')} High; hardware is ${text('model.central.hardwareShare')} of it.`;
      case 'annual-scale': return `Drawn as areas, the ${text('v3.cost.total')} final run is a speck (${text('model.central.headlineShare')}) beside the ${text('model.central.totalPerYear')} year, itself small beside the ${text('lambert.usLabs')} a year that American technology companies spend on AI models, Lambert says.`;
      default: throw new Error(`annual chart has no step "${step}"`);
    }
  },
  table() {
    const presets = ['low', 'central', 'high'];
    return {
      columns: ['Line (a year)', 'Low', 'Central', 'High'],
      rows: [
        ...segments.map((s) => [s.label, ...presets.map((p) => text(s.fact.replace('central', p)))]),
        ['Total', ...presets.map((p) => text(`model.${p}.totalPerYear`))],
        ['Final training run (for scale)', text('v3.cost.total'), text('v3.cost.total'), text('v3.cost.total')],
        ['American technology companies’ AI spending (Lambert)', text('lambert.usLabs'), text('lambert.usLabs'), text('lambert.usLabs')],
      ],
    };
  },
});
