/** Runs axe-core on a page against WCAG 2.2 A and AA, returning violations as readable lines. */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/** The axe tags for WCAG 2.0, 2.1 and 2.2 at levels A and AA. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/** The rules whose outcome depends on colours: all a second colour scheme can change. */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/** One line per violating node: rule, impact, selector, and axe's summary (only `rules`, when given). */
export async function axeViolations(page: Page, include?: string, rules?: string[]): Promise<string[]> {
  // Legacy mode runs axe in the page itself, skipping cross-origin frames. The default mode merges each frame's
  // results in a new blank page, which makes a run on the article about three times as long. No page of the site has
  // a frame, and this stops the suite if one comes.
  if (page.frames().length > 1) throw new Error(`${page.url()} has frames: axe must run in its default (cross-frame) mode`);
  // options() replaces the run options, the tags included, so it comes first.
  let builder = new AxeBuilder({ page })
    .options({ resultTypes: ['violations'] })
    .withTags(WCAG_TAGS)
    .setLegacyMode(true);
  if (include) builder = builder.include(include);
  if (rules) builder = builder.withRules(rules);
  const { violations } = await builder.analyze();
  return violations.flatMap((v) =>
    v.nodes.map(
      (node) => `${v.id} (${v.impact ?? '?'}) ${node.target.join(' ')}: ${node.failureSummary?.split('\n').slice(1).join(' ').trim() ?? v.help}`,
    ),
  );
}
