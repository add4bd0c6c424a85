import { area } from 'd3-shape';
import { scaleLinear, scaleLog } from 'd3-scale';
import { describe, expect, it } from 'vitest';
import { areaPath } from '../../src/charts/kit';
import { linear, log } from '../../src/charts/scale';

describe('the charts’ scales agree with d3-scale', () => {
  it('maps a linear domain onto a range, inverted ranges too', () => {
    const ours = linear([0, 5.576e6], [16, 624]);
    const d3 = scaleLinear().domain([0, 5.576e6]).range([16, 624]);
    for (const v of [0, 1e6, 2.788e6, 5.576e6, 7e6]) expect(ours(v)).toBeCloseTo(d3(v), 9);
    const down = linear([0, 100], [400, 40]);
    expect(down(25)).toBeCloseTo(scaleLinear().domain([0, 100]).range([400, 40])(25), 9);
  });

  it('clamps when asked, and only then', () => {
    expect(linear([0, 10], [0, 100], { clamp: true })(20)).toBe(100);
    expect(linear([0, 10], [0, 100])(20)).toBe(200);
  });

  it('widens to nice bounds and gives the same ticks as d3', () => {
    const ours = linear([0, 553.6e6], [400, 40], { nice: 4 });
    const d3 = scaleLinear().domain([0, 553.6e6]).range([400, 40]).nice(4);
    expect(ours.domain).toEqual(d3.domain());
    expect(ours.ticks(4)).toEqual(d3.ticks(4));
    expect(ours(300e6)).toBeCloseTo(d3(300e6), 9);
  });

  it('maps an empty domain to the middle of the range', () => {
    expect(linear([3, 3], [0, 100])(3)).toBe(50);
  });

  it('maps a log domain like d3 and ticks at the powers of ten inside it', () => {
    const ours = log([5e6, 2e9], [400, 20], { clamp: true });
    const d3 = scaleLog().domain([5e6, 2e9]).range([400, 20]).clamp(true);
    for (const v of [5e6, 22.3e6, 554e6, 2e9, 1e12]) expect(ours(v)).toBeCloseTo(d3(v), 9);
    expect(ours.ticks(5)).toEqual([1e7, 1e8, 1e9]);
  });

  it('inverts a position back to its value, on both kinds of scale', () => {
    expect(linear([0, 57], [56, 624]).invert(340)).toBeCloseTo(scaleLinear().domain([0, 57]).range([56, 624]).invert(340), 9);
    expect(log([5e6, 2e9], [400, 20]).invert(210)).toBeCloseTo(scaleLog().domain([5e6, 2e9]).range([400, 20]).invert(210), 3);
  });

  it('refuses a log domain that is not positive', () => {
    expect(() => log([0, 10], [0, 1])).toThrow('A log scale needs a positive domain, got [0, 10]');
  });
});

describe('the kit’s band path agrees with d3-shape', () => {
  it('draws the same area as d3’s area() with its default curve, and nothing for no points', () => {
    const xs = [0, 1, 2.5, 4];
    const ours = areaPath(
      xs,
      (t) => t * 10,
      (t) => 100 - t,
      (t) => 90 - t * t,
    );
    const d3 = area<number>()
      .x((t) => t * 10)
      .y0((t) => 100 - t)
      .y1((t) => 90 - t * t)(xs);
    expect(ours).toBe(d3);
    expect(
      areaPath(
        [],
        (t: number) => t,
        () => 0,
        () => 1,
      ),
    ).toBe('');
  });
});
