/** staff: the authors counted two ways as one dot per person, every name by role, then what people cost. */
import { linear, log } from './scale';
import { block, fitted, frame, lineHeight, type Frame } from './kit';
import { textWidth, wrap, type Weight } from './text';
import { defineChart, type ChartFigures, type Mark, type Size, type StepState, type Tone } from './types';

const presets = ['low', 'central', 'high'] as const;
const figures = [
  'staff.authorsQuoted',
  'staff.researchAuthors',
  'staff.departed',
  'staff.researchCurrent',
  'staff.annotation',
  'staff.business',
  'staff.entries',
  'staff.people',
  'staff.floor',
  'staff.topOffer',
  'staff.atUsMedian',
  'epoch.staffMedian',
  'epoch.staffLow',
  'epoch.staffHigh',
  ...presets.flatMap((p) => [`model.${p}.input.costPerHead`, `model.${p}.input.headcount`, `model.${p}.staffPerYear`] as const),
] as const;
type Id = (typeof figures)[number];
type Data = ChartFigures<Id>;

/** The largest cell (up to `maxCell`) fitting blocks of `counts` dots, each block on new rows; ties favour the box's shape. */
function fitCells(counts: number[], width: number, height: number, maxCell: number): { cols: number; cell: number } {
  let best = { cols: 1, cell: 0, misfit: Infinity };
  for (let cols = 1; cols <= Math.max(...counts); cols += 1) {
    const rows = counts.reduce((sum, n) => sum + Math.ceil(n / cols), 0);
    const cell = Math.floor(Math.min(width / cols, height / rows, maxCell) * 10) / 10;
    const misfit = Math.abs(Math.log(cols / rows / (width / height)));
    if (cell > best.cell || (cell === best.cell && misfit < best.misfit)) best = { cols, cell, misfit };
  }
  return { cols: best.cols, cell: best.cell };
}

/** One dot per person, `n` of them from (x, y) in rows of `cols`; `tone(i)` colours each, `lit` of them full strength. */
function dots(prefix: string, n: number, x: number, y: number, cols: number, cell: number, tone: (i: number) => Tone, lit = n): Mark[] {
  return Array.from({ length: n }, (_, i): Mark => ({
    kind: 'circle',
    key: `${prefix}-${i}`,
    tone: tone(i),
    r: cell * 0.38,
    opacity: i < lit ? 1 : 0.15,
    cx: x + ((i % cols) + 0.5) * cell,
    cy: y + (Math.floor(i / cols) + 0.5) * cell,
  }));
}

/** The research authors' colour: the current ones in the first colour, those who have left muted. */
const researchTone =
  (d: Data) =>
  (i: number): Tone =>
    i < d['staff.researchCurrent'].value ? 'c1' : 'muted';

/** staff-authors: Lambert's 139 beside the appendix's 150 research authors (10 marked as gone); the dots light up, the counts stay final. */
function authors(d: Data, state: StepState, size: Size): Mark[] {
  const f = frame(size, ['Who built V3? Two counts of the authors', 'Two counts of the authors']);
  const { body: fs, left: pad } = f;
  const grow = Math.min(1, state.progress * 2);
  const panelW = (size.width - 3 * pad) / 2;
  const big = Math.min(36, Math.max(20, size.width / 16));
  const panels = [
    {
      id: 'quoted',
      fact: d['staff.authorsQuoted'],
      prefix: 'lambert',
      tone: (): Tone => 'c6',
      labels: ['technical authors: the count Lambert quotes', 'technical authors (Lambert)', 'authors (Lambert)'],
    },
    {
      id: 'paper',
      fact: d['staff.researchAuthors'],
      prefix: 'person-research',
      tone: researchTone(d),
      labels: [
        `research & engineering authors in the paper; ${d['staff.departed'].text} have left, ${d['staff.researchCurrent'].text} remain`,
        `research & engineering authors; ${d['staff.departed'].text} have left`,
        `in the paper; ${d['staff.departed'].text} left`,
      ],
    },
  ];
  // The count's drawn box reaches about 1 em above its baseline and 0.4 em below; the caption starts under it.
  const countY = f.top + Math.round(big * 0.95);
  const captions = panels.map((p, i) =>
    fitted(`caption-${p.id}`, p.labels, pad + i * (panelW + pad), countY + Math.ceil(big * 0.4 + fs * 1.05), panelW, { tone: 'ink', size: fs }),
  );
  const top = Math.max(...captions.map((c) => c.bottom)) + Math.ceil(fs * 0.4) + 6;
  const { cols, cell } = fitCells([d['staff.researchAuthors'].value], panelW, f.bottom - top, 36);
  return [
    ...f.marks,
    ...panels.flatMap((p, i): Mark[] => {
      const x = pad + i * (panelW + pad);
      const n = p.fact.value;
      return [
        { kind: 'text', key: `count-${p.id}`, tone: 'ink', x, y: countY, size: big, weight: 'bold', text: p.fact.text },
        ...(captions[i]?.marks ?? []),
        ...dots(p.prefix, n, x, top, cols, cell, p.tone, Math.round(n * grow)),
      ];
    }),
  ];
}

/** The three roles of the appendix, each with its count and colour. */
const rolesOf = (d: Data) => [
  {
    id: 'research',
    fact: d['staff.researchAuthors'],
    tone: researchTone(d),
    label: `${d['staff.researchAuthors'].text} research & engineering (${d['staff.departed'].text} have left)`,
  },
  { id: 'annotation', fact: d['staff.annotation'], tone: (): Tone => 'c2', label: `${d['staff.annotation'].text} data annotation` },
  { id: 'business', fact: d['staff.business'], tone: (): Tone => 'c3', label: `${d['staff.business'].text} business & compliance` },
];

/** staff-roles: every entry in the appendix as a dot, in one labelled block per role. */
function byRole(d: Data, size: Size): Mark[] {
  const f = frame(size, [`All ${d['staff.entries'].text} names in the paper, by role`, `All ${d['staff.entries'].text} names, by role`]);
  const { body: fs, left: pad } = f;
  const roles = rolesOf(d);
  const lh = lineHeight(fs);
  const labels = roles.map((r) => wrap(r.label, size.width - 2 * pad, fs, 'bold').length * lh + 4);
  const room = f.bottom - f.top - labels.reduce((a, b) => a + b, 0) - 6 * roles.length;
  const { cols, cell } = fitCells(
    roles.map((r) => r.fact.value),
    size.width - 2 * pad,
    room,
    36,
  );
  const marks: Mark[] = [...f.marks];
  let y = f.top - 8;
  for (const [i, r] of roles.entries()) {
    const label = block(`label-${r.id}`, r.label, pad, y + fs, size.width - 2 * pad, { tone: 'ink', size: fs, weight: 'bold' });
    marks.push(...label.marks, ...dots(`person-${r.id}`, r.fact.value, pad, y + (labels[i] ?? 0), cols, cell, r.tone));
    y += (labels[i] ?? 0) + Math.ceil(r.fact.value / cols) * cell + 6;
  }
  return marks;
}

/** A row of dots on a dollar scale; a single-dot row carries its value in its label; `short` is its one-line label on a small chart. */
interface PayRow {
  id: string;
  label: string;
  short: string;
  tone: Tone;
  dots: readonly [Id, ...Id[]];
  range?: [Id, Id];
  floor?: Id;
}
/** The cost of one person a year: the cost model's presets, Epoch's US median and interval, the top offers. */
const perHeadRows = (d: Data): PayRow[] => [
  {
    id: 'model',
    label: 'Cost model: Low, Central, High',
    short: `Model: ${d['model.low.input.costPerHead'].text}–${d['model.high.input.costPerHead'].text}`,
    tone: 'c1',
    dots: ['model.low.input.costPerHead', 'model.central.input.costPerHead', 'model.high.input.costPerHead'],
  },
  {
    id: 'epoch',
    label: 'US labs (Epoch): median and 90% interval',
    short: `US median: ${d['epoch.staffMedian'].text}`,
    tone: 'c2',
    dots: ['epoch.staffMedian'],
    range: ['epoch.staffLow', 'epoch.staffHigh'],
  },
  {
    id: 'offers',
    label: `Top offers reported: ${d['staff.topOffer'].text}`,
    short: `Top offers: ${d['staff.topOffer'].text}`,
    tone: 'c3',
    dots: ['staff.topOffer'],
  },
];
/** The cost of the team a year: the cost model's presets above Lambert's floor, and the research authors at the US median. */
const perTeamRows = (d: Data): PayRow[] => [
  {
    id: 'team',
    label: `Cost model: ${d['model.low.input.headcount'].text}, ${d['model.central.input.headcount'].text}, ${d['model.high.input.headcount'].text} people`,
    short: `Model: ${d['model.low.staffPerYear'].text}–${d['model.high.staffPerYear'].text}`,
    tone: 'c4',
    dots: ['model.low.staffPerYear', 'model.central.staffPerYear', 'model.high.staffPerYear'],
    floor: 'staff.floor',
  },
  {
    id: 'us-authors',
    label: `${d['staff.researchAuthors'].text} authors at the US median: ${d['staff.atUsMedian'].text}`,
    short: `${d['staff.researchAuthors'].text} at US pay: ${d['staff.atUsMedian'].text}`,
    tone: 'c2',
    dots: ['staff.atUsMedian'],
  },
];
/** Rows whose dots need value labels under them (a lone dot's value is in its row label). */
const labelled = (row: PayRow): boolean => row.dots.length > 1 || row.range !== undefined;

/** A label's x, moved in so its estimated width stays inside [left, right] when centred on `x`. */
const inside = (x: number, s: string, fs: number, left: number, right: number, weight: Weight): number => {
  const half = textWidth(s, fs, weight) / 2;
  return Math.min(Math.max(x, left + half), right - half);
};

/** A pay row's marks on its scale: the range or extent as a line at `line`, its dots, and (with `values`) their values under them. */
function payMarks(d: Data, f: Frame, row: PayRow, x: (v: number) => number, line: number, values: boolean): Mark[] {
  const ends = row.range ?? [row.dots[0], row.dots[row.dots.length - 1] ?? row.dots[0]];
  const [left, right] = [x(d[ends[0]].value), x(d[ends[1]].value)];
  const valueMark = (id: Id, bold: boolean): Mark => ({
    kind: 'text',
    key: `value-${id}`,
    tone: bold ? 'ink' : 'muted',
    x: inside(x(d[id].value), d[id].text, f.body, f.left, f.right, bold ? 'bold' : 'normal'),
    y: line + f.body + 4,
    size: f.body,
    anchor: 'middle',
    weight: bold ? 'bold' : 'normal',
    text: d[id].text,
  });
  const show = values && labelled(row);
  const marks: Mark[] = [
    { kind: 'line', key: `range-${row.id}`, tone: row.tone, x1: left, x2: right, y1: line, y2: line, width: 4 },
    ...(show ? (row.range ?? []).map((id) => valueMark(id, false)) : []),
    ...row.dots.flatMap((id): Mark[] => [
      { kind: 'circle', key: `dot-${id}`, tone: row.tone, cx: x(d[id].value), cy: line, r: 6 },
      ...(show ? [valueMark(id, true)] : []),
    ]),
  ];
  if (row.floor) {
    const floor = x(d[row.floor].value);
    marks.push({ kind: 'line', key: 'floor', tone: 'muted', dashed: true, x1: floor, x2: floor, y1: line - 8, y2: line + 6 });
  }
  return marks;
}

/**
 * staff-pay: cost per head as dots and ranges (log scale), then what a whole team costs a year (linear). Each row's
 * label sits over its dots with the values under them; where that does not fit the height (a phone), each row is one
 * line: its short label on the left (values in it), its dots on the right.
 */
function pay(d: Data, size: Size): Mark[] {
  const f = frame(size, ['What the people cost']);
  const fs = f.body;
  const lh = lineHeight(fs);
  const textW = f.right - f.left;
  const all = (rows: PayRow[]) => rows.flatMap((r) => [...r.dots, ...(r.range ?? [])].map((id) => d[id].value));
  const panels = [
    {
      id: 'head',
      headings: ['One person, a year'],
      rows: perHeadRows(d),
      scale: (range: [number, number]) => log([Math.min(...all(perHeadRows(d))) * 0.7, Math.max(...all(perHeadRows(d))) * 1.4], range),
    },
    {
      id: 'team',
      headings: [`The team, a year (Lambert: over ${d['staff.floor'].text})`, `The team, a year (over ${d['staff.floor'].text})`, 'The team, a year'],
      rows: perTeamRows(d),
      scale: (range: [number, number]) => linear([0, Math.max(...all(perTeamRows(d))) * 1.05], range),
    },
  ];
  const rows = panels.flatMap((p) => p.rows);
  const lines = (s: string, weight: Weight = 'normal') => wrap(s, textW, fs, weight).length * lh;
  const needed =
    panels.reduce((sum, p) => sum + lines(p.headings[0] ?? '', 'bold') + 2, 0) +
    rows.reduce((sum, r) => sum + lines(r.label) + 10 + (labelled(r) ? fs + 4 : 6), 0);
  const room = f.bottom - f.top + 8;
  const marks: Mark[] = [...f.marks];
  let y = f.top - 8;
  if (needed <= room) {
    // Spare height is shared out between rows.
    const spare = Math.min(60, (room - needed) / rows.length);
    for (const p of panels) {
      const heading = block(`heading-${p.id}`, p.headings[0] ?? '', f.left, y + fs, textW, { tone: 'muted', size: fs, weight: 'bold' });
      marks.push(...heading.marks);
      y = heading.bottom + 2;
      const x = p.scale([f.left + 6, f.right - 6]);
      for (const row of p.rows) {
        const label = block(`label-${row.id}`, row.label, f.left, y + fs + spare / 2, textW, { tone: 'ink', size: fs });
        const line = label.bottom + 10;
        marks.push(...label.marks, ...payMarks(d, f, row, x, line, true));
        y = line + (labelled(row) ? fs + 4 : 6) + spare / 2;
      }
      y += 2;
    }
    return marks;
  }
  const labelW = Math.min(textW * 0.6, Math.max(...rows.map((r) => textWidth(r.short, fs))) + 10);
  // One line per heading and per row, evenly spaced (at least the height of a line's drawn box, about 1.25 em).
  const step = Math.max(Math.ceil(fs * 1.25), Math.min(lh + 12, room / (panels.length + rows.length)));
  for (const p of panels) {
    marks.push(...fitted(`heading-${p.id}`, p.headings, f.left, y + fs, textW, { tone: 'muted', size: fs, weight: 'bold' }).marks);
    y += step;
    const x = p.scale([f.left + labelW + 6, f.right - 6]);
    for (const row of p.rows) {
      marks.push(
        { kind: 'text', key: `label-${row.id}`, tone: 'ink', x: f.left, y: y + fs, size: fs, text: row.short },
        ...payMarks(d, f, row, x, y + fs * 0.65, false),
      );
      y += step;
    }
  }
  return marks;
}

/** The staff section's chart: the authors counted two ways, every name by role, and what people cost. */
export const staffChart = defineChart({
  slug: 'staff',
  caption: 'The people behind DeepSeek-V3: author counts from Lambert and the report’s appendix, and what staff cost.',
  figures,
  steps: {
    'staff-authors': {
      layout: (d, state, size) => authors(d, state, size),
      describe: (d) =>
        `${d['staff.authorsQuoted'].text} dots for the technical authors Lambert counts beside ${d['staff.researchAuthors'].text} for the research and engineering authors the paper lists, ${d['staff.departed'].text} of whom have left (${d['staff.researchCurrent'].text} remain).`,
    },
    'staff-roles': {
      layout: (d, _state, size) => byRole(d, size),
      describe: (d) =>
        `All ${d['staff.entries'].text} names in the appendix (${d['staff.people'].text} people) by role: ${d['staff.researchAuthors'].text} research and engineering, ${d['staff.annotation'].text} data annotation, ${d['staff.business'].text} business and compliance.`,
    },
    'staff-pay': {
      layout: (d, _state, size) => pay(d, size),
      describe: (d) =>
        `One person costs ${d['model.low.input.costPerHead'].text}–${d['model.high.input.costPerHead'].text} a year in the cost model (US median ${d['epoch.staffMedian'].text}, 90% interval ${d['epoch.staffLow'].text}–${d['epoch.staffHigh'].text}; top offers ${d['staff.topOffer'].text}), so the team costs ${d['model.low.staffPerYear'].text}–${d['model.high.staffPerYear'].text} a year, over Lambert’s ${d['staff.floor'].text}; at the US median the ${d['staff.researchAuthors'].text} research authors alone cost ${d['staff.atUsMedian'].text}.`,
    },
  },
  table(d) {
    const byPreset = (line: 'input.costPerHead' | 'staffPerYear') => presets.map((p) => d[`model.${p}.${line}`].text).join(' / ');
    return {
      columns: ['What', 'Figure'],
      rows: [
        ['Technical authors (Lambert’s count)', d['staff.authorsQuoted'].text],
        ['Research & engineering authors (paper’s appendix)', d['staff.researchAuthors'].text],
        ['… of whom have left', d['staff.departed'].text],
        ['Data annotation', d['staff.annotation'].text],
        ['Business & compliance', d['staff.business'].text],
        ['All names (people)', `${d['staff.entries'].text} (${d['staff.people'].text})`],
        ['Cost per head, cost model Low / Central / High', byPreset('input.costPerHead')],
        ['Cost per head, US labs median (90% interval)', `${d['epoch.staffMedian'].text} (${d['epoch.staffLow'].text}–${d['epoch.staffHigh'].text})`],
        ['Top offers reported', d['staff.topOffer'].text],
        ['Team a year, cost model Low / Central / High', byPreset('staffPerYear')],
        [`${d['staff.researchAuthors'].text} authors at the US median, a year`, d['staff.atUsMedian'].text],
        ['Headcount a year (Lambert: “can also easily be over”)', d['staff.floor'].text],
      ],
    };
  },
});
