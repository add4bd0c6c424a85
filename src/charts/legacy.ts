/** TEMPORARY, while the charts move to step tables over build-time data: an old `Chart` as a spec that ignores its data. */
import type { Chart, ChartSpec, StepView } from './types';

/** The old chart as a spec with no figures (it still reads the facts module itself). */
export const legacySpec = (chart: Omit<Chart, 'slug'> & { slug: string }): ChartSpec<never> => ({
  slug: chart.slug,
  caption: chart.caption,
  figures: [],
  steps: Object.fromEntries(
    chart.steps.map((step): [string, StepView<unknown>] => [step, { layout: (_d, state, size) => chart.layout(state, size), describe: () => chart.describe(step) }]),
  ),
  table: () => chart.table(),
});
