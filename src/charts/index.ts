/** Every story section's chart, by section slug. */
import { ablationsChart } from './ablations';
import { annualChart } from './annual';
import { clusterChart } from './cluster';
import { headlineChart } from './headline';
import { outlookChart } from './outlook';
import { peersChart } from './peers';
import { staffChart } from './staff';
import { techniquesChart } from './techniques';
import type { ChartSlug } from './steps';
import type { Chart } from './types';

/** The registry the page, the deck, cards and embeds draw from. */
export const charts: Partial<Record<ChartSlug, Chart>> = {
  headline: headlineChart,
  peers: peersChart,
  techniques: techniquesChart,
  ablations: ablationsChart,
  cluster: clusterChart,
  staff: staffChart,
  annual: annualChart,
  outlook: outlookChart,
};

/** The chart of a section, or undefined for sections without one (methods). */
export const chartFor = (slug: string): Chart | undefined => charts[slug as ChartSlug];
