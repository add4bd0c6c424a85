/**
 * The chart kit every chart builds on: the frame (title on top, notes at the bottom, the free box between),
 * one type scale, labels fitted to a width, wrapped text blocks, labelled bars and square grids.
 * Text widths come from text.ts; nothing here reads figures.
 */
import { fit, textWidth, wrap } from './text';
import type { Mark, RectMark, Size, TextMark, Tone } from './types';

/** The type scale for a chart's size: body text (never under 12) and a title four units larger. */
export function typeSizes(size: Size): { body: number; title: number } {
  const body = Math.max(12, Math.min(16, Math.round(size.width / 46)));
  return { body, title: body + 4 };
}

/** The margin around a chart: narrower on a phone-sized chart. */
export const padFor = (size: Size): number => (size.width < 480 ? 10 : 16);

/** The distance between baselines for a type size. */
export const lineHeight = (fontSize: number): number => Math.round(fontSize * 1.3);

/** How far a fill-in has got (geometry only, never a printed number): it starts a little in, completes by mid-step, then holds. */
export const reveal = (progress: number): number => Math.min(1, 0.1 + Math.max(0, progress) * 1.8);

/** How a text block is set. */
export type TextStyle = Pick<TextMark, 'tone' | 'anchor' | 'weight'> & { size: number };

/** Text wrapped to a width, one mark per line (keys `key`, `key-2`, …) from a first baseline; returns the last baseline. */
export function block(key: string, text: string, x: number, y: number, width: number, style: TextStyle): { marks: TextMark[]; bottom: number } {
  const rows = wrap(text, width, style.size, style.weight);
  return { marks: lines(key, rows, x, y, style), bottom: y + (rows.length - 1) * lineHeight(style.size) };
}

/** Lines already broken, one mark per line (keys `key`, `key-2`, …) a line height apart from a first baseline. */
export const lines = (key: string, rows: readonly string[], x: number, y: number, style: TextStyle): TextMark[] =>
  rows.map((row, i): TextMark => ({ kind: 'text', key: i ? `${key}-${i + 1}` : key, x, y: y + i * lineHeight(style.size), text: row, ...style }));

/**
 * Variants fitted to one line if any fits (longest first), else the shortest wrapped onto as many lines as it
 * needs: a label is never cut and never runs outside its width.
 */
export function fitted(
  key: string,
  variants: string[],
  x: number,
  y: number,
  width: number,
  style: TextStyle,
): { marks: TextMark[]; bottom: number } {
  const one = variants.find((v) => textWidth(v, style.size, style.weight) <= width);
  if (one !== undefined) return { marks: [{ kind: 'text', key, x, y, text: one, ...style }], bottom: y };
  return block(key, variants[variants.length - 1] ?? '', x, y, width, style);
}

/** A step's frame: its title and note marks, the free box between them, and the type sizes. */
export interface Frame {
  marks: Mark[];
  top: number;
  bottom: number;
  left: number;
  right: number;
  body: number;
  title: number;
}

/**
 * The frame for a step: the first title variant that fits (else the shortest, wrapped) on top; each note's variants
 * fitted at the bottom (keys `${noteKey}-0`, `${noteKey}-0-2`, …), the first note in ink and bold, the rest muted.
 */
export function frame(size: Size, titles: string[], notes: string[][] = [], noteKey = 'note'): Frame {
  const { body, title } = typeSizes(size);
  const pad = padFor(size);
  const width = size.width - 2 * pad;
  const head = fitted('title', titles, pad, pad + title * 0.8, width, { tone: 'ink', weight: 'bold', size: title });
  const noteStyle = (i: number): TextStyle => ({ tone: i === 0 ? 'ink' : 'muted', weight: i === 0 ? 'bold' : 'normal', size: body });
  // Notes are set from the bottom up: measure each note's lines first, then place them.
  const laidOut = notes.map((variants, i) => fitted(`${noteKey}-${i}`, variants, pad, 0, width, noteStyle(i)));
  const lh = lineHeight(body);
  let y = size.height - pad - laidOut.reduce((sum, n) => sum + n.marks.length * lh, 0) + lh - 4;
  const footTop = y - lh;
  const noteMarks = laidOut.flatMap((n) => {
    const placed = n.marks.map((m, i) => ({ ...m, y: y + i * lh }));
    y += n.marks.length * lh;
    return placed;
  });
  return {
    marks: [...head.marks, ...noteMarks],
    top: head.bottom + Math.round(title * 0.5) + 8,
    bottom: notes.length ? footTop : size.height - pad,
    left: pad,
    right: size.width - pad,
    body,
    title,
  };
}

/** A one-line label at the left of the frame: the first variant that fits its width (else the shortest, wrapped). */
export const label = (key: string, f: Frame, y: number, variants: string[], tone: Tone = 'ink', weight?: TextMark['weight']): TextMark[] =>
  fitted(key, variants, f.left, y, f.right - f.left, { tone, size: f.body, ...(weight ? { weight } : {}) }).marks;

/** A horizontal bar with its label: inside the bar when it fits there, else just after its end, never across another bar. */
export function labelledBar(
  bar: { key: string; x: number; y: number; width: number; height: number; tone: Tone; opacity?: number },
  variants: string[],
  f: Frame,
): Mark[] {
  const inset = 6;
  const baseline = bar.y + bar.height / 2 + f.body * 0.35;
  const inside = variants.find((v) => textWidth(v, f.body) <= bar.width - 2 * inset);
  const rect: Mark = { kind: 'rect', ...bar };
  if (inside !== undefined)
    return [rect, { kind: 'text', key: `label-${bar.key}`, tone: 'ink', x: bar.x + inset, y: baseline, size: f.body, text: inside }];
  const x = bar.x + Math.max(0, bar.width) + inset;
  return [rect, { kind: 'text', key: `label-${bar.key}`, tone: 'ink', x, y: baseline, size: f.body, text: fit(variants, f.right - x, f.body) }];
}

/** Columns and cell size that fit n square cells into a box as large as possible. */
export function gridFor(n: number, width: number, height: number): { cols: number; cell: number } {
  let best = { cols: 1, cell: 0 };
  for (let cols = 1; cols <= n; cols += 1) {
    const cell = Math.min(width / cols, height / Math.ceil(n / cols));
    if (cell > best.cell) best = { cols, cell };
  }
  return best;
}

/** Cells `from` to `to` (exclusive) of a square grid from (left, top) in rows of `cols`, each square `share` of its cell and styled by `style(i)`. */
export function squares(
  prefix: string,
  [from, to]: [number, number],
  { left, top, cols, cell }: { left: number; top: number; cols: number; cell: number },
  share: number,
  style: (i: number) => Pick<RectMark, 'tone' | 'opacity' | 'rx'>,
): RectMark[] {
  return Array.from({ length: Math.max(0, to - from) }, (_, j): RectMark => {
    const i = from + j;
    return {
      kind: 'rect',
      key: `${prefix}-${i}`,
      ...style(i),
      x: left + (i % cols) * cell,
      y: top + Math.floor(i / cols) * cell,
      width: cell * share,
      height: cell * share,
    };
  });
}

/**
 * The frame with as many of its notes (the first ones, in order) as leave a free box that `fits`, else with none:
 * on a short chart (a phone's) the secondary notes give way to the drawing.
 */
export function frameWithRoom(size: Size, titles: string[], notes: string[][], fits: (f: Frame) => boolean, noteKey = 'note'): Frame {
  for (let n = notes.length; n > 0; n -= 1) {
    const f = frame(size, titles, notes.slice(0, n), noteKey);
    if (fits(f)) return f;
  }
  return frame(size, titles, [], noteKey);
}

/** Which `lit` of `total` grid cells (in rows of `cols`) to light: scattered evenly (an R2 low-discrepancy sequence), never in a line. */
export function scatteredCells(total: number, lit: number, cols: number): Set<number> {
  const rows = Math.ceil(total / cols);
  const cells = new Set<number>();
  for (let j = 0; cells.size < Math.min(lit, total); j += 1) {
    const u = (0.5 + j * 0.7548776662) % 1;
    const v = (0.5 + j * 0.569840291) % 1;
    const cell = Math.floor(v * rows) * cols + Math.floor(u * cols);
    if (cell < total) cells.add(cell);
  }
  return cells;
}

/**
 * A filled band between two lines over the same xs, as an SVG path: along `y1` forwards, back along `y0`, closed
 * (what d3-shape's area() draws with its default linear curve; the charts need no other curve, and this keeps
 * d3-shape's 1.5 KB gzipped out of the browser).
 */
export function areaPath<T>(points: readonly T[], x: (p: T) => number, y0: (p: T) => number, y1: (p: T) => number): string {
  if (points.length === 0) return '';
  const top = points.map((p) => `${x(p)},${y1(p)}`);
  const bottom = [...points].reverse().map((p) => `${x(p)},${y0(p)}`);
  return `M${[...top, ...bottom].join('L')}Z`;
}
