/** Which social cards exist and what each shows: one per section, plus one for the home page. */
import { chartFor } from '../charts/index';
import type { ChartSlug } from '../charts/steps';
import type { SectionData } from '../content/schema';
import { siteName } from '../lib/site';
import { CARD_CHART_SIZE, type CardContent } from './card';
import { cardSteps } from './card-steps';

/** The home page's card name (section slugs name the others). */
export const HOME_CARD = 'home';

/** The path of a card inside the site, for sitePath(): cards/<name>.png. */
export const cardPath = (name: string): string => `cards/${name}.png`;

/** The home card shows the headline chart at the step that makes the explainer's point. */
const HOME_STEP = 'headline-excluded';

/** The step a section's chart shows on its card: its chosen key step, else its last. */
export function cardStepFor(slug: string): string | undefined {
  const chart = chartFor(slug);
  if (!chart) return undefined;
  const chosen = cardSteps[slug as ChartSlug];
  return chosen && chart.steps.includes(chosen) ? chosen : chart.steps[chart.steps.length - 1];
}

/** A section's chart marks at its card step, or undefined when it has no chart (yet). */
function chartMarks(slug: string, step = cardStepFor(slug)): CardContent['chartMarks'] {
  const chart = chartFor(slug);
  return chart && step ? chart.layout({ step, progress: 1 }, CARD_CHART_SIZE) : undefined;
}

/** The card's text alternative: the title and what its chart shows (or the summary). */
export function cardAlt(section: SectionData): string {
  const chart = chartFor(section.slug);
  const step = cardStepFor(section.slug);
  return `${section.title}. ${chart && step ? chart.describe(step) : section.summary}`;
}

/** A section's card. */
export function sectionCard(section: SectionData, host: string): CardContent {
  return {
    kicker: section.slug === 'methods' ? 'Methods' : `Part ${section.order}`,
    title: section.title,
    summary: section.summary,
    siteName,
    host,
    chartMarks: chartMarks(section.slug),
  };
}

/** The home page's card: the site's question beside what the famous figure leaves out. */
export function homeCard(host: string): CardContent {
  return { kicker: 'An explainer', title: siteName, summary: '', siteName: 'The real cost of a frontier model', host, chartMarks: chartMarks('headline', HOME_STEP) };
}

/** The home card's text alternative. */
export function homeCardAlt(): string {
  return `${siteName} ${chartFor('headline')?.describe(HOME_STEP) ?? ''}`.trim();
}
