/** /cite.json: the page's citation as CSL-JSON, built at build time. */
import type { APIRoute } from 'astro';
import { absoluteUrl, sitePath } from '../lib/urls';
import { citationCsl, pageCitation } from '../share/citation';
import { lastContentChange } from '../share/content-date';

export const prerender = true;

export const GET: APIRoute = ({ site }) =>
  new Response(`${JSON.stringify(citationCsl(pageCitation(absoluteUrl(sitePath(), site), lastContentChange())), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/vnd.citationstyles.csl+json' },
  });
