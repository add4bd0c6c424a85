/** Fitting chart labels without a browser: width estimates, picking a variant that fits, word wrap. */

/** Average glyph width as a share of the font size (UI sans-serif; errs wide). */
export const GLYPH_WIDTH = 0.55;

/** The estimated width of a line of text at a font size. */
export const textWidth = (line: string, fontSize: number, _weight?: 'normal' | 'bold'): number => line.length * fontSize * GLYPH_WIDTH;

/** The first variant (longest first) that fits the width; else the last, shortest one. */
export const fit = (variants: string[], width: number, fontSize: number): string =>
  variants.find((v) => textWidth(v, fontSize) <= width) ?? variants[variants.length - 1] ?? '';

/** Greedy word wrap at the estimated width; a word longer than a line is cut with an ellipsis. */
export function wrap(text: string, width: number, fontSize: number, _weight?: 'normal' | 'bold'): string[] {
  const perLine = Math.max(4, Math.floor(width / (fontSize * GLYPH_WIDTH)));
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (candidate.length <= perLine) line = candidate;
    else {
      if (line) lines.push(line);
      line = word.length > perLine ? `${word.slice(0, perLine - 1)}…` : word;
    }
  }
  if (line) lines.push(line);
  return lines;
}
