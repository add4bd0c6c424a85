/** /data/facts.csv: every figure on the site with its source and status, built at build time. */
import type { APIRoute } from 'astro';
import { facts } from '../../../content/facts';
import { factRecords, factsCsv } from '../../lib/facts-download';

/** Written once, at build time. */
export const prerender = true;

/** The CSV file. */
export const GET: APIRoute = () => new Response(factsCsv(factRecords(facts)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
