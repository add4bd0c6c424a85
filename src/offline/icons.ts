/** The install icons: the favicon drawn as PNG at the sizes the web app manifest lists (resvg, at build time). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';

/** The icon sizes, in pixels (square). */
export const iconSizes = [192, 512] as const;

/** The favicon as a PNG of `size` × `size` pixels. */
export function iconPng(size: number): Uint8Array<ArrayBuffer> {
  const svg = readFileSync(join(process.cwd(), 'public', 'favicon.svg'), 'utf8');
  const png = new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng();
  return new Uint8Array(png);
}
