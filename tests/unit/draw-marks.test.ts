// @vitest-environment happy-dom
/** The client renderer: drawMarks joins marks to the live SVG by key (enter, update, exit), instantly or animated. */
import { describe, expect, it, vi } from 'vitest';
import { drawMarks } from '../../src/charts/draw';
import { layersSvg } from '../../src/charts/render';
import type { Mark } from '../../src/charts/types';

const bar = (key: string, x: number, width: number, opacity?: number): Mark => ({
  kind: 'rect',
  key,
  tone: 'c1',
  x,
  y: 10,
  width,
  height: 20,
  opacity,
});
const label = (key: string, text: string, x: number): Mark => ({ kind: 'text', key, tone: 'ink', x, y: 40, text, anchor: 'end', size: 12 });

/** An SVG as the server writes it: the layers, with the marks already drawn (nodes without a D3 datum). */
function serverSvg(marks: Mark[]): SVGSVGElement {
  document.body.innerHTML = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 200 100">${layersSvg(marks)}</svg>`;
  const svg = document.querySelector('svg');
  if (!svg) throw new Error('no svg');
  return svg;
}

const node = (svg: SVGSVGElement, key: string): Element | null => svg.querySelector(`[data-key="${key}"]`);
const attrs = (el: Element | null, ...names: string[]): Record<string, string | null> =>
  Object.fromEntries(names.map((name) => [name, el?.getAttribute(name) ?? null]));

/** Draws, and resolves when drawMarks says the marks are at rest. */
function drawn(svg: SVGSVGElement, marks: Mark[], duration: number): Promise<void> {
  return new Promise((resolve) => drawMarks(svg, marks, duration, resolve));
}

describe('drawMarks, instant (duration 0)', () => {
  it('updates the server-drawn nodes in place, matched by data-key, with every attribute and the tone class', () => {
    const svg = serverSvg([bar('a', 0, 50), label('a-label', 'old', 50)]);
    const before = node(svg, 'a');
    drawMarks(svg, [{ ...bar('a', 5, 80, 0.5), tone: 'c3' }, label('a-label', 'new', 85)], 0);
    expect(node(svg, 'a')).toBe(before);
    expect(attrs(node(svg, 'a'), 'x', 'y', 'width', 'height', 'rx', 'opacity', 'class')).toEqual({
      x: '5',
      y: '10',
      width: '80',
      height: '20',
      rx: '0',
      opacity: '0.5',
      class: 'fill-c3',
    });
    expect(node(svg, 'a-label')?.textContent).toBe('new');
    expect(attrs(node(svg, 'a-label'), 'x', 'text-anchor', 'font-size')).toEqual({ x: '85', 'text-anchor': 'end', 'font-size': '12' });
  });

  it('adds a mark with a new key to its own kind’s layer, and removes a mark whose key is gone', () => {
    const svg = serverSvg([bar('a', 0, 50), bar('b', 0, 60)]);
    drawMarks(svg, [bar('a', 0, 50), { kind: 'line', key: 'rule', tone: 'grid', x1: 0, y1: 0, x2: 200, y2: 0, dashed: true }], 0);
    expect(node(svg, 'b')).toBeNull();
    const rule = node(svg, 'rule');
    expect(rule?.tagName.toLowerCase()).toBe('line');
    expect(rule?.parentElement?.getAttribute('data-kind')).toBe('line');
    expect(attrs(rule, 'x2', 'stroke-width', 'opacity', 'class')).toEqual({
      x2: '200',
      'stroke-width': '1',
      opacity: '1',
      class: 'fill-none stroke-grid dashed',
    });
    expect([...svg.querySelectorAll('[data-kind="rect"] > *')].map((el) => el.getAttribute('data-key'))).toEqual(['a']);
  });

  it('joins by key, not by position: reordered marks keep their nodes', () => {
    const svg = serverSvg([bar('a', 0, 10), bar('b', 0, 20)]);
    const [a, b] = [node(svg, 'a'), node(svg, 'b')];
    drawMarks(svg, [bar('b', 0, 25), bar('a', 0, 15)], 0);
    expect(node(svg, 'a')).toBe(a);
    expect(node(svg, 'b')).toBe(b);
    expect([a?.getAttribute('width'), b?.getAttribute('width')]).toEqual(['15', '25']);
  });

  it('keeps a same key in another kind apart', () => {
    const svg = serverSvg([bar('x', 0, 10)]);
    drawMarks(svg, [label('x', 'a label', 10)], 0);
    expect(svg.querySelectorAll('[data-key="x"]')).toHaveLength(1);
    expect(node(svg, 'x')?.tagName.toLowerCase()).toBe('text');
  });
});

describe('drawMarks, animated', () => {
  it('moves updated marks through in-between values, fades new ones in and old ones out, then lands where an instant draw would', async () => {
    const svg = serverSvg([bar('a', 0, 40), bar('gone', 0, 30)]);
    const widths: string[] = [];
    const a = node(svg, 'a');
    new MutationObserver(() => widths.push(a?.getAttribute('width') ?? '')).observe(a as Node, { attributeFilter: ['width'] });
    const atRest = drawn(svg, [bar('a', 0, 140), bar('new', 20, 60)], 600);
    // Nothing has jumped yet: the update starts from where it was, the new mark from transparent, the old one is still there.
    expect(a?.getAttribute('width')).toBe('40');
    expect(node(svg, 'new')?.getAttribute('opacity')).toBe('0');
    expect(node(svg, 'gone')).not.toBeNull();
    await atRest;
    expect(widths.some((w) => Number(w) > 40 && Number(w) < 140)).toBe(true);
    expect(attrs(a, 'width', 'opacity')).toEqual({ width: '140', opacity: '1' });
    expect(attrs(node(svg, 'new'), 'x', 'width', 'opacity')).toEqual({ x: '20', width: '60', opacity: '1' });
    expect(node(svg, 'gone')).toBeNull();

    const instant = serverSvg([bar('a', 0, 40), bar('gone', 0, 30)]);
    drawMarks(instant, [bar('a', 0, 140), bar('new', 20, 60)], 0);
    expect(instant.innerHTML).toBe(svg.innerHTML);
  });

  it('moves only what changes: a mark already where the step puts it is not written during the move', async () => {
    const svg = serverSvg([bar('still', 0, 40), bar('moving', 0, 40)]);
    const writes: string[] = [];
    new MutationObserver((records) =>
      writes.push(...records.map((r) => `${(r.target as Element).getAttribute('data-key')} ${r.attributeName}`)),
    ).observe(svg, {
      subtree: true,
      attributeFilter: ['x', 'y', 'width', 'height', 'opacity'],
    });
    await drawn(svg, [bar('still', 0, 40), bar('moving', 0, 140)], 80);
    // The moving bar's width is written frame after frame; the still bar's geometry never (an opacity the server
    // left unwritten is set once, as the move starts).
    expect(writes.filter((w) => w === 'moving width').length).toBeGreaterThan(1);
    expect(writes.filter((w) => w.startsWith('still '))).toEqual(['still opacity']);
    expect(attrs(node(svg, 'moving'), 'width')).toEqual({ width: '140' });
  });

  it('fades out a mark the build drew fully opaque (its opacity unwritten) instead of dropping it at once', async () => {
    const svg = serverSvg([bar('gone', 0, 30)]);
    const gone = node(svg, 'gone');
    expect(gone?.hasAttribute('opacity')).toBe(false);
    const opacities: number[] = [];
    new MutationObserver(() => opacities.push(Number(gone?.getAttribute('opacity')))).observe(gone as Node, { attributeFilter: ['opacity'] });
    await drawn(svg, [], 80);
    expect(opacities.some((o) => o > 0 && o < 1)).toBe(true);
    expect(node(svg, 'gone')).toBeNull();
  });

  it('a new draw interrupts a running one and ends at the newest marks; only the newest says it is at rest', async () => {
    const svg = serverSvg([bar('a', 0, 40)]);
    const interrupted = vi.fn();
    drawMarks(svg, [bar('a', 0, 140)], 80, interrupted);
    await drawn(svg, [bar('a', 0, 90)], 80);
    expect(node(svg, 'a')?.getAttribute('width')).toBe('90');
    expect(interrupted).not.toHaveBeenCalled();
  });

  it('is at rest on the very attributes the built SVG has, in hundredths of a pixel', async () => {
    const exact = bar('a', 0.004, 29.365853658536594, 0.123456);
    const built = serverSvg([exact]).innerHTML;
    const svg = serverSvg([bar('a', 0, 40)]);
    await drawn(svg, [exact], 80);
    expect(svg.innerHTML).toBe(built);
    expect(attrs(node(svg, 'a'), 'x', 'width', 'opacity')).toEqual({ x: '0', width: '29.37', opacity: '0.12' });
  });

  it('an instant draw is at rest at once', () => {
    const svg = serverSvg([bar('a', 0, 40)]);
    const atRest = vi.fn();
    drawMarks(svg, [bar('a', 0, 90)], 0, atRest);
    expect(atRest).toHaveBeenCalledOnce();
  });
});
