/** Loads the deck at build time: every section's lifted steps (remark-sections) into the slide list. */
import { render } from 'astro:content';
import { chartFor } from '../charts/index';
import type { StepInfo } from '../sections/remark-sections';
import { getSections } from '../sections/sections';
import { text } from '../lib/figure';
import { buildSlides, type Slide } from './slides';

const isStepInfo = (value: unknown): value is StepInfo =>
  typeof value === 'object' && value !== null && ['id', 'text', 'notes'].every((key) => typeof (value as Record<string, unknown>)[key] === 'string');

/** The slides of the deck, in order. */
export async function getSlides(): Promise<Slide[]> {
  const entries = await getSections();
  const sections = await Promise.all(
    entries.map(async (entry) => {
      const { remarkPluginFrontmatter } = await render(entry);
      const lifted: unknown = remarkPluginFrontmatter.steps;
      const steps = Array.isArray(lifted) ? lifted.filter(isStepInfo) : [];
      const { slug, title, short, order } = entry.data;
      return { slug, title, short, order, steps, hasChart: chartFor(slug) !== undefined };
    }),
  );
  return buildSlides(sections, {
    title: `Open with the number everyone remembers, ${text('v3.cost.total')}, and the question of this talk: what does it count, and what does the rest cost? Ask the room for a guess before you start.`,
    estimate: `The question the room asks: what if the GPUs cost more, or the lab is half the size? Change the GPU price or the headcount here and the total and the bar follow; the speaker view shows the same total. The dashed line is the central case, ${text('model.central.totalPerYear')} a year.`,
    closing: `Close on the gap: ${text('v3.cost.total')} for the run against about ${text('model.central.totalPerYear')} a year for the lab in our central case, consistent with Lambert’s “closer to ${text('lambert.annual')}”. Every figure links to its source in the article at the address on screen. Take questions.`,
  });
}
