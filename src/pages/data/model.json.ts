/** /data/model.json: the cost model's assumptions, presets, results and swings, built at build time. */
import type { APIRoute } from 'astro';
import { corrections } from '../../../content/corrections';
import { value } from '../../lib/figure';
import { modelReport } from '../../model/report';

/** Written once, at build time. */
export const prerender = true;

/** The JSON file. */
export const GET: APIRoute = () =>
  new Response(`${JSON.stringify({ ...modelReport(value('v3.gpuHours.total')), corrections }, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
