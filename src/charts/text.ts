/** Fitting chart labels without a browser: widths from the chart face's metrics, picking a variant that fits, word wrap. */
import { GLYPH_CHARS, GLYPH_WIDTHS } from './glyph-widths';

/** A chart label's weight (the charts draw titles and some labels bold). */
export type Weight = keyof typeof GLYPH_WIDTHS;

/**
 * The width, in em, assumed for a character outside the table (a letter the served file lacks, so a fallback face
 * draws it): an em is at least as wide as such a letter in any common sans-serif, so labels err wide.
 */
export const UNKNOWN_WIDTH = 1;

/** Each weight's advance widths in em, by character. */
const advances = Object.fromEntries(
  Object.entries(GLYPH_WIDTHS).map(([weight, widths]) => [weight, new Map([...GLYPH_CHARS].map((char, i) => [char, (widths[i] ?? 0) / 1000]))]),
) as Record<Weight, Map<string, number>>;

/** The width of a line of text at a font size in the chart face (Source Sans 3), without kerning (which only narrows it). */
export function textWidth(line: string, fontSize: number, weight: Weight = 'normal'): number {
  const widths = advances[weight];
  let em = 0;
  for (const char of line) em += widths.get(char) ?? UNKNOWN_WIDTH;
  return em * fontSize;
}

/** The first variant (longest first) that fits the width; else the last, shortest one. */
export const fit = (variants: string[], width: number, fontSize: number, weight: Weight = 'normal'): string =>
  variants.find((v) => textWidth(v, fontSize, weight) <= width) ?? variants[variants.length - 1] ?? '';

/** The longest start of a word that fits the width with an ellipsis after it (at least one character). */
function cut(word: string, width: number, fontSize: number, weight: Weight): string {
  const chars = [...word];
  let n = chars.length - 1;
  while (n > 1 && textWidth(`${chars.slice(0, n).join('')}…`, fontSize, weight) > width) n -= 1;
  return `${chars.slice(0, n).join('')}…`;
}

/** Greedy word wrap at the measured width; a word longer than a line is cut with an ellipsis. */
export function wrap(text: string, width: number, fontSize: number, weight: Weight = 'normal'): string[] {
  const fits = (s: string) => textWidth(s, fontSize, weight) <= width;
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (fits(candidate)) line = candidate;
    else {
      if (line) lines.push(line);
      line = fits(word) ? word : cut(word, width, fontSize, weight);
    }
  }
  if (line) lines.push(line);
  return lines;
}
