/** Build time: every story section's chart bound to its data, by section slug (the page, the deck, cards and embeds render from these). */
import { bindChart } from './bind';
import { chartData } from './data';
import { chartSpecs } from './specs';
import type { ChartSlug } from './steps';
import type { Chart, ChartSpec } from './types';

/** The bound charts. */
export const charts = Object.fromEntries(
  Object.entries(chartSpecs).map(([slug, spec]: [string, ChartSpec]) => [slug, bindChart(spec, chartData(spec))]),
) as Record<ChartSlug, Chart>;

/** The chart of a section, or undefined for sections without one (methods). */
export const chartFor = (slug: string): Chart | undefined => (Object.hasOwn(charts, slug) ? charts[slug as ChartSlug] : undefined);

/** A chart's spec by slug, for serializing its data into the page. */
export const chartSpecFor = (slug: ChartSlug): ChartSpec => chartSpecs[slug];

/** The sentence a step's chart says about that step (any section), or '' for a step id no chart defines. */
export const describeStep = (step: string): string =>
  Object.values(charts)
    .find((chart) => chart.steps.includes(step))
    ?.describe(step) ?? '';
