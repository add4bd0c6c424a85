/** Shared checks for the chart layout tests: the sizes to try, finding marks, and what makes a layout unsound. */
import { expect } from 'vitest';
import { textWidth } from '../../src/charts/text';
import type { Chart, CircleMark, Mark, RectMark, Size, TextMark } from '../../src/charts/types';

/** The sizes each chart is laid out at in its own tests: small phones to social cards. */
export const sizes: Size[] = [
  { width: 300, height: 260 },
  { width: 320, height: 280 },
  { width: 640, height: 440 },
  { width: 900, height: 620 },
  { width: 1200, height: 630 },
];

/** The size charts are laid out at in the built HTML. */
export const server: Size = { width: 640, height: 440 };

/** A chart's layout as a function of a step, at the server size and at the end of the step unless told otherwise. */
export const layoutOf =
  (chart: Chart) =>
  (step: string, size: Size = server, progress = 1): Mark[] =>
    chart.layout({ step, progress }, size);

/** The mark with a key, which must be of the kind given; throws otherwise. */
export const find = <K extends Mark['kind']>(marks: Mark[], key: string, kind: K): Extract<Mark, { kind: K }> => {
  const m = marks.find((x) => x.key === key);
  if (m?.kind !== kind) throw new Error(`no ${kind} "${key}"`);
  return m as Extract<Mark, { kind: K }>;
};

/** The rect with a key; throws if there is none. */
export const rect = (marks: Mark[], key: string): RectMark => find(marks, key, 'rect');

/** The circle with a key; throws if there is none. */
export const circle = (marks: Mark[], key: string): CircleMark => find(marks, key, 'circle');

/** The text of every text mark, in mark order. */
export const texts = (marks: Mark[]): string[] => marks.filter((m): m is TextMark => m.kind === 'text').map((m) => m.text);

/** All the words on the chart as one string. */
export const words = (marks: Mark[]): string => texts(marks).join(' ');

/** The coordinate pairs of a path made of M/L commands. */
export const points = (d: string): [number, number][] =>
  [...d.matchAll(/(-?[\d.]+(?:e-?\d+)?),(-?[\d.]+(?:e-?\d+)?)/g)].map((m) => [Number(m[1]), Number(m[2])]);

/** A mark's bounding box [left, right, top, bottom]; text by its width in the chart face and its anchor, paths by their points. */
export function box(m: Mark): [number, number, number, number] {
  switch (m.kind) {
    case 'rect':
      return [m.x, m.x + m.width, m.y, m.y + m.height];
    case 'circle':
      return [m.cx - m.r, m.cx + m.r, m.cy - m.r, m.cy + m.r];
    case 'line':
      return [Math.min(m.x1, m.x2), Math.max(m.x1, m.x2), Math.min(m.y1, m.y2), Math.max(m.y1, m.y2)];
    case 'path': {
      const p = points(m.d);
      return [Math.min(...p.map(([x]) => x)), Math.max(...p.map(([x]) => x)), Math.min(...p.map(([, y]) => y)), Math.max(...p.map(([, y]) => y))];
    }
    case 'text': {
      const size = m.size ?? 14;
      const w = textWidth(m.text, size, m.weight);
      const left = m.anchor === 'middle' ? m.x - w / 2 : m.anchor === 'end' ? m.x - w : m.x;
      return [left, left + w, m.y - size * 0.8, m.y + size * 0.25];
    }
  }
}

/** Problems with a layout: repeated keys, non-finite numbers, marks outside the size (half a unit of slack), type under 12. */
export function problems(marks: Mark[], size: Size): string[] {
  const found: string[] = [];
  const keys = marks.map((m) => m.key);
  if (new Set(keys).size !== keys.length) found.push(`repeated keys: ${keys.filter((k, i) => keys.indexOf(k) !== i).join(', ')}`);
  for (const m of marks) {
    if (Object.values(m).some((v) => typeof v === 'number' && !Number.isFinite(v))) found.push(`${m.key}: not finite`);
    if (m.kind === 'path' && /NaN|Infinity/.test(m.d)) found.push(`${m.key}: path not finite`);
    const [x0, x1, y0, y1] = box(m);
    if (x0 < -0.5 || y0 < -0.5 || x1 > size.width + 0.5 || y1 > size.height + 0.5) found.push(`${m.key}: outside ${size.width}×${size.height}`);
    if (m.kind === 'text' && (m.size ?? 14) < 12) found.push(`${m.key}: type under 12`);
  }
  return found;
}

/** Expects a layout at a size to have no problems, at most `maxMarks` marks, and its title as the topmost text. */
export function expectSound(marks: Mark[], size: Size, maxMarks: number): void {
  expect(problems(marks, size), `${size.width}×${size.height}`).toEqual([]);
  expect(marks.length).toBeLessThanOrEqual(maxMarks);
  const textMarks = marks.filter((m): m is TextMark => m.kind === 'text');
  expect(find(marks, 'title', 'text').y).toBe(Math.min(...textMarks.map((m) => m.y)));
}
