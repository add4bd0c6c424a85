/**
 * Collisions in a drawn chart, from measured boxes (the browser's getBBox, or resvg for cards): text on text,
 * text outside the chart, and a label across a bar. A label may sit wholly inside its own bar; a label belongs
 * to a bar when its key contains the bar's key (`label-bar-pretrain`, `mtp-model-label`) or both share the part
 * after the first dash (`value-v3` and `bar-v3`). A trailing `-2`, `-3` (a wrapped label's later lines) is ignored.
 */

/** A measured mark: its key, its text (for texts), and its box in user units. */
export interface Measured {
  key: string;
  text?: string;
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

const lineless = (key: string): string => key.replace(/-\d+$/, '');
const tail = (key: string): string => key.slice(key.indexOf('-') + 1);
const owns = (bar: string, label: string): boolean => lineless(label).includes(bar) || tail(bar) === tail(lineless(label));
const overlap = (a: Measured, b: Measured, inset: number): boolean =>
  Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0) > inset && Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0) > inset;
const inside = (a: Measured, b: Measured): boolean => a.x0 >= b.x0 - 0.5 && a.x1 <= b.x1 + 0.5 && a.y0 >= b.y0 - 0.5 && a.y1 <= b.y1 + 0.5;

/** Every collision, as a sentence naming the texts and bars involved. */
export function collisions(texts: Measured[], bars: Measured[], size: { width: number; height: number }): string[] {
  const found: string[] = [];
  for (const [i, a] of texts.entries()) {
    if (a.x0 < -0.5 || a.y0 < -0.5 || a.x1 > size.width + 0.5 || a.y1 > size.height + 0.5)
      found.push(`"${a.text}" runs outside the ${size.width}×${size.height} chart`);
    // Glyph boxes include some of the line's leading: two units of touching are allowed.
    for (const b of texts.slice(i + 1)) if (overlap(a, b, 2)) found.push(`"${a.text}" overlaps "${b.text}"`);
    for (const bar of bars) if (overlap(a, bar, 1) && !(inside(a, bar) && owns(bar.key, a.key))) found.push(`"${a.text}" crosses ${bar.key}`);
  }
  return found;
}
