/** A social card (1200×630) as SVG: site name, kicker, the title in at most three lines, and the section's chart. */
import { svgDocument, type Palette } from '../charts/render';
import type { Mark, Size } from '../charts/types';

/** The card's size: the Open Graph / Twitter large-image size. */
export const CARD_SIZE = { width: 1200, height: 630 } as const;

/** The fonts a card uses, by family name as written in the font files. */
export const cardFonts = { serif: 'Source Serif 4', sans: 'Source Sans 3' } as const;

/** Measures a line of text in a card font at a size (user units); the rasteriser supplies a real one. */
export type Measure = (text: string, size: number, font: keyof typeof cardFonts, bold: boolean) => number;

/** The page's light theme as fixed colours (cards have no CSS). */
export const cardPalette: Palette = {
  c1: '#0072b2',
  c2: '#d55e00',
  c3: '#009e73',
  c4: '#cc79a7',
  c5: '#e69f00',
  c6: '#56b4e9',
  ink: '#1c1d21',
  muted: '#52555e',
  grid: '#e4e1da',
  none: 'none',
  background: '#ffffff',
};
/** The card's own colours: background, accent bar and rules. */
export const cardColours = { bg: '#fbfaf7', accent: '#1f5fa8', rule: '#d9d6cf' };

/** The size a chart is laid out at on a card; drawn 1.15× larger so its labels stay legible in a feed. */
export const CARD_CHART_SIZE: Size = { width: 480, height: 430 };
const chartScale = 1.15;
const pad = 64;
const chartBox = { x: 592, y: 58, width: CARD_CHART_SIZE.width * chartScale + 16, height: CARD_CHART_SIZE.height * chartScale + 16 };

/** What goes on a card. */
export interface CardContent {
  /** Small line above the title, e.g. "Part 2". */
  kicker: string;
  title: string;
  /** Shown instead of a chart when the section has none. */
  summary: string;
  /** The site's name, shown on every card. */
  siteName: string;
  /** The production host, e.g. "example.org", shown at the foot. */
  host: string;
  /** The chart's marks, laid out at CARD_CHART_SIZE. */
  chartMarks?: Mark[];
}

const escape = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Greedy word wrap into lines no wider than `width`; undefined when it needs more than `maxLines`. */
export function wrapLines(text: string, width: number, measureLine: (line: string) => number, maxLines: number): string[] | undefined {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (!line || measureLine(candidate) <= width) line = candidate;
    else {
      lines.push(line);
      line = word;
    }
    if (measureLine(line) > width) return undefined;
  }
  if (line) lines.push(line);
  return lines.length <= maxLines ? lines : undefined;
}

/** The largest of the given sizes at which the text fits in `maxLines`; the smallest size, truncated, if none does. */
export function fitText(
  text: string,
  width: number,
  sizes: readonly number[],
  maxLines: number,
  measureAt: (line: string, size: number) => number,
): { size: number; lines: string[] } {
  for (const size of sizes) {
    const lines = wrapLines(text, width, (line) => measureAt(line, size), maxLines);
    if (lines) return { size, lines };
  }
  const size = sizes[sizes.length - 1] ?? 40;
  const words = text.split(/\s+/);
  // Nothing fits: drop words from the end until it does, and mark the cut.
  for (let n = words.length - 1; n > 0; n -= 1) {
    const lines = wrapLines(`${words.slice(0, n).join(' ')}…`, width, (line) => measureAt(line, size), maxLines);
    if (lines) return { size, lines };
  }
  return { size, lines: [text] };
}

function textBlock(lines: string[], x: number, y: number, size: number, lineHeight: number, attrs: string): string {
  const spans = lines.map((line, i) => `<tspan x="${x}" y="${Math.round(y + i * size * lineHeight)}">${escape(line)}</tspan>`).join('');
  return `<text font-size="${size}" ${attrs}>${spans}</text>`;
}

/** The card as a standalone SVG document. */
export function cardSvg(content: CardContent, measure: Measure): string {
  const { width, height } = CARD_SIZE;
  const hasChart = Boolean(content.chartMarks?.length);
  const column = hasChart ? chartBox.x - pad - 40 : width - 2 * pad;
  const title = fitText(content.title, column, [64, 58, 52, 46, 40], 3, (line, size) => measure(line, size, 'serif', true));
  const titleTop = 200 + title.size * 0.75;
  const titleBottom = titleTop + (title.lines.length - 1) * title.size * 1.12;
  const parts = [
    `<rect width="${width}" height="${height}" fill="${cardColours.bg}"/>`,
    `<rect width="14" height="${height}" fill="${cardColours.accent}"/>`,
    textBlock([content.siteName], pad, 96, 28, 1, `font-family="${cardFonts.sans}" font-weight="bold" fill="${cardPalette.ink}"`),
    textBlock(
      [content.kicker.toUpperCase()],
      pad,
      150,
      22,
      1,
      `font-family="${cardFonts.sans}" font-weight="bold" letter-spacing="2" fill="${cardColours.accent}"`,
    ),
    textBlock(title.lines, pad, titleTop, title.size, 1.12, `font-family="${cardFonts.serif}" font-weight="bold" fill="${cardPalette.ink}"`),
    textBlock([content.host], pad, height - 56, 24, 1, `font-family="${cardFonts.sans}" fill="${cardPalette.muted}"`),
  ];
  if (hasChart && content.chartMarks) {
    parts.push(
      `<rect x="${chartBox.x}" y="${chartBox.y}" width="${chartBox.width}" height="${chartBox.height}" rx="14" fill="${cardPalette.background}" stroke="${cardColours.rule}" stroke-width="2"/>`,
      `<g transform="translate(${chartBox.x + 8} ${chartBox.y + 8}) scale(${chartScale})">${svgDocument(content.chartMarks, CARD_CHART_SIZE, cardPalette, cardFonts.sans)}</g>`,
    );
  } else {
    const summary = fitText(content.summary, column, [32, 28], 4, (line, size) => measure(line, size, 'sans', false));
    parts.push(
      textBlock(
        summary.lines,
        pad,
        titleBottom + 40 + summary.size,
        summary.size,
        1.3,
        `font-family="${cardFonts.sans}" fill="${cardPalette.muted}"`,
      ),
    );
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}">${parts.join('')}</svg>`;
}
