import { describe, expect, it } from 'vitest';
import { describeInput, lcpInputs, type NetworkRow } from '../../src/tools/bench/lcp-inputs';

const origin = 'http://127.0.0.1:4380';
const row = (path: string, end: number, resourceType: string, priority: string, transferSize = 1000): NetworkRow => ({
  url: `${origin}${path}`,
  networkEndTime: end,
  priority,
  resourceType,
  transferSize,
});

describe('what the simulated LCP waited for', () => {
  const rows = [
    row('/_astro/fonts/late.woff2', 199, 'Font', 'VeryHigh'),
    row('/', 20, 'Document', 'VeryHigh', 61314),
    row('/manifest.webmanifest', 74, 'Manifest', 'Medium'),
    row('/_astro/fonts/body.woff2', 50, 'Font', 'High', 21259),
    row('/photo.jpg', 60, 'Image', 'Low'),
    row('/hero.png', 70, 'Image', 'High'),
  ];

  it('keeps the requests that ended by the observed paint, in the order they ended, low-priority images aside', () => {
    expect(lcpInputs(rows, 187, origin).map((input) => input.path)).toEqual(['/', '/_astro/fonts/body.woff2', '/hero.png', '/manifest.webmanifest']);
  });
  it('counts a request that ends on the paint itself, and none that end after it', () => {
    expect(lcpInputs(rows, 199, origin).at(-1)?.path).toBe('/_astro/fonts/late.woff2');
    expect(lcpInputs(rows, 19, origin)).toEqual([]);
  });
  it('keeps another origin whole and prints type, path, priority and size', () => {
    const [input] = lcpInputs([{ ...row('', 5, 'Script', 'High', 2450), url: 'https://cdn.example/x.js' }], 10, origin);
    expect(input?.path).toBe('https://cdn.example/x.js');
    expect(describeInput(lcpInputs(rows, 187, origin)[1]!)).toBe('Font /_astro/fonts/body.woff2 (High, 21.3 KB)');
  });
});
