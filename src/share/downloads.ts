/**
 * The chart downloads of every step, built ahead at build time so they work as plain links without JavaScript:
 * downloads/<slug>-<step>.svg, .png (2×) and .csv.
 */
import { chartFor } from '../charts/index';
import type { Chart, Mark } from '../charts/types';
import type { Fact } from '../lib/facts';
import { figure, figuresRead } from '../lib/figure';
import { siteName } from '../lib/site';
import { chartImageSvg, IMAGE_CHART_SIZE } from './chart-image';
import { textWidth } from '../charts/text';
import type { Measure } from './card';
import { svgToPng } from './card-png';
import { sectionKicker } from './cards';
import { shownFacts, sourceLine, stepCsv } from './step-data';
import type { StepShare } from './step-shares';

/** The kinds of file, by extension, with their media types. */
export const downloadTypes = { svg: 'image/svg+xml', png: 'image/png', csv: 'text/csv; charset=utf-8' } as const;

/** A download's extension. */
export type DownloadKind = keyof typeof downloadTypes;

/** The file name of a step's download: <slug>-<step-id>.<ext>. */
export const downloadName = (slug: string, step: string, kind: DownloadKind): string => `${slug}-${step}.${kind}`;

/** The path of a step's download inside the site, for sitePath(). */
export const downloadPath = (slug: string, step: string, kind: DownloadKind): string => `downloads/${downloadName(slug, step, kind)}`;

/** The picture's lines are fitted with the chart face's advance widths (the face resvg draws them in): measuring each in resvg would slow the build. */
const estimate: Measure = (text, size, _font, bold) => textWidth(text, size, bold ? 'bold' : 'normal');

/** What a step's picture shows: its marks, the sourced figures among them, and the line naming their sources. */
function stepContent(share: StepShare): { chart: Chart; marks: Mark[]; shown: Fact[]; sources: string } {
  const chart = chartFor(share.section.slug);
  if (!chart) throw new Error(`src/charts: section "${share.section.slug}" has no chart to download`);
  const { result: marks, ids } = figuresRead(() => chart.layout({ step: share.step, progress: 1 }, IMAGE_CHART_SIZE));
  const shown = shownFacts(marks, ids);
  // A schematic step shows no figure: it is still drawn from what the chart's other steps cite.
  const cited = shown.length
    ? shown
    : [...figuresRead(() => chart.steps.map((step) => chart.layout({ step, progress: 1 }, IMAGE_CHART_SIZE))).ids].map((id) => figure(id));
  return { chart, marks, shown, sources: sourceLine(cited) };
}

/** The step's picture as SVG; `address` is the absolute address of its share page. */
export function stepSvg(share: StepShare, address: string): string {
  const { chart, marks, sources } = stepContent(share);
  return chartImageSvg(
    {
      kicker: `${siteName} · ${sectionKicker(share.section)}: ${share.section.title}`,
      title: share.chartTitle,
      description: chart.describe(share.step),
      sources,
      address,
      marks,
    },
    estimate,
  );
}

/** The step's picture as PNG, at twice the SVG's size (3200×1800). */
export const stepPng = (share: StepShare, address: string): Uint8Array<ArrayBuffer> => svgToPng(stepSvg(share, address), 2);

/** The numbers the step's picture shows, with sources, as CSV; `address` is the absolute address of its share page. */
export const stepDataCsv = (share: StepShare, address: string): string =>
  stepCsv(stepContent(share).shown, new URL('../../../#methods', address).href);
