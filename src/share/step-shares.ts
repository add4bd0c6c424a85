/** Every chart step as a shareable thing: its share page's words, card and address, from the sections' lifted steps. */
import { render } from 'astro:content';
import { chartFor } from '../charts/index';
import { stepAliases } from '../charts/step-aliases';
import type { StepInfo } from '../sections/remark-sections';
import type { SectionData } from '../sections/schema';
import { getSections } from '../sections/sections';
import { cardAlt } from './cards';
import { chartTitleAt, firstSentence } from './step-text';

/** One step of one section's chart, as shared. */
export interface StepShare {
  section: SectionData;
  step: string;
  /** The chart's title at this step. */
  chartTitle: string;
  /** og:title: the section title and the chart's title at this step. */
  title: string;
  /** og:description: the first sentence of the step's prose. */
  description: string;
  /** The card's text alternative. */
  alt: string;
  /** Its share page inside the site: s/<slug>/<step>/. */
  path: string;
}

/** The share page path of a step, for sitePath(). */
export const stepSharePath = (slug: string, step: string): string => `s/${slug}/${step}/`;

/** Old ids that now name `step` (from the alias map), so their share pages keep answering. */
export const aliasesOf = (step: string): string[] => Object.keys(stepAliases).filter((old) => stepAliases[old] === step);

/** The prose of each step a section's MDX wrote, by id (lifted by the remark plugin). */
async function liftedProse(entry: Awaited<ReturnType<typeof getSections>>[number]): Promise<Map<string, string>> {
  const { remarkPluginFrontmatter } = await render(entry);
  const steps = (remarkPluginFrontmatter.steps ?? []) as StepInfo[];
  return new Map(steps.map((s) => [s.id, s.prose]));
}

/** Every step of every chart, in story order; fails naming the file when a step has no prose to describe it. */
export async function getStepShares(): Promise<StepShare[]> {
  const shares: StepShare[] = [];
  for (const entry of await getSections()) {
    const section = entry.data;
    const chart = chartFor(section.slug);
    if (!chart) continue;
    const prose = await liftedProse(entry);
    for (const step of chart.steps) {
      const text = prose.get(step);
      if (!text) throw new Error(`${entry.filePath ?? section.slug}: step "${step}" has no prose to describe its share page`);
      const chartTitle = chartTitleAt(chart, step);
      shares.push({
        section,
        step,
        chartTitle,
        title: `${section.title}: ${chartTitle}`,
        description: firstSentence(text),
        alt: cardAlt(section, step),
        path: stepSharePath(section.slug, step),
      });
    }
  }
  return shares;
}
