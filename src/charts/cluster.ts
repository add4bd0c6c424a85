/** cluster: a unit chart of the training cluster and the fleet around it, then CapEx and power bars, then a fleet-year waffle. */
import { linear } from './scale';
import { formatCompact, formatValue } from '../lib/format';
import { frame, gridFor, label, lineHeight, reveal, squares, type Frame } from './kit';
import { fit, textWidth } from './text';
import { defineChart, type ChartFigures, type Mark, type Size, type StepState, type Tone } from './types';

const figures = [
  'v3.clusterGpus',
  'v3.gpusPerNode',
  'v3.clusterNodes',
  'v3.clusterGpuCost',
  'v3.runOwnedLow',
  'v3.runOwnedHigh',
  'v3.gpuHours.total',
  'gpu.price',
  'fleet.estimateLow',
  'fleet.estimateHigh',
  'fleet.hoppersReported',
  'fleet.h800sReported',
  'fleet.gpusPerBillion',
  'fleet.gpuCapexFloor',
  'fleet.gpuCapexHigh',
  'fleet.systemCapexFloor',
  'fleet.serverCapex',
  'fleet.finalRunShareSmall',
  'fleet.finalRunShareLarge',
  'epoch.serverMultiplier',
  'epoch.networkMultiplier',
  'epoch.systemMultiplier',
  'power.gpuOnlyPer10k',
  'power.costPer10k',
  'power.scaleGpus',
  'power.kwPerGpu',
  'power.pue',
  'power.usdPerKwh',
  'power.gpuKw',
] as const;
type Data = ChartFigures<(typeof figures)[number]>;

/** Nodes per square in the fleet view: a layout choice so 50,000 GPUs fit in under 1,000 squares. */
const nodesPerSquare = 8;
/** Squares in each fleet-year waffle: one per cent of the year's GPU-hours. */
const waffleSquares = 100;

/** cluster-run: the training cluster, one square per node of 8 GPUs. */
function run(d: Data, size: Size): Mark[] {
  const gpus = d['v3.clusterGpus'].value;
  const perNode = d['v3.gpusPerNode'].value;
  const nodes = Math.round(gpus / perNode);
  const f = frame(
    size,
    [`The training cluster: ${d['v3.clusterGpus'].text} H800 GPUs`, `${d['v3.clusterGpus'].text} H800 GPUs`],
    [
      [
        `Bought at ${d['gpu.price'].text} each: ${d['v3.clusterGpuCost'].text}; the run’s share of owning them: ${d['v3.runOwnedLow'].text}–${d['v3.runOwnedHigh'].text}`,
        `At ${d['gpu.price'].text} each: ${d['v3.clusterGpuCost'].text}; the run’s share: ${d['v3.runOwnedLow'].text}–${d['v3.runOwnedHigh'].text}`,
        `Cost ${d['v3.clusterGpuCost'].text}; run’s share ${d['v3.runOwnedLow'].text}–${d['v3.runOwnedHigh'].text}`,
      ],
      ['NVLink inside each node, InfiniBand between nodes', 'NVLink in a node, InfiniBand between'],
    ],
  );
  const top = f.top + f.body + 10;
  const { cols, cell } = gridFor(nodes, f.right - f.left, f.bottom - top);
  const left = f.left + (f.right - f.left - cols * cell) / 2;
  const marks: Mark[] = [
    ...f.marks,
    ...label(
      'grid-label',
      f,
      f.top + f.body,
      [
        `One square = one node of ${d['v3.gpusPerNode'].text} GPUs (${d['v3.clusterNodes'].text} nodes)`,
        `Square = one node of ${d['v3.gpusPerNode'].text} GPUs`,
        `Square = ${d['v3.gpusPerNode'].text} GPUs`,
      ],
      'muted',
      'normal',
    ),
  ];
  marks.push(...squares('node', [0, nodes], { left, top, cols, cell }, 0.84, () => ({ tone: 'c1', rx: cell * 0.1 })));
  return marks;
}

/** cluster-fleet: the fleet around the cluster, in Hopper-class GPUs: the two published estimates, the higher one also SemiAnalysis's reported count. */
function fleet(d: Data, state: StepState, size: Size): Mark[] {
  const perSquare = d['v3.gpusPerNode'].value * nodesPerSquare;
  const narrow = size.width < 560;
  const bands = [
    {
      id: 'run',
      tone: 'c1' as Tone,
      opacity: 1,
      gpus: d['v3.clusterGpus'].value,
      label: narrow ? d['v3.clusterGpus'].text : `V3’s ${d['v3.clusterGpus'].text}`,
    },
    {
      id: 'low',
      tone: 'c5' as Tone,
      opacity: 1,
      gpus: d['fleet.estimateLow'].value,
      label: narrow ? d['fleet.estimateLow'].text : `${d['fleet.estimateLow'].text} (ChinaTalk)`,
    },
    {
      id: 'high',
      tone: 'c5' as Tone,
      opacity: 0.5,
      gpus: d['fleet.estimateHigh'].value,
      label: narrow ? d['fleet.estimateHigh'].text : `${d['fleet.estimateHigh'].text} (Patel)`,
    },
  ].map((band) => ({ ...band, squares: Math.ceil(band.gpus / perSquare) }));
  const total = Math.max(...bands.map((b) => b.squares));
  const shown = Math.round(total * reveal(state.progress));
  const titles = ['The fleet around the cluster, in Hopper-class GPUs', 'The fleet, in Hopper-class GPUs'];
  const notes = [
    [
      `Estimates: ${d['fleet.estimateLow'].text} (ChinaTalk) to ${d['fleet.estimateHigh'].text} Hopper GPUs (Dylan Patel)`,
      `Estimates: ${d['fleet.estimateLow'].text}–${d['fleet.estimateHigh'].text} GPUs`,
    ],
    [
      `SemiAnalysis later (reported): ~${d['fleet.hoppersReported'].text} Hoppers, ~${d['fleet.h800sReported'].text} of them H800s`,
      `SemiAnalysis (reported): ~${d['fleet.hoppersReported'].text} Hoppers`,
    ],
    ['Lambert’s label “A100 equivalent” is loose: we convert nothing', 'Label “A100 equivalent” is loose'],
  ];
  const full = frame(size, titles, notes);
  // On a short chart the three band labels need the height more than the two secondary notes.
  const f = full.bottom - (full.top + full.body + 10) >= bands.length * lineHeight(full.body) + 4 ? full : frame(size, titles, notes.slice(0, 1));
  const labelW = Math.max(...bands.map((b) => textWidth(b.label, f.body, b.id === 'run' ? 'bold' : 'normal'))) + 10;
  const top = f.top + f.body + 10;
  const { cols, cell } = gridFor(total, f.right - f.left - labelW, f.bottom - top);
  const left = f.left;
  const marks: Mark[] = [
    ...f.marks,
    ...label(
      'scale-fleet',
      f,
      f.top + f.body,
      [`One square = ${formatCompact(perSquare)} GPUs (${nodesPerSquare} nodes)`, `Square = ${formatCompact(perSquare)} GPUs`],
      'muted',
      'normal',
    ),
  ];
  // Each band is labelled beside the row where it ends; labels never stack closer than a line, nor below the free box.
  const labelYs = bands.map((band) => top + (Math.floor((band.squares - 1) / cols) + 0.5) * cell + f.body * 0.35);
  for (let i = 1; i < labelYs.length; i += 1) labelYs[i] = Math.max(labelYs[i] ?? 0, (labelYs[i - 1] ?? 0) + lineHeight(f.body));
  for (let i = labelYs.length - 1; i >= 0; i -= 1)
    labelYs[i] = Math.min(labelYs[i] ?? 0, i === labelYs.length - 1 ? f.bottom - f.body * 0.3 : (labelYs[i + 1] ?? 0) - lineHeight(f.body));
  let start = 0;
  for (const [b, band] of bands.entries()) {
    marks.push(
      ...squares('unit', [start, Math.min(band.squares, shown)], { left, top, cols, cell }, 0.84, () => ({ tone: band.tone, opacity: band.opacity })),
    );
    if (shown >= band.squares) {
      marks.push({
        kind: 'text',
        key: `band-${band.id}`,
        tone: 'ink',
        x: left + cols * cell + 8,
        y: labelYs[b] ?? 0,
        size: f.body,
        weight: band.id === 'run' ? 'bold' : 'normal',
        text: band.label,
      });
    }
    start = band.squares;
  }
  return marks;
}

/** One stretch of a bar, with optional names (longest first) written under it. */
interface Segment {
  key: string;
  tone: Tone;
  from: number;
  to: number;
  opacity?: number;
  names?: string[];
}

/** Where a step's bar rows go: the first bar's top, the distance between rows, the bar height, and whether segment names fit under the bars. */
interface Rows {
  top: number;
  rowH: number;
  barH: number;
  names: boolean;
}

/**
 * `n` bar rows shared out over the free box: each a label above its bar (about 1 em and 8 units) and, where the
 * height allows, a line of segment names under it; bars between 10 units and `maxBar` tall.
 */
function rowsFor(f: Frame, n: number, maxBar: number): Rows {
  const labelH = Math.ceil(f.body * 1.05 + 8);
  const namesH = Math.ceil(f.body * 1.45 + 2);
  const room = (f.bottom - f.top) / n;
  const names = room - labelH - namesH - 6 >= 14;
  const barH = Math.max(10, Math.min(maxBar, room - labelH - (names ? namesH : 0) - 6));
  const rowH = Math.min(room, labelH + barH + (names ? namesH : 0) + 18);
  return { top: f.top + Math.max(0, (f.bottom - f.top - n * rowH) / 2) + labelH, rowH, barH, names };
}

/** Whether a frame's free box holds `n` bar rows of a label above a bar at least 12 units tall. */
const roomy = (f: Frame, n: number): boolean => (f.bottom - f.top) / n >= Math.ceil(f.body * 1.05 + 8) + 12 + 6;

/** A labelled bar row: the label above it, its segments from zero, their names under it where the rows leave room and they fit. */
function barRow(f: Frame, x: (v: number) => number, rows: Rows, row: number, key: string, names: string[], segments: Segment[]): Mark[] {
  const y = rows.top + row * rows.rowH;
  const marks: Mark[] = [...label(`${key}-label`, f, y - 8, names, 'ink', 'bold')];
  let nameX = f.left;
  for (const s of segments) {
    marks.push({ kind: 'rect', key: s.key, tone: s.tone, opacity: s.opacity, x: x(s.from), y, width: x(s.to) - x(s.from), height: rows.barH });
    // Segment names sit under the bar at their segment's start, nudged right so they never overlap.
    if (s.names && rows.names) {
      const start = Math.max(nameX, x(s.from));
      const name = fit(s.names, f.right - start, f.body);
      if (start + textWidth(name, f.body) <= f.right) {
        marks.push({ kind: 'text', key: `${s.key}-name`, tone: 'muted', x: start, y: y + rows.barH + f.body + 2, size: f.body, text: name });
        nameX = start + textWidth(name, f.body) + 8;
      }
    }
  }
  return marks;
}

/** The bold total just after a bar's end, on the bar's middle. */
const endLabel = (f: Frame, x: (v: number) => number, rows: Rows, row: number, v: number, key: string, labelText: string): Mark => ({
  kind: 'text',
  key,
  tone: 'ink',
  x: x(v) + 8,
  y: rows.top + row * rows.rowH + rows.barH / 2 + f.body * 0.35,
  size: f.body,
  weight: 'bold',
  text: labelText,
});

/** cluster-capex: CapEx as bars: chips over $1B (to $1.5B), then servers and network roughly doubling it, beside the reported figure. */
function capex(d: Data, size: Size): Mark[] {
  const floor = d['fleet.gpuCapexFloor'].value;
  const chipsHigh = d['fleet.gpuCapexHigh'].value;
  const servers = floor * d['epoch.serverMultiplier'].value;
  const system = d['fleet.systemCapexFloor'].value;
  const reported = d['fleet.serverCapex'].value;
  const titles = [
    `Buying the fleet: over ${d['fleet.gpuCapexFloor'].text} of chips, then about double`,
    `CapEx: over ${d['fleet.gpuCapexFloor'].text} of chips`,
  ];
  const noted = frame(size, titles, [
    [
      `${d['fleet.gpusPerBillion'].text} GPUs at ${d['gpu.price'].text} cost ${d['fleet.gpuCapexFloor'].text}; ${d['fleet.estimateHigh'].text} cost ${d['fleet.gpuCapexHigh'].text}`,
      `${d['fleet.gpusPerBillion'].text} GPUs × ${d['gpu.price'].text} = ${d['fleet.gpuCapexFloor'].text}`,
    ],
  ]);
  // On a short chart the three rows need the note's line more than the note (the chips row says the same).
  const f = roomy(noted, 3) ? noted : frame(size, titles);
  const x = linear([0, Math.max(system, chipsHigh, reported)], [f.left, f.right - textWidth(d['fleet.systemCapexFloor'].text, f.body, 'bold') - 8]);
  const rows = rowsFor(f, 3, 44);
  return [
    ...f.marks,
    ...barRow(
      f,
      x,
      rows,
      0,
      'chips',
      [`Chips: ${d['gpu.price'].text} per GPU, over ${d['fleet.gpuCapexFloor'].text}`, `Chips: over ${d['fleet.gpuCapexFloor'].text}`],
      [
        { key: 'capex-chips', tone: 'c1', from: 0, to: floor, names: [d['fleet.gpuCapexFloor'].text] },
        {
          key: 'capex-chips-high',
          tone: 'c1',
          opacity: 0.35,
          from: floor,
          to: chipsHigh,
          names: [`${d['fleet.gpuCapexHigh'].text} at ${d['fleet.estimateHigh'].text}`, d['fleet.gpuCapexHigh'].text],
        },
      ],
    ),
    ...barRow(
      f,
      x,
      rows,
      1,
      'system',
      [
        `+ servers ${d['epoch.serverMultiplier'].text} and network ${d['epoch.networkMultiplier'].text} (Epoch)`,
        `+ servers ${d['epoch.serverMultiplier'].text}, network ${d['epoch.networkMultiplier'].text}`,
      ],
      [
        { key: 'capex-system-chips', tone: 'c1', from: 0, to: floor, names: ['chips'] },
        { key: 'capex-servers', tone: 'c2', from: floor, to: servers, names: ['servers'] },
        { key: 'capex-network', tone: 'c3', from: servers, to: system, names: ['network'] },
      ],
    ),
    endLabel(f, x, rows, 1, system, 'capex-system-total', d['fleet.systemCapexFloor'].text),
    ...barRow(
      f,
      x,
      rows,
      2,
      'reported',
      [`SemiAnalysis (reported): ${d['fleet.serverCapex'].text} of servers`, `Reported: ${d['fleet.serverCapex'].text} of servers`],
      [{ key: 'capex-reported', tone: 'c4', from: 0, to: reported }],
    ),
    endLabel(f, x, rows, 2, reported, 'capex-reported-total', d['fleet.serverCapex'].text),
  ];
}

/** cluster-power: a year of electricity for 10,000 GPUs, the GPUs' own draw and the rest of the server. */
function power(d: Data, size: Size): Mark[] {
  const gpuOnly = d['power.gpuOnlyPer10k'].value;
  const whole = d['power.costPer10k'].value;
  const f = frame(
    size,
    [
      `Power: about ${d['power.costPer10k'].text} a year per ${d['power.scaleGpus'].text} GPUs`,
      `Power: ${d['power.costPer10k'].text} a year per ${d['power.scaleGpus'].text} GPUs`,
      `Power: ${d['power.costPer10k'].text}/yr per ${d['power.scaleGpus'].text} GPUs`,
    ],
    [
      [
        `${d['power.kwPerGpu'].text} per GPU × PUE ${d['power.pue'].text} × ${d['power.usdPerKwh'].text}, all year`,
        `${d['power.kwPerGpu'].text} per GPU, ${d['power.usdPerKwh'].text}`,
      ],
    ],
  );
  const x = linear([0, whole], [f.left, f.right - textWidth(d['power.costPer10k'].text, f.body, 'bold') - 8]);
  const rows = rowsFor(f, 2, 56);
  return [
    ...f.marks,
    ...barRow(
      f,
      x,
      rows,
      0,
      'gpu-only',
      [`GPUs alone (${d['power.gpuKw'].text} each)`, 'GPUs alone'],
      [{ key: 'power-gpu', tone: 'c1', from: 0, to: gpuOnly }],
    ),
    endLabel(f, x, rows, 0, gpuOnly, 'power-gpu-total', d['power.gpuOnlyPer10k'].text),
    ...barRow(
      f,
      x,
      rows,
      1,
      'whole',
      [`With servers, storage and network (${d['power.kwPerGpu'].text} per GPU)`, 'With servers and network'],
      [
        { key: 'power-gpu-share', tone: 'c1', from: 0, to: gpuOnly, names: ['GPUs'] },
        { key: 'power-rest', tone: 'c2', from: gpuOnly, to: whole, names: ['servers, storage, network', 'the rest'] },
      ],
    ),
    endLabel(f, x, rows, 1, whole, 'power-whole-total', d['power.costPer10k'].text),
  ];
}

/** cluster-share: one fleet-year of GPU-hours as 100 squares, twice (20,000 and 50,000 GPUs), with the final run's share filled. */
function share(d: Data, size: Size): Mark[] {
  const unit = formatValue(1 / waffleSquares, { kind: 'percent' });
  const f = frame(
    size,
    [
      `The final run: ${d['fleet.finalRunShareSmall'].text} or less of one fleet-year`,
      `Final run: ≤ ${d['fleet.finalRunShareSmall'].text} of a fleet-year`,
      `Run: ≤ ${d['fleet.finalRunShareSmall'].text} of a fleet-year`,
    ],
    [
      [`${d['v3.gpuHours.total'].text} ÷ a year of the fleet’s GPU-hours`, 'Final-run hours ÷ a fleet-year'],
      [`One square = ${unit} of a year of the whole fleet`, `Square = ${unit} of a fleet-year`],
    ],
  );
  const waffles = [
    { id: 'small', gpus: d['fleet.estimateLow'], share: d['fleet.finalRunShareSmall'] },
    { id: 'large', gpus: d['fleet.estimateHigh'], share: d['fleet.finalRunShareLarge'] },
  ];
  const side = Math.ceil(Math.sqrt(waffleSquares));
  const lineH = f.body + 8;
  const gap = 24;
  const cell = Math.min((f.right - f.left - gap) / 2 / side, (f.bottom - f.top - 2 * lineH) / side);
  const blockW = side * cell;
  // The waffles, their labels above and shares below, centred in the free box's height.
  const labelY = f.top + f.body + Math.max(0, (f.bottom - f.top - 2 * lineH - side * cell) / 2);
  const marks: Mark[] = [...f.marks];
  for (const [w, waffle] of waffles.entries()) {
    const left = f.left + w * (blockW + gap);
    const top = labelY - f.body + lineH;
    const lit = waffle.share.value * waffleSquares;
    marks.push({
      kind: 'text',
      key: `waffle-${waffle.id}-label`,
      tone: 'ink',
      x: left,
      y: labelY,
      size: f.body,
      weight: 'bold',
      text: fit([`${waffle.gpus.text} GPUs`, waffle.gpus.text], blockW, f.body, 'bold'),
    });
    for (let i = 0; i < waffleSquares; i += 1) {
      const x = left + (i % side) * cell;
      const y = top + Math.floor(i / side) * cell;
      marks.push({ kind: 'rect', key: `waffle-${waffle.id}-${i}`, tone: 'grid', x, y, width: cell * 0.86, height: cell * 0.86 });
      // The run's share fills whole squares, then part of the next one.
      const filled = Math.max(0, Math.min(1, lit - i));
      if (filled > 0)
        marks.push({ kind: 'rect', key: `waffle-${waffle.id}-run-${i}`, tone: 'c1', x, y, width: cell * 0.86 * filled, height: cell * 0.86 });
    }
    marks.push({
      kind: 'text',
      key: `waffle-${waffle.id}-share`,
      tone: 'ink',
      x: left,
      y: top + side * cell + f.body + 2,
      size: f.body,
      text: fit([`final run: ${waffle.share.text}`, waffle.share.text], blockW, f.body),
    });
  }
  return marks;
}

/** The cluster section's chart: the training cluster, the fleet, its CapEx and power, and the run's share of a fleet-year. */
export const clusterChart = defineChart({
  slug: 'cluster',
  caption: 'The 2,048-GPU training cluster inside DeepSeek’s fleet, what the fleet costs to buy and power, and the final run’s share of its year.',
  figures,
  steps: {
    'cluster-run': {
      layout: (d, _state, size) => run(d, size),
      describe: (d) =>
        `${d['v3.clusterGpus'].text} H800 GPUs drawn as squares of one ${d['v3.gpusPerNode'].text}-GPU node each; at ${d['gpu.price'].text} a GPU they alone cost about ${d['v3.clusterGpuCost'].text}.`,
    },
    'cluster-fleet': {
      layout: (d, state, size) => fleet(d, state, size),
      describe: (d) =>
        `The cluster inside the fleet, in Hopper-class GPUs: estimates of ${d['fleet.estimateLow'].text} (ChinaTalk) to ${d['fleet.estimateHigh'].text} (Dylan Patel); SemiAnalysis reportedly counts ~${d['fleet.hoppersReported'].text} Hoppers.`,
    },
    'cluster-capex': {
      layout: (d, _state, size) => capex(d, size),
      describe: (d) =>
        `Bars of CapEx: over ${d['fleet.gpuCapexFloor'].text} of chips (${d['fleet.gpuCapexHigh'].text} for ${d['fleet.estimateHigh'].text} GPUs), about ${d['fleet.systemCapexFloor'].text} with servers (${d['epoch.serverMultiplier'].text}) and network (${d['epoch.networkMultiplier'].text}), beside a reported ${d['fleet.serverCapex'].text} of servers.`,
    },
    'cluster-power': {
      layout: (d, _state, size) => power(d, size),
      describe: (d) =>
        `Electricity for ${d['power.scaleGpus'].text} GPUs: ${d['power.costPer10k'].text} a year with servers, storage and network, ${d['power.gpuOnlyPer10k'].text} for the GPUs alone.`,
    },
    'cluster-share': {
      layout: (d, _state, size) => share(d, size),
      describe: (d) =>
        `Two waffles of a fleet-year’s GPU-hours: the final run fills ${d['fleet.finalRunShareSmall'].text} of a ${d['fleet.estimateLow'].text}-GPU year and ${d['fleet.finalRunShareLarge'].text} of a ${d['fleet.estimateHigh'].text}-GPU year.`,
    },
  },
  table(d) {
    return {
      columns: ['What', 'Figure'],
      rows: [
        ['Training cluster (H800 GPUs, per node)', `${d['v3.clusterGpus'].text} (${d['v3.gpusPerNode'].text})`],
        ['Those GPUs at the assumed price', `${d['v3.clusterGpuCost'].text} at ${d['gpu.price'].text}`],
        ['The run’s share of owning them, before power', `${d['v3.runOwnedLow'].text}–${d['v3.runOwnedHigh'].text}`],
        ['Fleet estimates, Hopper-class GPUs (ChinaTalk; Dylan Patel)', `${d['fleet.estimateLow'].text}–${d['fleet.estimateHigh'].text}`],
        ['Fleet, Hopper GPUs (SemiAnalysis, reported)', d['fleet.hoppersReported'].text],
        ['GPUs for $1B at the assumed price', d['fleet.gpusPerBillion'].text],
        [`Chips for ${d['fleet.estimateHigh'].text} GPUs`, d['fleet.gpuCapexHigh'].text],
        [
          'Servers and network (Epoch multipliers)',
          `${d['epoch.serverMultiplier'].text} × ${d['epoch.networkMultiplier'].text} ≈ ${d['epoch.systemMultiplier'].text}`,
        ],
        ['Server CapEx (SemiAnalysis, reported)', d['fleet.serverCapex'].text],
        [`Electricity per ${d['power.scaleGpus'].text} GPUs a year`, `${d['power.costPer10k'].text} (GPUs alone ${d['power.gpuOnlyPer10k'].text})`],
        [
          'Final run’s share of a fleet-year',
          `${d['fleet.finalRunShareSmall'].text} (${d['fleet.estimateLow'].text} GPUs) – ${d['fleet.finalRunShareLarge'].text} (${d['fleet.estimateHigh'].text})`,
        ],
      ],
    };
  },
});
