/** Addresses inside the site: every internal link and asset goes through here so `--base` hosting works. */

/** Joins a base path and a path inside the site, with exactly one slash between: ('/sub', 's/x/') → '/sub/s/x/'. */
export function joinBase(base: string, path = ''): string {
  const head = base.endsWith('/') ? base : `${base}/`;
  return `${head}${path.replace(/^\/+/, '')}`;
}

/** A path inside the site under the configured base, e.g. sitePath('cards/home.png'). */
export const sitePath = (path = ''): string => joinBase(import.meta.env.BASE_URL, path);

/** An absolute address on the production site (`site` in astro.config) for a path from sitePath. */
export function absoluteUrl(path: string, site: URL | string | undefined): string {
  if (!site) throw new Error(`absoluteUrl("${path}"): set \`site\` in astro.config.mjs (or SITE_URL) to the production address`);
  return new URL(path, site).href;
}
