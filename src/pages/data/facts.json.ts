/** /data/facts.json: every figure on the site with its source and status, built at build time. */
import type { APIRoute } from 'astro';
import { facts } from '../../../content/facts';
import { corrections } from '../../../content/corrections';
import { factRecords } from '../../lib/facts-download';

/** Written once, at build time. */
export const prerender = true;

/** The JSON file. */
export const GET: APIRoute = () =>
  new Response(`${JSON.stringify({ corrections, facts: factRecords(facts) }, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
