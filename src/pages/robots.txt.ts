/**
 * /robots.txt: everything may be crawled; the sitemap is named. Under a --base sub-path crawlers read only
 * the host's own /robots.txt, so there the host must name this sitemap (see README, Sharing).
 */
import type { APIRoute } from 'astro';
import { absoluteUrl, sitePath } from '../lib/urls';

export const prerender = true;

export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl(sitePath('sitemap-index.xml'), site)}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
