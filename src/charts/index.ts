/** Every story section's chart, by section slug. */
import { headlineChart } from './headline';
import type { ChartSlug } from './steps';
import type { Chart } from './types';

/** The registry the page, the deck, cards and embeds draw from. */
export const charts: Partial<Record<ChartSlug, Chart>> = {
  headline: headlineChart,
};

/** The chart of a section, or undefined for sections without one (methods). */
export const chartFor = (slug: string): Chart | undefined => charts[slug as ChartSlug];
