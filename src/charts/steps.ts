/** The step ids of each story section's chart, in story order, read from the charts' step tables. Prose steps must use these ids. */
import { chartSpecs } from './specs';
import { stepAliases } from './step-aliases';
import { checkStepAliases, checkUniqueStepIds } from './step-ids';

/** A story section that has a chart. */
export type ChartSlug = keyof typeof chartSpecs;

/** The step ids by chart. */
export const chartSteps = Object.fromEntries(Object.entries(chartSpecs).map(([slug, spec]) => [slug, Object.keys(spec.steps)])) as unknown as Record<
  ChartSlug,
  readonly string[]
>;

// Step ids are public addresses: a duplicate, or an old id that no longer leads to a step, fails the build naming the file.
checkUniqueStepIds(Object.entries(chartSteps).map(([slug, ids]) => ({ where: `src/charts/${slug}.ts`, ids })));
checkStepAliases(stepAliases, Object.values(chartSteps).flat(), 'src/charts/step-aliases.ts');
