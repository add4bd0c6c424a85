/** /cite.bib: the page's citation as BibTeX, built at build time. */
import type { APIRoute } from 'astro';
import { absoluteUrl, sitePath } from '../lib/urls';
import { citationBibtex, pageCitation } from '../share/citation';
import { lastContentChange } from '../share/content-date';

export const prerender = true;

export const GET: APIRoute = ({ site }) =>
  new Response(citationBibtex(pageCitation(absoluteUrl(sitePath(), site), lastContentChange())), {
    headers: { 'Content-Type': 'application/x-bibtex; charset=utf-8' },
  });
