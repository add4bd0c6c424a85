import { describe, expect, it } from 'vitest';
import { readingFraction, sectionIndex } from '../../src/story/reader-rule';

describe('which section the reader is in', () => {
  const line = 400;

  it('is none above the first heading', () => {
    expect(sectionIndex([500, 2000, 4000], line, false)).toBe(-1);
  });

  it('is the last section whose heading has passed the reading line', () => {
    expect(sectionIndex([-900, 380, 1900], line, false)).toBe(1);
    expect(sectionIndex([-3000, -900, 400], line, false)).toBe(2);
  });

  it('is the last section at the end of the page, when its heading is in view but cannot reach the line', () => {
    expect(sectionIndex([-3000, -900, 650], line, true)).toBe(2);
    expect(sectionIndex([-3000, -900, 650], line, false)).toBe(1);
  });

  it('does not jump to a last section still out of view at the end of the page', () => {
    expect(sectionIndex([-3000, -900, 2000], line, true)).toBe(1);
  });
});

describe('how far through the article the reader is', () => {
  it('is 0 at the top, 1 at the end, and in between on the way', () => {
    expect(readingFraction(0, 5000, 1000)).toBe(0);
    expect(readingFraction(200, 5000, 1000)).toBe(0);
    expect(readingFraction(-2000, 5000, 1000)).toBe(0.5);
    expect(readingFraction(-4000, 5000, 1000)).toBe(1);
    expect(readingFraction(-4500, 5000, 1000)).toBe(1);
  });

  it('is complete for an article shorter than the viewport once it is scrolled to', () => {
    expect(readingFraction(0, 500, 1000)).toBe(1);
  });
});
