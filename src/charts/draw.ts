/** Marks → the live SVG in the browser: a keyed D3 join per mark kind, drawn instantly or moved there (tween.ts). */
import { select } from 'd3-selection';
import { geometry, toneClass } from './render';
import { stop, tween, type Move } from './tween';
import { markKinds, type Mark } from './types';

/** The attributes a mark is drawn with: its geometry and its opacity. */
const attributesOf = (mark: Mark): Record<string, number | string> => ({ ...Object.fromEntries(geometry(mark)), opacity: mark.opacity ?? 1 });

/** Draws marks into an SVG that has the layers written by `layersSvg`; `duration` 0 means instant. */
export function drawMarks(svg: SVGSVGElement, marks: Mark[], duration: number): void {
  stop(svg);
  const moves: Move[] = [];
  for (const kind of markKinds) {
    const data = marks.filter((m) => m.kind === kind);
    const layer = select(svg).select<SVGGElement>(`g.layer[data-kind="${kind}"]`);
    const joined = layer
      .selectAll<SVGElement, Mark | undefined>('[data-key]')
      // Nodes written by the server carry no datum yet: they are matched by their data-key attribute.
      .data<Mark>(data, function (this: SVGElement | SVGGElement, d: Mark | undefined) {
        return d ? d.key : (this.getAttribute('data-key') ?? '');
      })
      .join(
        (enter) =>
          enter
            .append<SVGElement>(kind)
            .attr('data-key', (d) => d.key)
            .attr('opacity', 0),
        (update) => update,
        (exit) => {
          if (duration > 0)
            exit.each(function () {
              moves.push({ el: this, to: { opacity: 0 }, remove: true });
            });
          else exit.remove();
          return exit;
        },
      );
    joined.attr('class', (d) => toneClass(d));
    if (kind === 'text') joined.text((d) => (d.kind === 'text' ? d.text : ''));
    joined.each(function (d) {
      const to = attributesOf(d);
      if (duration > 0) moves.push({ el: this, to });
      else for (const [name, value] of Object.entries(to)) this.setAttribute(name, String(value));
    });
  }
  if (duration > 0) tween(svg, moves, duration);
}
