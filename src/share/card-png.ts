/** Rasterises card SVGs to PNG at build time with resvg and fonts from npm packages (no system fonts, no network). */
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Resvg, type ResvgRenderOptions } from '@resvg/resvg-js';
import { cardFonts, cardSvg, type CardContent, type Measure } from './card';

// Resolved from the project root: the built endpoint runs from a bundle elsewhere.
const require = createRequire(join(process.cwd(), 'package.json'));
const fontFiles = [
  '@expo-google-fonts/source-serif-4/400Regular/SourceSerif4_400Regular.ttf',
  '@expo-google-fonts/source-serif-4/700Bold/SourceSerif4_700Bold.ttf',
  '@expo-google-fonts/source-sans-3/400Regular/SourceSans3_400Regular.ttf',
  '@expo-google-fonts/source-sans-3/700Bold/SourceSans3_700Bold.ttf',
].map((file) => require.resolve(file));

const options: ResvgRenderOptions = {
  font: { loadSystemFonts: false, fontFiles, defaultFontFamily: cardFonts.sans },
  fitTo: { mode: 'original' },
};

const escape = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** The width of a line as resvg lays it out with the card fonts. */
export const measureText: Measure = (text, size, font, bold) => {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="4000" height="400"><text x="0" y="200" font-size="${size}" font-family="${cardFonts[font]}" font-weight="${bold ? 'bold' : 'normal'}">${escape(text)}</text></svg>`;
  return new Resvg(svg, options).getBBox()?.width ?? 0;
};

/** An SVG document as PNG bytes. */
export function svgToPng(svg: string): Uint8Array<ArrayBuffer> {
  return Uint8Array.from(new Resvg(svg, options).render().asPng());
}

/** A card as PNG bytes. */
export const cardPng = (content: CardContent): Uint8Array<ArrayBuffer> => svgToPng(cardSvg(content, measureText));
