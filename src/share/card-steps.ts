/** The step each chart shows on its social card: the state that best stands for the section on its own. */
import type { ChartSlug } from '../charts/steps';

/** Card step by chart; every id must be one of the chart's steps (checked in tests/unit/share-card.test.ts). */
export const cardSteps: Record<ChartSlug, string> = {
  headline: 'headline-stages',
  peers: 'peers-gpu-hours',
  techniques: 'techniques-moe',
  ablations: 'ablations-multiplier',
  cluster: 'cluster-share',
  staff: 'staff-pay',
  annual: 'annual-total',
  outlook: 'outlook-projection',
};
