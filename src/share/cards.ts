/** Which social cards exist and what each shows: one per section, one per chart step, and one for the home page. */
import { chartFor } from '../charts/index';
import type { ChartSlug } from '../charts/steps';
import type { SectionData } from '../sections/schema';
import { siteName } from '../lib/site';
import { CARD_CHART_SIZE, type CardContent } from './card';
import { cardFile, type CardFile } from './card-files';
import { cardSteps } from './card-steps';

/** The home page's card name (section slugs name the others). */
const HOME_CARD = 'home';

/** The home card shows the headline chart at the step that makes the explainer's point. */
const HOME_STEP = 'headline-excluded';

/** The production host shown at a card's foot, from `site` in astro.config. */
const siteHost = (): string => (import.meta.env.SITE ? new URL(import.meta.env.SITE).host : '');

/** A section's kicker: "Part 3", or "Methods". */
export const sectionKicker = (section: Pick<SectionData, 'slug' | 'order'>): string =>
  section.slug === 'methods' ? 'Methods' : `Part ${section.order}`;

/** The step a section's chart shows on its card: its chosen key step, else its last. */
export function cardStepFor(slug: string): string | undefined {
  const chart = chartFor(slug);
  if (!chart) return undefined;
  const chosen = cardSteps[slug as ChartSlug];
  return chosen && chart.steps.includes(chosen) ? chosen : chart.steps[chart.steps.length - 1];
}

/** A section's chart marks at a step (its card step by default), or undefined when it has no chart. */
function chartMarks(slug: string, step = cardStepFor(slug)): CardContent['chartMarks'] {
  const chart = chartFor(slug);
  return chart && step ? chart.layout({ step, progress: 1 }, CARD_CHART_SIZE) : undefined;
}

/** The card's text alternative: the title and what its chart shows at a step (or the summary). */
export function cardAlt(section: SectionData, step = cardStepFor(section.slug)): string {
  const chart = chartFor(section.slug);
  return `${section.title}. ${chart && step ? chart.describe(step) : section.summary}`;
}

/** A section's card; with `step`, the card of that step of its chart. */
export function sectionCard(section: SectionData, host: string, step?: string): CardContent {
  return {
    kicker: sectionKicker(section),
    title: section.title,
    summary: section.summary,
    siteName,
    host,
    chartMarks: chartMarks(section.slug, step),
  };
}

/** The home page's card: the site's question beside what the famous figure leaves out. */
export function homeCard(host: string): CardContent {
  return {
    kicker: 'An explainer',
    title: siteName,
    summary: '',
    siteName: 'The real cost of a frontier model',
    host,
    chartMarks: chartMarks('headline', HOME_STEP),
  };
}

/** The home card's text alternative. */
export function homeCardAlt(): string {
  return `${siteName} ${chartFor('headline')?.describe(HOME_STEP) ?? ''}`.trim();
}

/** The drawn section card: cards/<slug>-<hash>.png. */
export const sectionCardFile = (section: SectionData): CardFile => cardFile(section.slug, () => sectionCard(section, siteHost()));

/** The drawn card of one step of a section's chart: cards/<slug>/<step>-<hash>.png. */
export const stepCardFile = (section: SectionData, step: string): CardFile =>
  cardFile(`${section.slug}/${step}`, () => sectionCard(section, siteHost(), step));

/** The drawn home card: cards/home-<hash>.png. */
export const homeCardFile = (): CardFile => cardFile(HOME_CARD, () => homeCard(siteHost()));
