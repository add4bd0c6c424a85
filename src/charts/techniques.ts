/** techniques: one small diagram per idea (MLA, MoE, MTP, FP8, DualPipe), each with what it saves. */
import { frame as titledFrame, gridFor, label, scatteredCells, type Frame } from './kit';
import { linear } from './scale';
import { fit, textWidth } from './text';
import { defineChart, type ChartFigures, type Mark, type Size, type Tone } from './types';

const figures = [
  'v3.experts.routed',
  'v3.experts.active',
  'v3.experts.shared',
  'v3.params.active',
  'v3.params.total',
  'v3.mtpSpeedup',
  'h100.bf16Dense',
  'h100.fp8Dense',
  'h100.fp8Speedup',
  'v3.fp8LossGap',
  'h100.nvlink',
  'h800.nvlink',
  'v3.nvlinkOffered',
  'v3.infinibandOffered',
  'v3.maxNodesPerToken',
] as const;
type Id = (typeof figures)[number];
type Data = ChartFigures<Id>;

/** Tokens drawn in the MLA cache diagram and blocks in the DualPipe timeline: illustrative counts, not figures. */
const diagramTokens = 6;
const timelineBlocks = 4;

/** A step's frame: the title on top, "what it saves" at the bottom (keys `saves-0`, …), and the box left between them. */
const frame = (size: Size, titles: string[], saves: string[][]): Frame => titledFrame(size, titles, saves, 'saves');

/** MLA: every token's cache as a block, full keys and values above, one compressed latent below (schematic). */
function mla(size: Size): Mark[] {
  const f = frame(
    size,
    ['Multi-head latent attention: less memory per token', 'MLA: less memory per token'],
    [
      ['Saves memory: a far smaller KV cache, so long contexts cost less', 'Saves memory: a smaller KV cache'],
      ['Schematic: block sizes are not to scale', 'Schematic, not to scale'],
    ],
  );
  const free = f.bottom - f.top;
  const lineH = f.body + (free < 100 ? 6 : 10);
  const gap = 12;
  // The line under the blocks is secondary: it goes when the frame is too short for it and two readable rows.
  const withTokens = free >= 3 * lineH + 2 * 14 + 2 * gap;
  const blockH = Math.max(8, Math.min(56, (free - (withTokens ? 3 : 2) * lineH - (withTokens ? 2 : 1) * gap) / 2));
  const rowH = lineH + blockH + gap;
  const slot = (f.right - f.left) / diagramTokens;
  const top = centred(f, 2 * rowH - gap + (withTokens ? gap + lineH : 0));
  const rows = [
    {
      id: 'full',
      tone: 'muted' as Tone,
      scale: 0.9,
      text: ['Standard attention caches keys and values for every head', 'Standard: keys + values, every head', 'Standard: K and V per head'],
    },
    {
      id: 'latent',
      tone: 'c1' as Tone,
      scale: 0.22,
      text: ['MLA caches one compressed latent vector per token', 'MLA: one compressed latent per token', 'MLA: one latent per token'],
    },
  ];
  const marks = [...f.marks];
  for (const [r, row] of rows.entries()) {
    const y = top + r * rowH;
    marks.push(...label(`mla-label-${row.id}`, f, y + f.body, row.text));
    for (let t = 0; t < diagramTokens; t += 1) {
      marks.push({
        kind: 'rect',
        key: `mla-${row.id}-${t}`,
        tone: row.tone,
        x: f.left + t * slot,
        y: y + lineH,
        width: slot * row.scale,
        height: blockH,
        rx: 3,
      });
    }
  }
  if (withTokens)
    marks.push(
      ...label(
        'mla-tokens',
        f,
        top + 2 * rowH + f.body,
        ['Each block: the cache for one token of the context', 'Each block: one token’s cache'],
        'muted',
      ),
    );
  return marks;
}

/** MoE: 256 routed experts as dots with the 8 a token is sent to lit, plus the shared expert every token uses. */
function moe(d: Data, size: Size): Mark[] {
  const routed = d['v3.experts.routed'].value;
  const active = d['v3.experts.active'].value;
  const f = frame(
    size,
    [
      `Mixture of experts: ${d['v3.experts.active'].text} of ${d['v3.experts.routed'].text} experts per token`,
      `${d['v3.experts.active'].text} of ${d['v3.experts.routed'].text} experts per token`,
    ],
    [
      [
        `Saves compute: ${d['v3.params.active'].text} of ${d['v3.params.total'].text} parameters per token`,
        `Saves compute: ${d['v3.params.active'].text} of ${d['v3.params.total'].text} used`,
      ],
      ['Load balanced without an auxiliary loss', 'No auxiliary balancing loss'],
    ],
  );
  const lineH = f.body + 10;
  const sharedR = Math.max(6, Math.min(14, f.body * 0.7));
  const sharedY = f.top + sharedR;
  const gridTop = sharedY + sharedR + 8 + lineH;
  const { cols, cell } = gridFor(routed, f.right - f.left, f.bottom - gridTop);
  const left = f.left + (f.right - f.left - cols * cell) / 2;
  // The lit experts are scattered through the grid: a token's experts can be anywhere.
  const lit = scatteredCells(routed, active, cols);
  const marks: Mark[] = [
    ...f.marks,
    { kind: 'circle', key: 'moe-shared', tone: 'c2', cx: f.left + sharedR, cy: sharedY, r: sharedR },
    {
      kind: 'text',
      key: 'moe-shared-label',
      tone: 'ink',
      x: f.left + 2 * sharedR + 8,
      y: sharedY + f.body * 0.35,
      size: f.body,
      text: fit(
        [`${d['v3.experts.shared'].text} shared expert: every token uses it`, `${d['v3.experts.shared'].text} shared expert, always on`],
        f.right - f.left - 2 * sharedR - 8,
        f.body,
      ),
    },
    ...label('moe-routed-label', f, gridTop - 8, [
      `${d['v3.experts.routed'].text} routed experts: a router picks ${d['v3.experts.active'].text} per token`,
      `${d['v3.experts.routed'].text} routed; ${d['v3.experts.active'].text} picked per token`,
    ]),
  ];
  for (let i = 0; i < routed; i += 1) {
    const on = lit.has(i);
    marks.push({
      kind: 'circle',
      key: `moe-expert-${i}`,
      tone: on ? 'c1' : 'grid',
      cx: left + ((i % cols) + 0.5) * cell,
      cy: gridTop + (Math.floor(i / cols) + 0.5) * cell,
      r: cell * 0.38,
    });
  }
  return marks;
}

/** A bar of a bar band: its key, tone, name variants (longest first), value and value as printed. */
interface BarRow {
  key: string;
  tone: Tone;
  names: string[];
  value: number;
  valueText: string;
}

/** The height of one text line's glyph box and a little air: rows of text closer than this collide. */
const rowOf = (f: Frame): number => f.body + 6;

/**
 * Bars on one scale from zero to `max` in a band of the frame. Where the band has the height, each name sits above its
 * bar and the value at its end (or on the name line when the bar is thin or long); in a short band (a phone's chart)
 * the names stand in a column at the left and the values after the bars, one line per bar.
 */
function barBand(rows: BarRow[], max: number, f: Frame, top: number, height: number, maxBarH: number): Mark[] {
  const room = height / rows.length;
  if (room >= rowOf(f) + 8 + 10) {
    const rowH = Math.min(room, rowOf(f) + maxBarH + 24);
    const barH = Math.max(8, Math.min(maxBarH, rowH - rowOf(f) - 12));
    const x = linear([0, max], [f.left, f.right]);
    return rows.flatMap((r, i) => stackedBar(r, f, top + i * rowH + rowOf(f), barH, x(r.value)));
  }
  const nameW = Math.max(...rows.map((r) => textWidth(r.names[r.names.length - 1] ?? '', f.body))) + 8;
  const valueW = Math.max(...rows.map((r) => textWidth(r.valueText, f.body, 'bold'))) + 8;
  const x = linear([0, max], [f.left + nameW, f.right - valueW]);
  const barH = Math.max(4, Math.min(maxBarH, room - 6));
  return rows.flatMap((r, i): Mark[] => {
    const mid = top + (i + 0.5) * room;
    const baseline = mid + f.body * 0.35;
    return [
      { kind: 'text', key: `${r.key}-name`, tone: 'ink', x: f.left, y: baseline, size: f.body, text: fit(r.names, nameW - 8, f.body) },
      { kind: 'rect', key: r.key, tone: r.tone, x: x(0), y: mid - barH / 2, width: x(r.value) - x(0), height: barH },
      { kind: 'text', key: `${r.key}-value`, tone: 'ink', x: x(r.value) + 6, y: baseline, size: f.body, weight: 'bold', text: r.valueText },
    ];
  });
}

/** A bar with its name above; its value at the bar's end, or on the name line when the bar is too thin or too long. */
function stackedBar(r: BarRow, f: Frame, y: number, barH: number, end: number): Mark[] {
  const valueW = textWidth(r.valueText, f.body, 'bold');
  const beside = barH >= f.body * 0.9 && end + 8 + valueW <= f.right;
  const name = fit(r.names, beside ? f.right - f.left : f.right - f.left - valueW - 12, f.body);
  const valueX = Math.min(f.right, Math.max(end, f.left + textWidth(name, f.body) + 12 + valueW));
  return [
    { kind: 'text', key: `${r.key}-name`, tone: 'ink', x: f.left, y: y - 6, size: f.body, text: name },
    { kind: 'rect', key: r.key, tone: r.tone, x: f.left, y, width: end - f.left, height: barH },
    beside
      ? {
          kind: 'text',
          key: `${r.key}-value`,
          tone: 'ink',
          x: end + 8,
          y: y + barH / 2 + f.body * 0.35,
          size: f.body,
          weight: 'bold',
          text: r.valueText,
        }
      : { kind: 'text', key: `${r.key}-value`, tone: 'ink', x: valueX, y: y - 6, size: f.body, weight: 'bold', anchor: 'end', text: r.valueText },
  ];
}

/** Where content of a height starts so that it sits in the middle of the frame's free space. */
const centred = (f: Frame, height: number): number => f.top + Math.max(0, (f.bottom - f.top - height) / 2);

/** MTP: the model with its main head and one extra head, then decoding speed with and without it. */
function mtp(d: Data, size: Size): Mark[] {
  const speedup = d['v3.mtpSpeedup'].value;
  const f = frame(
    size,
    ['Multi-token prediction: one extra prediction head', 'MTP: one extra prediction head'],
    [['Adds training signal; at inference it drafts the next token ahead', 'Extra training signal; drafts ahead']],
  );
  const width = f.right - f.left;
  const free = f.bottom - f.top;
  // A short frame (a phone's chart) sets the two heads as two plain lines, leaving the bars their lines.
  const compact = free < 2 * (f.body + 10) + 8 + 12 + 2 * (rowOf(f) + 18);
  const boxH = compact ? rowOf(f) : Math.max(f.body + 10, Math.min(40, free * 0.16));
  const headGap = compact ? 0 : 8;
  const barsGap = compact ? 8 : 12;
  const maxBarH = 40;
  // On a tall frame the drawing sits in the middle of the free box rather than under the title.
  const headsH = 2 * boxH + headGap;
  const bandH = Math.min(free - headsH - barsGap, 2 * (rowOf(f) + maxBarH + 24));
  const top = centred(f, headsH + barsGap + bandH);
  const heads = [
    { id: 'main', tone: 'c1' as Tone, text: ['Main head: predicts the next token', 'Main head: next token', 'next token'] },
    { id: 'extra', tone: 'c3' as Tone, text: ['MTP head: predicts the token after', 'MTP head: token after', 'token after'] },
  ];
  const modelW = Math.min(width * 0.3, 160);
  const headX = f.left + modelW + Math.max(16, width * 0.08);
  const marks: Mark[] = [
    ...f.marks,
    { kind: 'rect', key: 'mtp-model', tone: 'grid', x: f.left, y: top, width: modelW, height: headsH, rx: 4 },
    {
      kind: 'text',
      key: 'mtp-model-label',
      tone: 'ink',
      x: f.left + modelW / 2,
      y: top + boxH + headGap / 2 + f.body * 0.35,
      size: f.body,
      anchor: 'middle',
      text: fit(['The model', 'Model'], modelW - 8, f.body),
    },
  ];
  for (const [i, head] of heads.entries()) {
    const y = top + i * (boxH + headGap);
    marks.push(
      { kind: 'line', key: `mtp-link-${head.id}`, tone: 'muted', x1: f.left + modelW, y1: y + boxH / 2, x2: headX, y2: y + boxH / 2, width: 2 },
      { kind: 'rect', key: `mtp-head-${head.id}`, tone: head.tone, x: headX, y: y + boxH * 0.2, width: 6, height: boxH * 0.6 },
      {
        kind: 'text',
        key: `mtp-head-${head.id}-label`,
        tone: 'ink',
        x: headX + 12,
        y: y + boxH / 2 + f.body * 0.35,
        size: f.body,
        text: fit(head.text, f.right - headX - 12, f.body),
      },
    );
  }
  return [
    ...marks,
    ...barBand(
      [
        {
          key: 'mtp-speed-base',
          tone: 'muted',
          names: ['Decoding speed, one token at a time', 'Decoding, one at a time', 'Standard'],
          value: 1,
          valueText: 'baseline',
        },
        {
          key: 'mtp-speed-mtp',
          tone: 'c3',
          names: ['With MTP drafting (speculative decoding)', 'With MTP drafting', 'MTP'],
          value: speedup,
          valueText: `${d['v3.mtpSpeedup'].text} tokens/s`,
        },
      ],
      speedup,
      f,
      top + headsH + barsGap,
      bandH,
      maxBarH,
    ),
  ];
}

/** FP8: the dense peak of a Hopper GPU in BF16 and in FP8, as two columns. */
function fp8(d: Data, size: Size): Mark[] {
  const f = frame(
    size,
    [`FP8 training: ${d['h100.fp8Speedup'].text} the peak throughput of BF16`, `FP8: ${d['h100.fp8Speedup'].text} the peak of BF16`],
    [
      [`Loss within ${d['v3.fp8LossGap'].text} of BF16 training`, `Loss within ${d['v3.fp8LossGap'].text} of BF16`],
      ['Dense H100 spec; the H800 reportedly has the same compute', 'H100 dense spec (H800 reportedly equal)'],
    ],
  );
  const columns = [
    { id: 'bf16', tone: 'muted' as Tone, name: 'BF16', figureId: 'h100.bf16Dense' as Id },
    { id: 'fp8', tone: 'c5' as Tone, name: 'FP8', figureId: 'h100.fp8Dense' as Id },
  ];
  const width = f.right - f.left;
  const colW = Math.min(140, width / 4);
  const base = f.bottom - f.body - 8;
  const y = linear([0, d['h100.fp8Dense'].value], [base, f.top + f.body + 8]);
  const marks = [...f.marks, { kind: 'line', key: 'fp8-base', tone: 'muted', x1: f.left, x2: f.right, y1: base, y2: base } as Mark];
  for (const [i, col] of columns.entries()) {
    const cx = f.left + width * (i === 0 ? 0.3 : 0.7);
    const top = y(d[col.figureId].value);
    marks.push(
      { kind: 'rect', key: `fp8-${col.id}`, tone: col.tone, x: cx - colW / 2, y: top, width: colW, height: base - top },
      {
        kind: 'text',
        key: `fp8-${col.id}-value`,
        tone: 'ink',
        x: cx,
        y: top - 6,
        size: f.body,
        weight: 'bold',
        anchor: 'middle',
        text: d[col.figureId].text,
      },
      { kind: 'text', key: `fp8-${col.id}-name`, tone: 'ink', x: cx, y: base + f.body + 4, size: f.body, anchor: 'middle', text: col.name },
    );
  }
  return marks;
}

/** DualPipe: a schematic timeline with and without overlap, then the NVLink figures kept apart. */
function dualpipe(d: Data, size: Size): Mark[] {
  const titles = ['DualPipe: computation hides the communication', 'DualPipe: compute hides comms'];
  const withNote = frame(size, titles, [
    [
      `Each token goes to at most ${d['v3.maxNodesPerToken'].text} servers, sparing the slow InfiniBand`,
      `Tokens reach ≤ ${d['v3.maxNodesPerToken'].text} servers`,
    ],
  ]);
  const allLinks: BarRow[] = (
    [
      { id: 'h100', figure: d['h100.nvlink'], tone: 'muted', names: ['H100 NVLink, spec', 'H100, spec'] },
      { id: 'h800', figure: d['h800.nvlink'], tone: 'c4', names: ['H800 NVLink, spec (as reported)', 'H800 NVLink, spec', 'H800, spec'] },
      {
        id: 'offered',
        figure: d['v3.nvlinkOffered'],
        tone: 'c2',
        names: ['NVLink in DeepSeek’s cluster, as its report states', 'DeepSeek’s cluster (report)', 'V3 report'],
      },
      {
        id: 'infiniband',
        figure: d['v3.infinibandOffered'],
        tone: 'c3',
        names: ['InfiniBand between servers, as the report states', 'InfiniBand (report)', 'InfiniBand'],
      },
    ] as const
  ).map((l) => ({ key: `dp-link-${l.id}`, tone: l.tone, names: [...l.names], value: l.figure.value, valueText: l.figure.text }));
  // The compact timeline: a thin serial lane, and the DualPipe lane's two rows far enough apart for a label beside each.
  const compactBlock = 8;
  const compactTimeline = (f: Frame): number => compactBlock + 8 + compactBlock + rowOf(f) - 4;
  const free0 = withNote.bottom - withNote.top;
  // On the shortest charts the InfiniBand bar and its note go together: the NVLink figures and the timeline stay.
  const spare = free0 >= compactTimeline(withNote) + 10 + allLinks.length * (rowOf(withNote) - 1);
  const f = spare ? withNote : frame(size, titles, []);
  const links = spare ? allLinks : allLinks.slice(0, 3);
  const width = f.right - f.left;
  const lineH = f.body + 8;
  const free = f.bottom - f.top;
  const laneTexts = {
    serial: ['One after the other: compute waits for comms', 'Serial: compute waits for comms', 'Serial'],
    overlap: ['DualPipe: comms run while computing', 'DualPipe: comms under compute', 'DualPipe'],
  };
  // A short frame (a phone's chart) sets each lane's name in a column beside its blocks instead of on a line above.
  const compact = free < 2 * lineH + 3 * 8 + 14 + 12 + links.length * (rowOf(f) + 18);
  const nameW = compact ? Math.max(textWidth('Serial', f.body), textWidth('DualPipe', f.body)) + 8 : 0;
  const blockH = compact ? compactBlock : Math.max(8, Math.min(28, free * 0.06));
  const rowGap = compact ? rowOf(f) - 4 - blockH : 2;
  const serialH = compact ? blockH : lineH + blockH;
  const overlapH = (compact ? 0 : lineH) + 2 * blockH + rowGap;
  const timelineH = serialH + 8 + overlapH;
  const linksH = compact ? free - timelineH - 10 : Math.min(free - timelineH - 12, links.length * (rowOf(f) + 28 + 24));
  const top = centred(f, timelineH + 12 + linksH);
  const laneLeft = f.left + nameW;
  const unit = (width - nameW) / (timelineBlocks * 1.6);
  const comm = unit * 0.6;
  const marks = [...f.marks];
  const lanes = [
    { id: 'serial' as const, y: top, h: serialH },
    { id: 'overlap' as const, y: top + serialH + 8, h: overlapH },
  ];
  for (const lane of lanes) {
    const serial = lane.id === 'serial';
    const blocksTop = compact ? lane.y : lane.y + lineH;
    marks.push(
      ...(compact
        ? [
            {
              kind: 'text',
              key: `dp-lane-${lane.id}`,
              tone: 'ink',
              x: f.left,
              y: lane.y + lane.h / 2 + f.body * 0.35,
              size: f.body,
              text: laneTexts[lane.id].at(-1) ?? '',
            } as Mark,
          ]
        : label(`dp-lane-${lane.id}`, f, lane.y + f.body, laneTexts[lane.id])),
    );
    for (let b = 0; b < timelineBlocks; b += 1) {
      const cx = laneLeft + b * (serial ? unit + comm : unit);
      marks.push(
        { kind: 'rect', key: `dp-${lane.id}-compute-${b}`, tone: 'c1', x: cx, y: blocksTop, width: unit - 2, height: blockH },
        {
          kind: 'rect',
          key: `dp-${lane.id}-comm-${b}`,
          tone: 'c2',
          x: serial ? cx + unit : cx + unit * 0.2,
          y: blocksTop + (serial ? 0 : blockH + rowGap),
          width: comm - 2,
          height: blockH,
        },
      );
    }
  }
  // Direct labels in the time the overlap saves, to the right of the shorter DualPipe lane, one beside each row.
  const overlapBlocks = (lanes[1]?.y ?? top) + (compact ? 0 : lineH);
  const saved = laneLeft + timelineBlocks * unit + 8;
  marks.push(
    {
      kind: 'text',
      key: 'dp-label-compute',
      tone: 'ink',
      x: saved,
      y: overlapBlocks + blockH / 2 + f.body * 0.35,
      size: f.body,
      text: fit(['computation', 'compute'], f.right - saved, f.body),
    },
    {
      kind: 'text',
      key: 'dp-label-comm',
      tone: 'ink',
      x: saved,
      y: overlapBlocks + blockH * 1.5 + rowGap + f.body * 0.35,
      size: f.body,
      text: fit(['communication', 'comms'], f.right - saved, f.body),
    },
  );
  marks.push(...barBand(links, d['h100.nvlink'].value, f, top + timelineH + 12, linksH, 28));
  return marks;
}

/** The techniques section's chart: one small diagram per technique. */
export const techniquesChart = defineChart({
  slug: 'techniques',
  caption: 'What made a sparse model trainable on export-limited H800s: one small diagram per technique, with what each one saves.',
  figures,
  steps: {
    'techniques-mla': {
      layout: (_d, _state, size) => mla(size),
      describe: () =>
        'A schematic of the attention cache: standard attention stores keys and values for every head, multi-head latent attention stores one small compressed vector per token, saving memory.',
    },
    'techniques-moe': {
      layout: (d, _state, size) => moe(d, size),
      describe: (d) =>
        `A grid of ${d['v3.experts.routed'].text} routed experts with the ${d['v3.experts.active'].text} a token is sent to lit, plus ${d['v3.experts.shared'].text} shared expert every token uses: only ${d['v3.params.active'].text} of ${d['v3.params.total'].text} parameters work per token.`,
    },
    'techniques-mtp': {
      layout: (d, _state, size) => mtp(d, size),
      describe: (d) =>
        `The model with its main head and one extra multi-token-prediction head; used for speculative decoding it gives about ${d['v3.mtpSpeedup'].text} the tokens per second.`,
    },
    'techniques-fp8': {
      layout: (d, _state, size) => fp8(d, size),
      describe: (d) =>
        `Two columns of dense peak throughput: ${d['h100.bf16Dense'].text} in BF16 against ${d['h100.fp8Dense'].text} in FP8, ${d['h100.fp8Speedup'].text} as much, with the loss within ${d['v3.fp8LossGap'].text} of BF16.`,
    },
    'techniques-dualpipe': {
      layout: (d, _state, size) => dualpipe(d, size),
      describe: (d) =>
        `A schematic timeline where DualPipe runs communication under computation, beside NVLink bandwidths: ${d['h100.nvlink'].text} on the H100 (spec), ${d['h800.nvlink'].text} on the H800 (spec, reported) and ${d['v3.nvlinkOffered'].text} that the V3 report says NVLink offers in its cluster, against ${d['v3.infinibandOffered'].text} for InfiniBand between servers, which its kernels spare by sending each token to at most ${d['v3.maxNodesPerToken'].text} servers.`,
    },
  },
  table: (d) => ({
    columns: ['Technique', 'Figure', 'Value'],
    rows: [
      ['Multi-head latent attention', 'KV cache', 'compressed to one latent vector per token'],
      ['Mixture of experts', 'Routed experts (active per token)', `${d['v3.experts.routed'].text} (${d['v3.experts.active'].text})`],
      ['Mixture of experts', 'Shared experts', d['v3.experts.shared'].text],
      ['Mixture of experts', 'Parameters active per token', `${d['v3.params.active'].text} of ${d['v3.params.total'].text}`],
      ['Multi-token prediction', 'Decoding speed-up', d['v3.mtpSpeedup'].text],
      ['FP8 training', 'Dense BF16 / FP8 peak (H100)', `${d['h100.bf16Dense'].text} / ${d['h100.fp8Dense'].text}`],
      ['FP8 training', 'Loss gap to BF16', d['v3.fp8LossGap'].text],
      ['DualPipe', 'NVLink, H100 spec', d['h100.nvlink'].text],
      ['DualPipe', 'NVLink, H800 spec (reported)', d['h800.nvlink'].text],
      ['DualPipe', 'NVLink in DeepSeek’s cluster, as its report states (“offers”)', d['v3.nvlinkOffered'].text],
      [
        'DualPipe',
        `InfiniBand between servers, as the report states (each token sent to at most ${d['v3.maxNodesPerToken'].text} servers)`,
        d['v3.infinibandOffered'].text,
      ],
    ],
  }),
});
