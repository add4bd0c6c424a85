/** Rasterises card SVGs to PNG at build time with resvg and fonts from npm packages (no system fonts, no network). */
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Resvg, type ResvgRenderOptions } from '@resvg/resvg-js';
import { faceFiles } from '../fonts/faces';
import { cardFonts, cardSvg, type CardContent, type Measure } from './card';

// Resolved from the project root: the built endpoint runs from a bundle elsewhere.
const require = createRequire(join(process.cwd(), 'package.json'));
// The sans is the page's chart face, the very files the browser's faces are narrowed from.
const fontFiles = [
  '@expo-google-fonts/source-serif-4/400Regular/SourceSerif4_400Regular.ttf',
  '@expo-google-fonts/source-serif-4/700Bold/SourceSerif4_700Bold.ttf',
  ...Object.values(faceFiles.sans),
].map((file) => require.resolve(file));

const options: ResvgRenderOptions = {
  font: { loadSystemFonts: false, fontFiles, defaultFontFamily: cardFonts.sans },
  fitTo: { mode: 'original' },
};

const escape = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** Widths already measured: card titles repeat across a section's step cards, and each measure loads the fonts. */
const measured = new Map<string, number>();

/** The width of a line as resvg lays it out with the card fonts. */
export const measureText: Measure = (text, size, font, bold) => {
  const key = `${size}|${font}|${bold ? 'b' : ''}|${text}`;
  const known = measured.get(key);
  if (known !== undefined) return known;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="4000" height="400"><text x="0" y="200" font-size="${size}" font-family="${cardFonts[font]}" font-weight="${bold ? 'bold' : 'normal'}">${escape(text)}</text></svg>`;
  const width = new Resvg(svg, options).getBBox()?.width ?? 0;
  measured.set(key, width);
  return width;
};

/** An SVG document as PNG bytes, at `zoom` times its size (2 for a sharp picture on high-density screens). */
export function svgToPng(svg: string, zoom = 1): Uint8Array<ArrayBuffer> {
  const fitTo: ResvgRenderOptions['fitTo'] = zoom === 1 ? { mode: 'original' } : { mode: 'zoom', value: zoom };
  return Uint8Array.from(new Resvg(svg, { ...options, fitTo }).render().asPng());
}

/** A card as PNG bytes. */
export const cardPng = (content: CardContent): Uint8Array<ArrayBuffer> => svgToPng(cardSvg(content, measureText));
