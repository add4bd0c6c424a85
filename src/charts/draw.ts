/**
 * Marks → the live SVG in the browser: a keyed join per mark kind (enter, update, exit), drawn instantly or moved
 * there (tween.ts). The join is written out rather than taken from d3-selection: it is all the browser would use of
 * it, and d3-selection is 4.2 KB gzipped of the page's 45 KB budget for these twenty lines.
 */
import { geometry, round, toneClass } from './render';
import { stop, tween, type Move } from './tween';
import { markKinds, type Mark } from './types';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** The attributes a mark is drawn with: its geometry and its opacity. */
const attributesOf = (mark: Mark): Record<string, number | string> => ({ ...Object.fromEntries(geometry(mark)), opacity: round(mark.opacity ?? 1) });

/** Draws marks into an SVG that has the layers written by `layersSvg`; `duration` 0 means instant. `atRest` runs once the marks are where they belong: at once, or after the move's last frame. */
export function drawMarks(svg: SVGSVGElement, marks: Mark[], duration: number, atRest: () => void = () => undefined): void {
  stop(svg);
  const moves: Move[] = [];
  for (const kind of markKinds) {
    const layer = svg.querySelector(`g.layer[data-kind="${kind}"]`);
    if (!layer) continue;
    // Nodes are matched by their data-key, whether the server or an earlier draw wrote them.
    const drawn = new Map([...layer.querySelectorAll('[data-key]')].map((el) => [el.getAttribute('data-key') ?? '', el]));
    let previous: Element | null = null;
    for (const mark of marks.filter((m) => m.kind === kind)) {
      let el = drawn.get(mark.key);
      drawn.delete(mark.key);
      if (!el) {
        el = document.createElementNS(SVG_NS, kind);
        el.setAttribute('data-key', mark.key);
        el.setAttribute('opacity', '0');
      }
      // Document order follows the marks' order, so later marks are drawn on top.
      if (el.previousElementSibling !== previous || el.parentNode !== layer)
        layer.insertBefore(el, previous ? previous.nextSibling : layer.firstChild);
      previous = el;
      el.setAttribute('class', toneClass(mark));
      if (mark.kind === 'text') el.textContent = mark.text;
      const to = attributesOf(mark);
      if (duration > 0) moves.push({ el, to });
      else for (const [name, value] of Object.entries(to)) el.setAttribute(name, String(value));
    }
    // What is left has no mark any more: it fades out, or goes at once.
    for (const el of drawn.values()) {
      if (duration > 0) moves.push({ el, to: { opacity: 0 }, remove: true });
      else el.remove();
    }
  }
  if (duration > 0) tween(svg, moves, duration, atRest);
  else atRest();
}
