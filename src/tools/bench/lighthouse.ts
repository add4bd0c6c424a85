/** One Lighthouse run (mobile emulation, simulated throttling: Lighthouse's defaults) against a Chromium debugging port. */
import lighthouse from 'lighthouse';
import { lcpInputs, type LcpInput, type NetworkRow } from './lcp-inputs.ts';

/** The Lighthouse figures the budget reads. */
export interface LighthouseFigures {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  cls: number;
  tbtMs: number;
  lcpMs: number;
  /** Failing audits in the scored categories, for the report. */
  failing: string[];
  /** The largest paint in Lighthouse's full-speed load, which its simulated LCP is built from. */
  observedLcpMs: number;
  /** The element of that paint, as Lighthouse quotes it. */
  lcpElement: string;
  /** The requests the simulated LCP includes (src/tools/bench/lcp-inputs.ts). */
  lcpInputs: LcpInput[];
}

/** Runs Lighthouse on a URL through Chromium's remote-debugging port. */
export async function runLighthouse(url: string, port: number): Promise<LighthouseFigures> {
  const result = await lighthouse(url, {
    port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
  });
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  const { categories, audits } = result.lhr;
  const score = (id: string): number => Math.round((categories[id]?.score ?? 0) * 100);
  const numeric = (id: string): number => audits[id]?.numericValue ?? Number.NaN;
  const failing = Object.values(categories)
    .filter((category) => category.id !== 'performance')
    .flatMap((category) => category.auditRefs.filter((ref) => ref.weight > 0).map((ref) => audits[ref.id]))
    .filter((audit) => audit && audit.score !== null && audit.score < 1)
    .map((audit) => `${audit?.id}: ${audit?.title}`);
  const details = (id: string): { items?: unknown[] } => (audits[id]?.details ?? {}) as { items?: unknown[] };
  const observed = (details('metrics').items?.[0] ?? {}) as { observedLargestContentfulPaint?: number };
  const observedLcpMs = observed.observedLargestContentfulPaint ?? Number.NaN;
  const lcpNode = (details('lcp-breakdown-insight').items ?? []).find((item) => (item as { type?: string }).type === 'node') as
    { snippet?: string } | undefined;
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
    cls: numeric('cumulative-layout-shift'),
    tbtMs: numeric('total-blocking-time'),
    lcpMs: numeric('largest-contentful-paint'),
    failing,
    observedLcpMs,
    lcpElement: lcpNode?.snippet ?? 'unknown',
    lcpInputs: lcpInputs((details('network-requests').items ?? []) as NetworkRow[], observedLcpMs, new URL(url).origin),
  };
}
