/** The titled frame of the fitted-label charts (peers, techniques, ablations, cluster): title on top, note lines at the bottom. */
import { fit } from './text';
import type { Mark, Size, TextMark, Tone } from './types';

/** The margin around the chart, in user units. */
export const pad = 16;

/** Type sizes for a width: body text and title, never under 12. */
const typeSizes = (size: Size) => {
  const body = Math.max(12, Math.min(16, size.width / 46));
  return { body, title: body + 4 };
};

/** How far a count-up or fill-in has got: it starts a little in and completes by the middle of the step, then holds. */
export const reveal = (progress: number): number => Math.min(1, 0.1 + Math.max(0, progress) * 1.8);

/** A step's frame: its title and note marks, the free box between them, and the body type size. */
export interface Frame {
  marks: Mark[];
  top: number;
  bottom: number;
  left: number;
  right: number;
  body: number;
}

/** The frame for a step: the first fitting title on top, one fitted line per note at the bottom (keys `${noteKey}-0`, …), the free box measured. */
export function frame(size: Size, titles: string[], notes: string[][], noteKey = 'note'): Frame {
  const { body, title } = typeSizes(size);
  const lineH = body + 6;
  const footTop = size.height - pad - notes.length * lineH;
  const width = size.width - 2 * pad;
  return {
    marks: [
      { kind: 'text', key: 'title', tone: 'ink', x: pad, y: pad + title * 0.8, size: title, weight: 'bold', text: fit(titles, width, title, 'bold') },
      ...notes.map((variants, i): Mark => ({
        kind: 'text', key: `${noteKey}-${i}`, tone: i === 0 ? 'ink' : 'muted', x: pad, y: footTop + (i + 1) * lineH - 4,
        size: body, weight: i === 0 ? 'bold' : 'normal', text: fit(variants, width, body, i === 0 ? 'bold' : 'normal'),
      })),
    ],
    top: pad + title + 16, bottom: footTop - 8, left: pad, right: size.width - pad, body,
  };
}

/** A one-line label at the left of the frame, the first variant that fits its width; the weight is set only when given. */
export const label = (key: string, f: Frame, y: number, variants: string[], tone: Tone = 'ink', weight?: TextMark['weight']): TextMark => ({
  kind: 'text', key, tone, x: f.left, y, size: f.body, ...(weight ? { weight } : {}), text: fit(variants, f.right - f.left, f.body),
});
