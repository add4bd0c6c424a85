/** The site's name, as in the page title, on share pages and on every social card. */
export const siteName = 'What did DeepSeek V3 really cost?';

/**
 * Who the page is cited as (the citation files, JSON-LD): the site itself, as an organisation-style name.
 * Never Nathan Lambert: his essay is what the page builds on, cited as its basis, not its author.
 */
export const siteAuthor = 'The DeepSeek V3 Cost Explainer';

/** The sources the page as a whole builds on (keys in content/sources.ts): cited by its citation and JSON-LD. */
export const basisSources = ['lambert', 'ds-v3'] as const;
