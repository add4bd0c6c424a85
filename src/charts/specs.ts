/** Every story section's chart as written, by section slug (build time and the deck; the article loads each lazily, lazy.ts). */
import { ablationsChart } from './ablations';
import { annualChart } from './annual';
import { clusterChart } from './cluster';
import { headlineChart } from './headline';
import { outlookChart } from './outlook';
import { peersChart } from './peers';
import { staffChart } from './staff';
import { techniquesChart } from './techniques';

/** The chart specs, in story order. */
export const chartSpecs = {
  headline: headlineChart,
  peers: peersChart,
  techniques: techniquesChart,
  ablations: ablationsChart,
  cluster: clusterChart,
  staff: staffChart,
  annual: annualChart,
  outlook: outlookChart,
};
