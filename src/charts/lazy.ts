/** The browser's way to a chart's code: each chart is its own chunk, fetched when its figure nears the viewport (a slide's, when the slide or a neighbour is shown). */
import type { ChartSlug } from './steps';
import type { ChartSpec } from './types';

/** A loader per chart (a unit test checks these match specs.ts). */
export const chartLoaders: Record<ChartSlug, () => Promise<ChartSpec>> = {
  headline: () => import('./headline').then((m) => m.headlineChart),
  peers: () => import('./peers').then((m) => m.peersChart),
  techniques: () => import('./techniques').then((m) => m.techniquesChart),
  ablations: () => import('./ablations').then((m) => m.ablationsChart),
  cluster: () => import('./cluster').then((m) => m.clusterChart),
  staff: () => import('./staff').then((m) => m.staffChart),
  annual: () => import('./annual').then((m) => m.annualChart),
  outlook: () => import('./outlook').then((m) => m.outlookChart),
};

/** The chart's spec, or undefined for a slug that has no chart. */
export const loadChart = (slug: string): Promise<ChartSpec | undefined> =>
  Object.hasOwn(chartLoaders, slug) ? chartLoaders[slug as ChartSlug]() : Promise.resolve(undefined);
