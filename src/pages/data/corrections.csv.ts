/** /data/corrections.csv: what changed on the page, when and why (the list in #methods), built at build time. */
import type { APIRoute } from 'astro';
import { corrections } from '../../../content/corrections';
import { toCsv } from '../../lib/csv';

/** Written once, at build time. */
export const prerender = true;

/** The CSV file. */
export const GET: APIRoute = () =>
  new Response(
    toCsv(
      ['date', 'what', 'was', 'now', 'why'],
      corrections.map((c) => [c.date, c.what, c.was, c.now, c.why]),
    ),
    {
      headers: { 'Content-Type': 'text/csv; charset=utf-8' },
    },
  );
