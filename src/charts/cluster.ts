/** cluster: a unit chart of the training cluster and the fleet around it, then CapEx and power bars, then a fleet-year waffle. */
import { scaleLinear } from 'd3-scale';
import { text, value } from '../lib/figure';
import { formatCompact, formatValue } from '../lib/format';
import { frame, label, reveal, type Frame } from './frame';
import { gridFor } from './grid';
import { fit, textWidth } from './text';
import type { Mark, Size, StepState, Tone } from './types';
import { legacySpec } from './legacy';

/** Nodes per square in the fleet view: a layout choice so 50,000 GPUs fit in under 1,000 squares. */
const nodesPerSquare = 8;
/** Squares in each fleet-year waffle: one per cent of the year's GPU-hours. */
const waffleSquares = 100;

/** cluster-run: the training cluster, one square per node of 8 GPUs. */
function run(size: Size): Mark[] {
  const gpus = value('v3.clusterGpus');
  const perNode = value('v3.gpusPerNode');
  const nodes = Math.round(gpus / perNode);
  const f = frame(size, [`The training cluster: ${text('v3.clusterGpus')} H800 GPUs`, `${text('v3.clusterGpus')} H800 GPUs`], [
    [`Bought at ${text('gpu.price')} each: ${text('v3.clusterGpuCost')}; the run’s share of owning them: ${text('v3.runOwnedLow')}–${text('v3.runOwnedHigh')}`, `At ${text('gpu.price')} each: ${text('v3.clusterGpuCost')}; the run’s share: ${text('v3.runOwnedLow')}–${text('v3.runOwnedHigh')}`, `Cost ${text('v3.clusterGpuCost')}; run’s share ${text('v3.runOwnedLow')}–${text('v3.runOwnedHigh')}`],
    ['NVLink inside each node, InfiniBand between nodes', 'NVLink in a node, InfiniBand between'],
  ]);
  const top = f.top + f.body + 10;
  const { cols, cell } = gridFor(nodes, f.right - f.left, f.bottom - top);
  const left = f.left + (f.right - f.left - cols * cell) / 2;
  const marks: Mark[] = [
    ...f.marks,
    label('grid-label', f, f.top + f.body, [`One square = one node of ${text('v3.gpusPerNode')} GPUs (${text('v3.clusterNodes')} nodes)`, `Square = one node of ${text('v3.gpusPerNode')} GPUs`, `Square = ${text('v3.gpusPerNode')} GPUs`], 'muted', 'normal'),
  ];
  for (let i = 0; i < nodes; i += 1) {
    marks.push({ kind: 'rect', key: `node-${i}`, tone: 'c1', x: left + (i % cols) * cell, y: top + Math.floor(i / cols) * cell, width: cell * 0.84, height: cell * 0.84, rx: cell * 0.1 });
  }
  return marks;
}

/** cluster-fleet: the fleet around the cluster, in Hopper-class GPUs: the two published estimates, the higher one also SemiAnalysis's reported count. */
function fleet(state: StepState, size: Size): Mark[] {
  const perSquare = value('v3.gpusPerNode') * nodesPerSquare;
  const narrow = size.width < 560;
  const bands = [
    { id: 'run', tone: 'c1' as Tone, opacity: 1, gpus: value('v3.clusterGpus'), label: narrow ? text('v3.clusterGpus') : `V3’s ${text('v3.clusterGpus')}` },
    { id: 'low', tone: 'c5' as Tone, opacity: 1, gpus: value('fleet.estimateLow'), label: narrow ? text('fleet.estimateLow') : `${text('fleet.estimateLow')} (ChinaTalk)` },
    { id: 'high', tone: 'c5' as Tone, opacity: 0.5, gpus: value('fleet.estimateHigh'), label: narrow ? text('fleet.estimateHigh') : `${text('fleet.estimateHigh')} (Patel)` },
  ].map((band) => ({ ...band, squares: Math.ceil(band.gpus / perSquare) }));
  const total = Math.max(...bands.map((b) => b.squares));
  const shown = Math.round(total * reveal(state.progress));
  const f = frame(size, ['The fleet around the cluster, in Hopper-class GPUs', 'The fleet, in Hopper-class GPUs'], [
    [`Estimates: ${text('fleet.estimateLow')} (ChinaTalk) to ${text('fleet.estimateHigh')} Hopper GPUs (Dylan Patel)`, `Estimates: ${text('fleet.estimateLow')}–${text('fleet.estimateHigh')} GPUs`],
    [`SemiAnalysis later (reported): ~${text('fleet.hoppersReported')} Hoppers, ~${text('fleet.h800sReported')} of them H800s`, `SemiAnalysis (reported): ~${text('fleet.hoppersReported')} Hoppers`],
    ['Lambert’s label “A100 equivalent” is loose: we convert nothing', 'Label “A100 equivalent” is loose'],
  ]);
  const labelW = Math.max(...bands.map((b) => textWidth(b.label, f.body))) + 10;
  const top = f.top + f.body + 10;
  const { cols, cell } = gridFor(total, f.right - f.left - labelW, f.bottom - top);
  const left = f.left;
  const marks: Mark[] = [
    ...f.marks,
    label('scale-fleet', f, f.top + f.body, [`One square = ${formatCompact(perSquare)} GPUs (${nodesPerSquare} nodes)`, `Square = ${formatCompact(perSquare)} GPUs`], 'muted', 'normal'),
  ];
  let start = 0;
  let lastLabelY = -Infinity;
  for (const band of bands) {
    for (let i = start; i < Math.min(band.squares, shown); i += 1) {
      marks.push({ kind: 'rect', key: `unit-${i}`, tone: band.tone, opacity: band.opacity, x: left + (i % cols) * cell, y: top + Math.floor(i / cols) * cell, width: cell * 0.84, height: cell * 0.84 });
    }
    if (shown >= band.squares) {
      // Each band is labelled beside the row where it ends; labels never stack closer than a line.
      const rowY = top + (Math.floor((band.squares - 1) / cols) + 0.5) * cell + f.body * 0.35;
      const y = Math.max(rowY, lastLabelY + f.body + 2);
      lastLabelY = y;
      marks.push({ kind: 'text', key: `band-${band.id}`, tone: 'ink', x: left + cols * cell + 8, y, size: f.body, weight: band.id === 'run' ? 'bold' : 'normal', text: band.label });
    }
    start = band.squares;
  }
  return marks;
}

/** One stretch of a bar, with optional names (longest first) written under it. */
interface Segment { key: string; tone: Tone; from: number; to: number; opacity?: number; names?: string[] }

/** A labelled bar row: the label above it, its segments from zero, their names under it where they fit. */
function barRow(f: Frame, x: (v: number) => number, y: number, barH: number, key: string, names: string[], segments: Segment[]): Mark[] {
  const marks: Mark[] = [label(`${key}-label`, f, y - 8, names, 'ink', 'bold')];
  let nameX = f.left;
  for (const s of segments) {
    marks.push({ kind: 'rect', key: s.key, tone: s.tone, opacity: s.opacity, x: x(s.from), y, width: x(s.to) - x(s.from), height: barH });
    // Segment names sit under the bar at their segment's start, nudged right so they never overlap.
    if (s.names) {
      const start = Math.max(nameX, x(s.from));
      const name = fit(s.names, f.right - start, f.body);
      if (start + textWidth(name, f.body) <= f.right) {
        marks.push({ kind: 'text', key: `${s.key}-name`, tone: 'muted', x: start, y: y + barH + f.body + 2, size: f.body, text: name });
        nameX = start + textWidth(name, f.body) + 8;
      }
    }
  }
  return marks;
}

/** cluster-capex: CapEx as bars: chips over $1B (to $1.5B), then servers and network roughly doubling it, beside the reported figure. */
function capex(size: Size): Mark[] {
  const floor = value('fleet.gpuCapexFloor');
  const chipsHigh = value('fleet.gpuCapexHigh');
  const servers = floor * value('epoch.serverMultiplier');
  const system = value('fleet.systemCapexFloor');
  const reported = value('fleet.serverCapex');
  const f = frame(size, [`Buying the fleet: over ${text('fleet.gpuCapexFloor')} of chips, then about double`, `CapEx: over ${text('fleet.gpuCapexFloor')} of chips`], [
    [`${text('fleet.gpusPerBillion')} GPUs at ${text('gpu.price')} cost ${text('fleet.gpuCapexFloor')}; ${text('fleet.estimateHigh')} cost ${text('fleet.gpuCapexHigh')}`, `${text('fleet.gpusPerBillion')} GPUs × ${text('gpu.price')} = ${text('fleet.gpuCapexFloor')}`],
  ]);
  const x = scaleLinear().domain([0, Math.max(system, chipsHigh, reported)]).range([f.left, f.right - textWidth(text('fleet.systemCapexFloor'), f.body) - 8]);
  const lineH = f.body + 10;
  const room = (f.bottom - f.top) / 3;
  const barH = Math.max(10, Math.min(44, room - 2 * lineH - 4));
  const rowH = Math.min(room, 2 * lineH + barH + 18);
  const top = f.top + Math.max(0, (f.bottom - f.top - 3 * rowH) / 2) + lineH;
  const end = (row: number, v: number, key: string, labelText: string): Mark => ({
    kind: 'text', key, tone: 'ink', x: x(v) + 8, y: top + row * rowH + barH / 2 + f.body * 0.35, size: f.body, weight: 'bold', text: labelText,
  });
  return [
    ...f.marks,
    ...barRow(f, x, top, barH, 'chips', [`Chips: ${text('gpu.price')} per GPU, over ${text('fleet.gpuCapexFloor')}`, `Chips: over ${text('fleet.gpuCapexFloor')}`], [
      { key: 'capex-chips', tone: 'c1', from: 0, to: floor, names: [text('fleet.gpuCapexFloor')] },
      { key: 'capex-chips-high', tone: 'c1', opacity: 0.35, from: floor, to: chipsHigh, names: [`${text('fleet.gpuCapexHigh')} at ${text('fleet.estimateHigh')}`, text('fleet.gpuCapexHigh')] },
    ]),
    ...barRow(f, x, top + rowH, barH, 'system', [`+ servers ${text('epoch.serverMultiplier')} and network ${text('epoch.networkMultiplier')} (Epoch)`, `+ servers ${text('epoch.serverMultiplier')}, network ${text('epoch.networkMultiplier')}`], [
      { key: 'capex-system-chips', tone: 'c1', from: 0, to: floor, names: ['chips'] },
      { key: 'capex-servers', tone: 'c2', from: floor, to: servers, names: ['servers'] },
      { key: 'capex-network', tone: 'c3', from: servers, to: system, names: ['network'] },
    ]),
    end(1, system, 'capex-system-total', text('fleet.systemCapexFloor')),
    ...barRow(f, x, top + 2 * rowH, barH, 'reported', [`SemiAnalysis (reported): ${text('fleet.serverCapex')} of servers`, `Reported: ${text('fleet.serverCapex')} of servers`], [
      { key: 'capex-reported', tone: 'c4', from: 0, to: reported },
    ]),
    end(2, reported, 'capex-reported-total', text('fleet.serverCapex')),
  ];
}

/** cluster-power: a year of electricity for 10,000 GPUs, the GPUs' own draw and the rest of the server. */
function power(size: Size): Mark[] {
  const gpuOnly = value('power.gpuOnlyPer10k');
  const whole = value('power.costPer10k');
  const f = frame(size, [`Power: about ${text('power.costPer10k')} a year per ${text('power.scaleGpus')} GPUs`, `Power: ${text('power.costPer10k')} a year per ${text('power.scaleGpus')} GPUs`, `Power: ${text('power.costPer10k')}/yr per ${text('power.scaleGpus')} GPUs`], [
    [`${text('power.kwPerGpu')} per GPU × PUE ${text('power.pue')} × ${text('power.usdPerKwh')}, all year`, `${text('power.kwPerGpu')} per GPU, ${text('power.usdPerKwh')}`],
  ]);
  const x = scaleLinear().domain([0, whole]).range([f.left, f.right - textWidth(text('power.costPer10k'), f.body) - 8]);
  const lineH = f.body + 10;
  const room = (f.bottom - f.top) / 2;
  const barH = Math.max(10, Math.min(56, room - 2 * lineH - 4));
  const rowH = Math.min(room, 2 * lineH + barH + 24);
  const top = f.top + Math.max(0, (f.bottom - f.top - 2 * rowH) / 2) + lineH;
  return [
    ...f.marks,
    ...barRow(f, x, top, barH, 'gpu-only', [`GPUs alone (${text('power.gpuKw')} each)`, 'GPUs alone'], [
      { key: 'power-gpu', tone: 'c1', from: 0, to: gpuOnly },
    ]),
    { kind: 'text', key: 'power-gpu-total', tone: 'ink', x: x(gpuOnly) + 8, y: top + barH / 2 + f.body * 0.35, size: f.body, weight: 'bold', text: text('power.gpuOnlyPer10k') },
    ...barRow(f, x, top + rowH, barH, 'whole', [`With servers, storage and network (${text('power.kwPerGpu')} per GPU)`, 'With servers and network'], [
      { key: 'power-gpu-share', tone: 'c1', from: 0, to: gpuOnly, names: ['GPUs'] },
      { key: 'power-rest', tone: 'c2', from: gpuOnly, to: whole, names: ['servers, storage, network', 'the rest'] },
    ]),
    { kind: 'text', key: 'power-whole-total', tone: 'ink', x: x(whole) + 8, y: top + rowH + barH / 2 + f.body * 0.35, size: f.body, weight: 'bold', text: text('power.costPer10k') },
  ];
}

/** cluster-share: one fleet-year of GPU-hours as 100 squares, twice (20,000 and 50,000 GPUs), with the final run's share filled. */
function share(size: Size): Mark[] {
  const unit = formatValue(1 / waffleSquares, { kind: 'percent' });
  const f = frame(size, [`The final run: ${text('fleet.finalRunShareSmall')} or less of one fleet-year`, `Final run: ≤ ${text('fleet.finalRunShareSmall')} of a fleet-year`, `Run: ≤ ${text('fleet.finalRunShareSmall')} of a fleet-year`], [
    [`${text('v3.gpuHours.total')} ÷ a year of the fleet’s GPU-hours`, 'Final-run hours ÷ a fleet-year'],
    [`One square = ${unit} of a year of the whole fleet`, `Square = ${unit} of a fleet-year`],
  ]);
  const waffles = [
    { id: 'small', gpus: 'fleet.estimateLow', share: 'fleet.finalRunShareSmall' },
    { id: 'large', gpus: 'fleet.estimateHigh', share: 'fleet.finalRunShareLarge' },
  ];
  const side = Math.ceil(Math.sqrt(waffleSquares));
  const lineH = f.body + 8;
  const gap = 24;
  const cell = Math.min((f.right - f.left - gap) / 2 / side, (f.bottom - f.top - 2 * lineH) / side);
  const blockW = side * cell;
  const marks: Mark[] = [...f.marks];
  for (const [w, waffle] of waffles.entries()) {
    const left = f.left + w * (blockW + gap);
    const top = f.top + lineH;
    const lit = value(waffle.share) * waffleSquares;
    marks.push({ kind: 'text', key: `waffle-${waffle.id}-label`, tone: 'ink', x: left, y: f.top + f.body, size: f.body, weight: 'bold', text: fit([`${text(waffle.gpus)} GPUs`, text(waffle.gpus)], blockW, f.body, 'bold') });
    for (let i = 0; i < waffleSquares; i += 1) {
      const x = left + (i % side) * cell;
      const y = top + Math.floor(i / side) * cell;
      marks.push({ kind: 'rect', key: `waffle-${waffle.id}-${i}`, tone: 'grid', x, y, width: cell * 0.86, height: cell * 0.86 });
      // The run's share fills whole squares, then part of the next one.
      const filled = Math.max(0, Math.min(1, lit - i));
      if (filled > 0) marks.push({ kind: 'rect', key: `waffle-${waffle.id}-run-${i}`, tone: 'c1', x, y, width: cell * 0.86 * filled, height: cell * 0.86 });
    }
    marks.push({ kind: 'text', key: `waffle-${waffle.id}-share`, tone: 'ink', x: left, y: top + side * cell + f.body + 2, size: f.body, text: fit([`final run: ${text(waffle.share)}`, text(waffle.share)], blockW, f.body) });
  }
  return marks;
}

/** The cluster section's chart: the training cluster, the fleet, its CapEx and power, and the run's share of a fleet-year. */
export const clusterChart = legacySpec({
  slug: 'cluster',
  caption: 'The 2,048-GPU training cluster inside DeepSeek’s fleet, what the fleet costs to buy and power, and the final run’s share of its year.',
  steps: ['cluster-run', 'cluster-fleet', 'cluster-capex', 'cluster-power', 'cluster-share'],
  layout(state, size) {
    switch (state.step) {
      case 'cluster-run': return run(size);
      case 'cluster-fleet': return fleet(state, size);
      case 'cluster-capex': return capex(size);
      case 'cluster-power': return power(size);
      case 'cluster-share': return share(size);
      default: throw new Error(`cluster chart has no step "${state.step}"`);
    }
  },
  describe(step) {
    switch (step) {
      case 'cluster-run': return `${text('v3.clusterGpus')} H800 GPUs drawn as squares of one ${text('v3.gpusPerNode')}-GPU node each; at ${text('gpu.price')} a GPU they alone cost about ${text('v3.clusterGpuCost')}.`;
      case 'cluster-fleet': return `The cluster inside the fleet, in Hopper-class GPUs: estimates of ${text('fleet.estimateLow')} (ChinaTalk) to ${text('fleet.estimateHigh')} (Dylan Patel); SemiAnalysis reportedly counts ~${text('fleet.hoppersReported')} Hoppers.`;
      case 'cluster-capex': return `Bars of CapEx: over ${text('fleet.gpuCapexFloor')} of chips (${text('fleet.gpuCapexHigh')} for ${text('fleet.estimateHigh')} GPUs), about ${text('fleet.systemCapexFloor')} with servers (${text('epoch.serverMultiplier')}) and network (${text('epoch.networkMultiplier')}), beside a reported ${text('fleet.serverCapex')} of servers.`;
      case 'cluster-power': return `Electricity for ${text('power.scaleGpus')} GPUs: ${text('power.costPer10k')} a year with servers, storage and network, ${text('power.gpuOnlyPer10k')} for the GPUs alone.`;
      case 'cluster-share': return `Two waffles of a fleet-year’s GPU-hours: the final run fills ${text('fleet.finalRunShareSmall')} of a ${text('fleet.estimateLow')}-GPU year and ${text('fleet.finalRunShareLarge')} of a ${text('fleet.estimateHigh')}-GPU year.`;
      default: throw new Error(`cluster chart has no step "${step}"`);
    }
  },
  table() {
    return {
      columns: ['What', 'Figure'],
      rows: [
        ['Training cluster (H800 GPUs, per node)', `${text('v3.clusterGpus')} (${text('v3.gpusPerNode')})`],
        ['Those GPUs at the assumed price', `${text('v3.clusterGpuCost')} at ${text('gpu.price')}`],
        ['The run’s share of owning them, before power', `${text('v3.runOwnedLow')}–${text('v3.runOwnedHigh')}`],
        ['Fleet estimates, Hopper-class GPUs (ChinaTalk; Dylan Patel)', `${text('fleet.estimateLow')}–${text('fleet.estimateHigh')}`],
        ['Fleet, Hopper GPUs (SemiAnalysis, reported)', text('fleet.hoppersReported')],
        ['GPUs for $1B at the assumed price', text('fleet.gpusPerBillion')],
        [`Chips for ${text('fleet.estimateHigh')} GPUs`, text('fleet.gpuCapexHigh')],
        ['Servers and network (Epoch multipliers)', `${text('epoch.serverMultiplier')} × ${text('epoch.networkMultiplier')} ≈ ${text('epoch.systemMultiplier')}`],
        ['Server CapEx (SemiAnalysis, reported)', text('fleet.serverCapex')],
        [`Electricity per ${text('power.scaleGpus')} GPUs a year`, `${text('power.costPer10k')} (GPUs alone ${text('power.gpuOnlyPer10k')})`],
        ['Final run’s share of a fleet-year', `${text('fleet.finalRunShareSmall')} (${text('fleet.estimateLow')} GPUs) – ${text('fleet.finalRunShareLarge')} (${text('fleet.estimateHigh')})`],
      ],
    };
  },
});
