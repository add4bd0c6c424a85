/** The web app manifest: makes the explainer installable, opening on the article, with its icons and colours. */
import type { APIRoute } from 'astro';
import { siteName } from '../lib/site';
import { sitePath } from '../lib/urls';
import { iconSizes } from '../offline/icons';

export const prerender = true;

/** The page background (src/styles/global.css `--bg`, light) and the favicon's blue. */
const colours = { background: '#fbfaf7', theme: '#1f3a5f' };

export const GET: APIRoute = () =>
  new Response(
    JSON.stringify({
      name: siteName,
      short_name: 'DeepSeek V3 cost',
      description: 'A scrollytelling explainer of what it really costs to train a frontier AI model, with its talk deck.',
      start_url: sitePath(),
      scope: sitePath(),
      display: 'standalone',
      background_color: colours.background,
      theme_color: colours.theme,
      icons: iconSizes.map((size) => ({ src: sitePath(`icons/${size}.png`), sizes: `${size}x${size}`, type: 'image/png', purpose: 'any' })),
    }),
    { headers: { 'Content-Type': 'application/manifest+json' } },
  );
