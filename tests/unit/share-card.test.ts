import { describe, expect, it } from 'vitest';
import { chartFor } from '../../src/charts/index';
import { chartSteps, type ChartSlug } from '../../src/charts/steps';
import { sectionSlugs } from '../../src/sections/slugs';
import { cardSvg, fitText, wrapLines, type Measure } from '../../src/share/card';
import { cardPng, measureText } from '../../src/share/card-png';
import { cardSteps } from '../../src/share/card-steps';
import { cardStepFor, homeCard, sectionCard } from '../../src/share/cards';

/** A stand-in for real font metrics: every character half an em wide. */
const halfEm: Measure = (text, size) => text.length * size * 0.5;

const section = (slug: (typeof sectionSlugs)[number], title = 'A title that is long enough to wrap onto more than one line') => ({
  slug,
  title,
  short: 'Short',
  order: sectionSlugs.indexOf(slug) + 1,
  summary: 'A summary sentence that says what the section shows.',
});

describe('wrapping a card title', () => {
  it('breaks between words so no line is wider than the column', () => {
    const lines = wrapLines('The famous number, and what it actually counts', 300, (l) => l.length * 20, 5);
    expect(lines).toEqual(['The famous', 'number, and', 'what it', 'actually counts']);
    for (const line of lines ?? []) expect(line.length * 20).toBeLessThanOrEqual(300);
  });

  it('shrinks the size until the title fits in three lines', () => {
    const fitted = fitText('A fairly long title for a social card that needs to shrink', 480, [64, 58, 52, 46, 40], 3, (l, s) => l.length * s * 0.5);
    expect(fitted.lines.length).toBeLessThanOrEqual(3);
    expect(fitted.size).toBeLessThan(64);
  });

  it('cuts an impossibly long title at the smallest size, marking the cut, rather than overflowing', () => {
    const fitted = fitText('word '.repeat(80).trim(), 400, [64, 40], 3, (l, s) => l.length * s * 0.5);
    expect(fitted.lines).toHaveLength(3);
    expect(fitted.lines[2]).toMatch(/…$/);
  });
});

describe('a social card', () => {
  it('is 1200×630 and shows the site name, the title and the section chart', () => {
    const content = sectionCard(section('headline'), 'example.org');
    const svg = cardSvg(content, halfEm);
    expect(svg).toContain('width="1200" height="630"'); // the Open Graph card size, not the module's own constant
    expect(svg).toContain('What did DeepSeek V3 really cost?');
    expect(svg).toContain('example.org');
    expect(svg).toMatch(/<tspan[^>]*>A title that is long/);
    expect(content.chartMarks?.length).toBeGreaterThan(0);
    expect(svg).toContain('data-key=');
  });

  it('shows the summary instead when the section has no chart', () => {
    const svg = cardSvg(sectionCard(section('methods'), 'example.org'), halfEm);
    expect(svg).toContain('A summary sentence');
    expect(svg).not.toContain('data-key=');
  });

  it('is distinct for every section', () => {
    const svgs = sectionSlugs.map((slug) => cardSvg(sectionCard(section(slug, `Title of ${slug}`), 'example.org'), halfEm));
    expect(new Set(svgs).size).toBe(sectionSlugs.length);
  });

  it('draws each chart at a step the chart defines', () => {
    for (const [slug, step] of Object.entries(cardSteps)) {
      expect(chartSteps[slug as ChartSlug]).toContain(step);
      if (chartFor(slug)) expect(cardStepFor(slug)).toBe(step);
    }
  });

  it('rasterises to a 1200×630 PNG with the bundled fonts', () => {
    const png = cardPng(homeCard('example.org'));
    expect([...png.slice(1, 4)].map((c) => String.fromCharCode(c)).join('')).toBe('PNG');
    const view = new DataView(png.buffer, png.byteOffset);
    expect([view.getUint32(16), view.getUint32(20)]).toEqual([1200, 630]);
  });

  it('measures text with the real fonts: bold is wider, and width grows with size', () => {
    const regular = measureText('What did DeepSeek V3 really cost?', 40, 'serif', false);
    expect(regular).toBeGreaterThan(300);
    expect(measureText('What did DeepSeek V3 really cost?', 40, 'serif', true)).toBeGreaterThan(regular);
    expect(measureText('What did DeepSeek V3 really cost?', 80, 'serif', false)).toBeGreaterThan(regular * 1.9);
  });
});
