/** Marks → static SVG markup, for the built HTML, social cards and printed slides (no browser needed). */
import { markKinds, type Mark, type Size, type Tone } from './types';

/** Fixed colours for places without the page's CSS (social cards). */
export type Palette = Record<Tone, string> & { background: string };

const escape = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Hundredths of a pixel: what both renderers write, so a live chart at rest has the very attributes the built SVG has. */
export const round = (n: number): number => Math.round(n * 100) / 100;

/** The geometry and text attributes of a mark, as [name, value] pairs (shared with the client renderer), numbers rounded. */
export function geometry(mark: Mark): [string, string | number][] {
  return exactGeometry(mark).map(([name, value]) => [name, typeof value === 'number' ? round(value) : value]);
}

function exactGeometry(mark: Mark): [string, string | number][] {
  switch (mark.kind) {
    case 'rect':
      return [
        ['x', mark.x],
        ['y', mark.y],
        ['width', Math.max(0, mark.width)],
        ['height', Math.max(0, mark.height)],
        ['rx', mark.rx ?? 0],
      ];
    case 'circle':
      return [
        ['cx', mark.cx],
        ['cy', mark.cy],
        ['r', Math.max(0, mark.r)],
      ];
    case 'line':
      return [
        ['x1', mark.x1],
        ['y1', mark.y1],
        ['x2', mark.x2],
        ['y2', mark.y2],
        ['stroke-width', mark.width ?? 1],
      ];
    case 'path':
      return [
        ['d', mark.d],
        ['fill-opacity', mark.fillOpacity ?? 1],
      ];
    case 'text':
      return [
        ['x', mark.x],
        ['y', mark.y],
        ['text-anchor', mark.anchor ?? 'start'],
        ['font-size', mark.size ?? 14],
        ['font-weight', mark.weight ?? 'normal'],
      ];
  }
}

/** The class that colours a mark from the theme (fill, or stroke for lines and stroked paths). */
export function toneClass(mark: Mark): string {
  const stroke = mark.kind === 'line' ? mark.tone : mark.kind === 'path' ? mark.stroke : undefined;
  const fill = mark.kind === 'line' ? 'none' : mark.tone;
  return [`fill-${fill}`, stroke ? `stroke-${stroke}` : '', mark.kind === 'line' && mark.dashed ? 'dashed' : ''].filter(Boolean).join(' ');
}

function colourAttributes(mark: Mark, palette?: Palette): string {
  if (!palette) return `class="${toneClass(mark)}"`;
  const stroke = mark.kind === 'line' ? mark.tone : mark.kind === 'path' ? mark.stroke : undefined;
  const fill = mark.kind === 'line' ? 'none' : palette[mark.tone];
  const dash = mark.kind === 'line' && mark.dashed ? ' stroke-dasharray="4 4"' : '';
  return `fill="${fill}"${stroke ? ` stroke="${palette[stroke]}"` : ''}${dash}`;
}

function markSvg(mark: Mark, palette?: Palette): string {
  const attrs = geometry(mark)
    .map(([name, v]) => `${name}="${typeof v === 'number' ? v : escape(v)}"`)
    .join(' ');
  const opacity = mark.opacity === undefined ? '' : ` opacity="${round(mark.opacity)}"`;
  const head = `<${mark.kind} data-key="${escape(mark.key)}" ${colourAttributes(mark, palette)} ${attrs}${opacity}`;
  return mark.kind === 'text' ? `${head}>${escape(mark.text)}</text>` : `${head}/>`;
}

/** The inner layers of a chart SVG: one <g> per mark kind, in drawing order. */
export function layersSvg(marks: Mark[], palette?: Palette): string {
  return markKinds
    .map(
      (kind) =>
        `<g class="layer" data-kind="${kind}">${marks
          .filter((m) => m.kind === kind)
          .map((m) => markSvg(m, palette))
          .join('')}</g>`,
    )
    .join('');
}

/** A whole standalone SVG document (cards, slides): marks at a size, with an optional background. */
export function svgDocument(marks: Mark[], size: Size, palette?: Palette, fontFamily = 'sans-serif'): string {
  const background = palette ? `<rect width="${size.width}" height="${size.height}" fill="${palette.background}"/>` : '';
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${size.width} ${size.height}" width="${size.width}" height="${size.height}" font-family="${escape(fontFamily)}">${background}${layersSvg(marks, palette)}</svg>`;
}
