/**
 * A chart step as a picture to take away: a fixed 16:9 layout (1600×900, whatever the reader's screen), light
 * theme, with the chart (its own title on top), the site and section above, its sources and the page's address below.
 */
import { svgDocument } from '../charts/render';
import type { Mark, Size } from '../charts/types';
import { cardColours, cardFonts, cardPalette, fitText, type Measure } from './card';

/** The picture's size in SVG units; the PNG is drawn at twice this. */
export const IMAGE_SIZE = { width: 1600, height: 900 } as const;

/** The size the chart is laid out at; drawn at 2×, so its labels read at the picture's scale. */
export const IMAGE_CHART_SIZE: Size = { width: 760, height: 350 };
const chartScale = 2;
const pad = 40;
const chartTop = 70;

/** What goes on the picture. */
export interface ChartImageContent {
  /** Above the chart, e.g. "What did DeepSeek V3 really cost? · Part 5: The fleet behind the run". */
  kicker: string;
  /** The chart's title, as the document's <title> (the chart draws it too). */
  title: string;
  /** What the step shows, as the document's <desc>. */
  description: string;
  /** "Sources: …" (empty when the step shows no sourced figure). */
  sources: string;
  /** The page's address, e.g. "https://example.org/s/cluster/cluster-capex/". */
  address: string;
  /** The chart's marks, laid out at IMAGE_CHART_SIZE. */
  marks: Mark[];
}

/** Font stacks for viewers without the card fonts installed (resvg has the TTFs and uses the first). */
const stack = { sans: `'${cardFonts.sans}', 'Source Sans Pro', Helvetica, Arial, sans-serif`, serif: `'${cardFonts.serif}', Georgia, serif` };

const escape = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The picture as a standalone SVG document. */
export function chartImageSvg(content: ChartImageContent, measure: Measure): string {
  const { width, height } = IMAGE_SIZE;
  const footTop = chartTop + IMAGE_CHART_SIZE.height * chartScale + 12;
  const addressSize = 20;
  const addressWidth = measure(content.address, addressSize, 'sans', false);
  const sourceWidth = width - 2 * pad - addressWidth - 48;
  const source = fitText(content.sources, sourceWidth, [20, 18, 16], 3, (line, size) => measure(line, size, 'sans', false));
  const kicker = fitText(content.kicker, width - 2 * pad, [22, 20, 18], 1, (line, size) => measure(line, size, 'sans', true));
  const sourceSpans = source.lines
    .map((line, i) => `<tspan x="${pad}" y="${footTop + 34 + i * Math.round(source.size * 1.3)}">${escape(line)}</tspan>`)
    .join('');
  const chart = svgDocument(content.marks, IMAGE_CHART_SIZE, cardPalette, stack.sans);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" font-family="${escape(stack.sans)}">`,
    `<title>${escape(content.title)}</title><desc>${escape(content.description)}</desc>`,
    `<rect width="${width}" height="${height}" fill="${cardPalette.background}"/>`,
    `<text x="${pad}" y="44" font-size="${kicker.size}" font-weight="bold" fill="${cardPalette.muted}">${escape(kicker.lines.join(' '))}</text>`,
    `<g transform="translate(${pad} ${chartTop}) scale(${chartScale})">${chart}</g>`,
    `<line x1="${pad}" y1="${footTop}" x2="${width - pad}" y2="${footTop}" stroke="${cardPalette.grid}" stroke-width="2"/>`,
    `<text font-size="${source.size}" fill="${cardPalette.muted}">${sourceSpans}</text>`,
    `<text x="${width - pad}" y="${footTop + 34}" font-size="${addressSize}" text-anchor="end" fill="${cardColours.accent}">${escape(content.address)}</text>`,
    '</svg>',
  ].join('');
}
