/** staff: the authors counted two ways as one dot per person, every name by role, then what people cost. */
import { scaleLinear, scaleLog } from 'd3-scale';
import { text, value } from '../lib/figure';
import { textWidth, wrap } from './text';
import type { Mark, Size, StepState, Tone } from './types';
import { block, fontSize, lineHeight, pad, title } from './wrapped';
import { legacySpec } from './legacy';

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
    kind: 'circle', key: `${prefix}-${i}`, tone: tone(i), r: cell * 0.38, opacity: i < lit ? 1 : 0.15,
    cx: x + ((i % cols) + 0.5) * cell, cy: y + (Math.floor(i / cols) + 0.5) * cell,
  }));
}

const research = value('staff.researchAuthors');
const current = value('staff.researchCurrent');
const researchTone = (i: number): Tone => (i < current ? 'c1' : 'muted');

/** staff-authors: Lambert's 139 beside the appendix's 150 research authors (10 marked as gone); the dots light up, the counts stay final. */
function authors(state: StepState, size: Size): Mark[] {
  const head = title('Who built V3? Two counts of the authors', size);
  const fs = fontSize(size);
  const grow = Math.min(1, state.progress * 2);
  const panelW = (size.width - 3 * pad) / 2;
  const big = Math.min(36, Math.max(20, size.width / 16));
  const panels = [
    { id: 'quoted', fact: 'staff.authorsQuoted', prefix: 'lambert', tone: (): Tone => 'c6', label: 'technical authors: the count Lambert quotes' },
    { id: 'paper', fact: 'staff.researchAuthors', prefix: 'person-research', tone: researchTone,
      label: `research & engineering authors in the paper; ${text('staff.departed')} have left, ${text('staff.researchCurrent')} remain` },
  ];
  const captions = panels.map((p, i) => block(`caption-${p.id}`, p.label, pad + i * (panelW + pad), head.bottom + 12 + big + lineHeight(fs), panelW, { tone: 'ink', size: fs }));
  const top = Math.max(...captions.map((c) => c.bottom)) + 10;
  const { cols, cell } = fitCells([research], panelW, size.height - pad - top, 36);
  return [
    ...head.marks,
    ...panels.flatMap((p, i): Mark[] => {
      const x = pad + i * (panelW + pad);
      const n = value(p.fact);
      return [
        { kind: 'text', key: `count-${p.id}`, tone: 'ink', x, y: head.bottom + 10 + big, size: big, weight: 'bold', text: text(p.fact) },
        ...(captions[i]?.marks ?? []),
        ...dots(p.prefix, n, x, top, cols, cell, p.tone, Math.round(n * grow)),
      ];
    }),
  ];
}

const roles = [
  { id: 'research', fact: 'staff.researchAuthors', tone: researchTone, label: `${text('staff.researchAuthors')} research & engineering (${text('staff.departed')} have left)` },
  { id: 'annotation', fact: 'staff.annotation', tone: (): Tone => 'c2', label: `${text('staff.annotation')} data annotation` },
  { id: 'business', fact: 'staff.business', tone: (): Tone => 'c3', label: `${text('staff.business')} business & compliance` },
] as const;

/** staff-roles: every entry in the appendix as a dot, in one labelled block per role. */
function byRole(size: Size): Mark[] {
  const head = title(`All ${text('staff.entries')} names in the paper, by role`, size);
  const fs = fontSize(size);
  const lh = lineHeight(fs);
  const labels = roles.map((r) => wrap(r.label, size.width - 2 * pad, fs).length * lh + 4);
  const room = size.height - pad - head.bottom - 8 - labels.reduce((a, b) => a + b, 0) - 6 * roles.length;
  const { cols, cell } = fitCells(roles.map((r) => value(r.fact)), size.width - 2 * pad, room, 36);
  const marks: Mark[] = [...head.marks];
  let y = head.bottom + 8;
  for (const [i, r] of roles.entries()) {
    const label = block(`label-${r.id}`, r.label, pad, y + fs, size.width - 2 * pad, { tone: 'ink', size: fs, weight: 'bold' });
    marks.push(...label.marks, ...dots(`person-${r.id}`, value(r.fact), pad, y + (labels[i] ?? 0), cols, cell, r.tone));
    y += (labels[i] ?? 0) + Math.ceil(value(r.fact) / cols) * cell + 6;
  }
  return marks;
}

/** A row of dots on a dollar scale; a single-dot row carries its value in its label. */
interface PayRow { id: string; label: string; tone: Tone; dots: string[]; range?: [string, string]; floor?: string }
const perHead: PayRow[] = [
  { id: 'model', label: 'Cost model: Low, Central, High', tone: 'c1', dots: ['low', 'central', 'high'].map((p) => `model.${p}.input.costPerHead`) },
  { id: 'epoch', label: 'US labs (Epoch): median and 90% interval', tone: 'c2', dots: ['epoch.staffMedian'], range: ['epoch.staffLow', 'epoch.staffHigh'] },
  { id: 'offers', label: `Top offers reported: ${text('staff.topOffer')}`, tone: 'c3', dots: ['staff.topOffer'] },
];
const perTeam: PayRow[] = [
  { id: 'team', label: `Cost model: ${text('model.low.input.headcount')}, ${text('model.central.input.headcount')}, ${text('model.high.input.headcount')} people`,
    tone: 'c4', dots: ['low', 'central', 'high'].map((p) => `model.${p}.staffPerYear`), floor: 'staff.floor' },
  { id: 'us-authors', label: `${text('staff.researchAuthors')} authors at the US median: ${text('staff.atUsMedian')}`, tone: 'c2', dots: ['staff.atUsMedian'] },
];
/** Rows whose dots need value labels under them (a lone dot's value is in its row label). */
const labelled = (row: PayRow): boolean => row.dots.length > 1 || row.range !== undefined;

/** A label's x, moved in so its estimated width stays inside [pad, width − pad] when centred on `x`. */
const inside = (x: number, s: string, fs: number, width: number): number => {
  const half = textWidth(s, fs) / 2;
  return Math.min(Math.max(x, pad + half), width - pad - half);
};

/** staff-pay: cost per head as dots and ranges (log scale), then what a whole team costs a year (linear). */
function pay(size: Size): Mark[] {
  const head = title('What the people cost', size);
  const fs = fontSize(size);
  const lh = lineHeight(fs);
  const textW = size.width - 2 * pad;
  const all = (rows: PayRow[]) => rows.flatMap((r) => [...r.dots, ...(r.range ?? [])].map((id) => value(id)));
  const panels = [
    { id: 'head', heading: 'One person, a year', rows: perHead,
      x: scaleLog().domain([Math.min(...all(perHead)) * 0.7, Math.max(...all(perHead)) * 1.4]).range([pad + 6, size.width - pad - 6]) },
    { id: 'team', heading: `The team, a year (Lambert: over ${text('staff.floor')})`, rows: perTeam,
      x: scaleLinear().domain([0, Math.max(...all(perTeam)) * 1.05]).range([pad + 6, size.width - pad - 6]) },
  ];
  // Each row: its label, then the dots, then their values; spare height is shared out between rows.
  const dotH = (row: PayRow): number => 10 + (labelled(row) ? fs + 4 : 6);
  const lines = (s: string) => wrap(s, textW, fs).length * lh;
  const rows = panels.flatMap((p) => p.rows);
  const needed = panels.reduce((sum, p) => sum + lines(p.heading) + 2, 0) + rows.reduce((sum, r) => sum + lines(r.label) + dotH(r), 0);
  const spare = Math.min(60, Math.max(0, (size.height - pad - head.bottom - 6 - needed) / rows.length));
  const marks: Mark[] = [...head.marks];
  let y = head.bottom + 6;
  for (const p of panels) {
    const heading = block(`heading-${p.id}`, p.heading, pad, y + fs, textW, { tone: 'muted', size: fs, weight: 'bold' });
    marks.push(...heading.marks);
    y = heading.bottom + 2;
    for (const row of p.rows) {
      const label = block(`label-${row.id}`, row.label, pad, y + fs + spare / 2, textW, { tone: 'ink', size: fs });
      const line = label.bottom + 10;
      const ends = row.range ?? [row.dots[0] ?? '', row.dots[row.dots.length - 1] ?? ''];
      const valueMark = (id: string, bold: boolean): Mark => ({
        kind: 'text', key: `value-${id}`, tone: bold ? 'ink' : 'muted', x: inside(p.x(value(id)), text(id), fs, size.width), y: line + fs + 4,
        size: fs, anchor: 'middle', weight: bold ? 'bold' : 'normal', text: text(id),
      });
      marks.push(
        ...label.marks,
        { kind: 'line', key: `range-${row.id}`, tone: row.tone, x1: p.x(value(ends[0])), x2: p.x(value(ends[1])), y1: line, y2: line, width: 4 },
        ...(row.range ?? []).map((id) => valueMark(id, false)),
        ...row.dots.flatMap((id): Mark[] => [{ kind: 'circle', key: `dot-${id}`, tone: row.tone, cx: p.x(value(id)), cy: line, r: 6 }, ...(labelled(row) ? [valueMark(id, true)] : [])]),
      );
      if (row.floor) {
        const floor = p.x(value(row.floor));
        marks.push({ kind: 'line', key: 'floor', tone: 'muted', dashed: true, x1: floor, x2: floor, y1: line - 8, y2: line + 6 });
      }
      y = line + (labelled(row) ? fs + 4 : 6) + spare / 2;
    }
    y += 2;
  }
  return marks;
}

export const staffChart = legacySpec({
  slug: 'staff',
  caption: 'The people behind DeepSeek-V3: author counts from Lambert and the report’s appendix, and what staff cost.',
  steps: ['staff-authors', 'staff-roles', 'staff-pay'],
  layout(state, size) {
    switch (state.step) {
      case 'staff-authors': return authors(state, size);
      case 'staff-roles': return byRole(size);
      case 'staff-pay': return pay(size);
      default: throw new Error(`staff chart has no step "${state.step}"`);
    }
  },
  describe(step) {
    switch (step) {
      case 'staff-authors': return `${text('staff.authorsQuoted')} dots for the technical authors Lambert counts beside ${text('staff.researchAuthors')} for the research and engineering authors the paper lists, ${text('staff.departed')} of whom have left (${text('staff.researchCurrent')} remain).`;
      case 'staff-roles': return `All ${text('staff.entries')} names in the appendix (${text('staff.people')} people) by role: ${text('staff.researchAuthors')} research and engineering, ${text('staff.annotation')} data annotation, ${text('staff.business')} business and compliance.`;
      case 'staff-pay': return `One person costs ${text('model.low.input.costPerHead')}–${text('model.high.input.costPerHead')} a year in the cost model (US median ${text('epoch.staffMedian')}, 90% interval ${text('epoch.staffLow')}–${text('epoch.staffHigh')}; top offers ${text('staff.topOffer')}), so the team costs ${text('model.low.staffPerYear')}–${text('model.high.staffPerYear')} a year, over Lambert’s ${text('staff.floor')}; at the US median the ${text('staff.researchAuthors')} research authors alone cost ${text('staff.atUsMedian')}.`;
      default: throw new Error(`staff chart has no step "${step}"`);
    }
  },
  table() {
    const presets = (line: string) => ['low', 'central', 'high'].map((p) => text(`model.${p}.${line}`)).join(' / ');
    return {
      columns: ['What', 'Figure'],
      rows: [
        ['Technical authors (Lambert’s count)', text('staff.authorsQuoted')],
        ['Research & engineering authors (paper’s appendix)', text('staff.researchAuthors')],
        ['… of whom have left', text('staff.departed')],
        ['Data annotation', text('staff.annotation')],
        ['Business & compliance', text('staff.business')],
        ['All names (people)', `${text('staff.entries')} (${text('staff.people')})`],
        ['Cost per head, cost model Low / Central / High', presets('input.costPerHead')],
        ['Cost per head, US labs median (90% interval)', `${text('epoch.staffMedian')} (${text('epoch.staffLow')}–${text('epoch.staffHigh')})`],
        ['Top offers reported', text('staff.topOffer')],
        ['Team a year, cost model Low / Central / High', presets('staffPerYear')],
        [`${text('staff.researchAuthors')} authors at the US median, a year`, text('staff.atUsMedian')],
        ['Headcount a year (Lambert: “can also easily be over”)', text('staff.floor')],
      ],
    };
  },
});
