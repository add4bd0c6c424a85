/** The wrapped-text kit of the staff, annual and outlook charts: a 12-unit margin, two type sizes, text wrapped into lines. */
import { wrap } from './text';
import type { Size, TextMark } from './types';

/** The margin around the chart, in user units. */
export const pad = 12;

/** The body type size for a width. */
export const fontSize = (size: Size): number => (size.width < 500 ? 12 : 14);

/** The title type size for a width. */
export const titleSize = (size: Size): number => (size.width < 500 ? 15 : 18);

/** The distance between baselines for a type size. */
export const lineHeight = (fs: number): number => Math.round(fs * 1.3);

/** How a wrapped block is set: its tone, anchor, weight and type size. */
export type TextStyle = Pick<TextMark, 'tone' | 'anchor' | 'weight'> & { size: number };

/** Wrapped text as one mark per line (keys `key`, `key-2`, …) from a first baseline; returns the last baseline. */
export function block(key: string, s: string, x: number, y: number, width: number, style: TextStyle): { marks: TextMark[]; bottom: number } {
  const rows = wrap(s, width, style.size, style.weight);
  const lh = lineHeight(style.size);
  const marks = rows.map((row, i): TextMark => ({ kind: 'text', key: i ? `${key}-${i + 1}` : key, x, y: y + i * lh, text: row, ...style }));
  return { marks, bottom: y + (rows.length - 1) * lh };
}

/** The chart title at the top, wrapped to the width (keys `title`, `title-2`, …); returns its marks and last baseline. */
export const title = (s: string, size: Size): { marks: TextMark[]; bottom: number } =>
  block('title', s, pad, pad + titleSize(size), size.width - 2 * pad, { tone: 'ink', weight: 'bold', size: titleSize(size) });
