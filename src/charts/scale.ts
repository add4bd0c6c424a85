/**
 * Linear and log scales for chart layouts. d3-scale does the same job, but its continuous scales bring d3-interpolate
 * and d3-format with them (about 10 KB gzipped, loaded with the first chart, before any scroll) for what is one line
 * of arithmetic here. Tick values and nice bounds still come from d3-array.
 */
import { nice, ticks } from 'd3-array';

/** A scale: maps a domain value to the range; `ticks(n)` gives about n round values in the domain. */
export interface Scale {
  (value: number): number;
  domain: readonly [number, number];
  ticks: (count: number) => number[];
  /** The domain value a range position maps from (unclamped). */
  invert: (position: number) => number;
}

/** How a scale treats values: clamped to the domain, and (linear only) the domain widened to round bounds for about n ticks. */
export interface ScaleOptions {
  clamp?: boolean;
  nice?: number;
}

const within = (t: number, clamp: boolean | undefined): number => (clamp ? Math.min(1, Math.max(0, t)) : t);

/** A linear scale from domain to range. A domain of zero width maps everything to the middle of the range. */
export function linear(domain: readonly [number, number], range: readonly [number, number], options: ScaleOptions = {}): Scale {
  const [d0, d1] = options.nice ? nice(domain[0], domain[1], options.nice) : domain;
  const [r0, r1] = range;
  const scale = (value: number): number => (d1 === d0 ? (r0 + r1) / 2 : r0 + within((value - d0) / (d1 - d0), options.clamp) * (r1 - r0));
  const invert = (position: number): number => (r1 === r0 ? d0 : d0 + ((position - r0) / (r1 - r0)) * (d1 - d0));
  return Object.assign(scale, { domain: [d0, d1] as const, ticks: (count: number) => ticks(d0, d1, count), invert });
}

/** A base-10 log scale from a domain of positive values to the range; ticks are the powers of ten inside the domain. */
export function log(domain: readonly [number, number], range: readonly [number, number], options: Omit<ScaleOptions, 'nice'> = {}): Scale {
  const [d0, d1] = domain;
  if (!(d0 > 0 && d1 > 0)) throw new Error(`A log scale needs a positive domain, got [${d0}, ${d1}]`);
  const inner = linear([Math.log10(d0), Math.log10(d1)], range, options);
  const powers = (): number[] => {
    const out: number[] = [];
    for (let e = Math.ceil(Math.log10(Math.min(d0, d1))); e <= Math.floor(Math.log10(Math.max(d0, d1))); e += 1) out.push(10 ** e);
    return out;
  };
  return Object.assign((value: number) => inner(Math.log10(value)), {
    domain: [d0, d1] as const,
    ticks: powers,
    invert: (position: number) => 10 ** inner.invert(position),
  });
}
