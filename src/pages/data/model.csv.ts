/** /data/model.csv: the cost model's assumptions, presets, results and swings, built at build time. */
import type { APIRoute } from 'astro';
import { value } from '../../lib/figure';
import { modelCsv, modelReport } from '../../model/report';

/** Written once, at build time. */
export const prerender = true;

/** The CSV file. */
export const GET: APIRoute = () =>
  new Response(modelCsv(modelReport(value('v3.gpuHours.total'))), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
