/**
 * What Lighthouse's simulated LCP waited for. Lighthouse does not time the throttled load it reports: it loads the page
 * at full speed once, then replays a graph of that load on a model of a slow phone. The graph behind LCP holds every
 * request that ended before the page's first largest paint in the full-speed load (low-priority images aside, as
 * Lighthouse leaves them out), whatever the request was for. So a font, a manifest or a script that happens to end a
 * few milliseconds before that paint on localhost is charged to LCP at mobile speeds, each costing round trips of
 * 150 ms; one that ends just after is not. This lists those requests, so a bench report says why LCP moved.
 */

/** One row of Lighthouse's network-requests audit (the fields read here). */
export interface NetworkRow {
  url: string;
  networkEndTime: number;
  priority: string;
  resourceType: string;
  transferSize: number;
}

/** A request the LCP estimate includes, as the report prints it. */
export interface LcpInput {
  path: string;
  resourceType: string;
  priority: string;
  bytes: number;
}

const lowPriority = new Set(['Low', 'VeryLow']);

/** The requests that ended by the observed LCP, in the order they ended; paths relative to the page's origin. */
export function lcpInputs(rows: readonly NetworkRow[], observedLcpMs: number, origin: string): LcpInput[] {
  return rows
    .filter((row) => row.networkEndTime <= observedLcpMs)
    .filter((row) => !(row.resourceType === 'Image' && lowPriority.has(row.priority)))
    .sort((a, b) => a.networkEndTime - b.networkEndTime)
    .map((row) => ({
      path: row.url.startsWith(origin) ? row.url.slice(origin.length) || '/' : row.url,
      resourceType: row.resourceType,
      priority: row.priority,
      bytes: row.transferSize,
    }));
}

/** One line of the report: "Font /_astro/fonts/a.woff2 (High, 21.3 KB)". */
export function describeInput(input: LcpInput): string {
  return `${input.resourceType} ${input.path} (${input.priority}, ${(input.bytes / 1000).toFixed(1)} KB)`;
}
