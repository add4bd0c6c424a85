import { checkUniqueStepIds } from './step-ids';

/** The step ids each story section's chart defines, in story order. Prose steps must use these ids. */
export const chartSteps = {
  headline: ['headline-number', 'headline-stages', 'headline-gpus-days', 'headline-excluded'],
  peers: ['peers-gpu-hours', 'peers-flops', 'peers-throughput', 'peers-active'],
  techniques: ['techniques-mla', 'techniques-moe', 'techniques-mtp', 'techniques-fp8', 'techniques-dualpipe'],
  ablations: ['ablations-final', 'ablations-sweeps', 'ablations-recipes', 'ablations-multiplier'],
  cluster: ['cluster-run', 'cluster-fleet', 'cluster-capex', 'cluster-power', 'cluster-share'],
  staff: ['staff-authors', 'staff-roles', 'staff-pay'],
  annual: ['annual-hardware', 'annual-running', 'annual-staff', 'annual-total', 'annual-scale'],
  outlook: ['outlook-today', 'outlook-algorithms', 'outlook-hardware', 'outlook-projection'],
} as const;

/** A story section that has a chart. */
export type ChartSlug = keyof typeof chartSteps;

// Step ids are public addresses: a duplicate fails the build here, naming this file.
checkUniqueStepIds(Object.entries(chartSteps).map(([slug, ids]) => ({ where: `src/charts/steps.ts (${slug})`, ids })));
