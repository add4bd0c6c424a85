/** Marks → the live SVG in the browser: a keyed D3 join per mark kind, animated or instant. */
import { select, type Selection } from 'd3-selection';
import 'd3-transition';
import { geometry, toneClass } from './render';
import { markKinds, type Mark } from './types';

type Attrs = Map<string, Record<string, string | number>>;

/** Sets every geometry attribute and the opacity from the marks' precomputed attributes. */
function place<T extends { attr: (name: string, value: (d: Mark) => string | number | null) => T }>(target: T, attrs: Attrs, names: Set<string>): void {
  for (const name of names) target.attr(name, (d) => attrs.get(d.key)?.[name] ?? null);
  target.attr('opacity', (d) => d.opacity ?? 1);
}

/** Draws marks into an SVG that has the layers written by `layersSvg`; `duration` 0 means instant. */
export function drawMarks(svg: SVGSVGElement, marks: Mark[], duration: number): void {
  for (const kind of markKinds) {
    const data = marks.filter((m) => m.kind === kind);
    const attrs: Attrs = new Map(data.map((d) => [d.key, Object.fromEntries(geometry(d))]));
    const names = new Set(data.flatMap((d) => geometry(d).map(([name]) => name)));
    const layer = select(svg).select<SVGGElement>(`g.layer[data-kind="${kind}"]`);
    const joined: Selection<SVGElement, Mark, SVGGElement, unknown> = layer
      .selectAll<SVGElement, Mark | undefined>('[data-key]')
      // Nodes written by the server carry no datum yet: they are matched by their data-key attribute.
      .data<Mark>(data, function (this: SVGElement | SVGGElement, d: Mark | undefined) {
        return d ? d.key : (this.getAttribute('data-key') ?? '');
      })
      .join(
        (enter) => enter.append<SVGElement>(kind).attr('data-key', (d) => d.key).attr('opacity', 0),
        (update) => update,
        (exit) => (duration > 0 ? exit.transition().duration(duration).attr('opacity', 0).remove().selection() : exit.remove()),
      );
    joined.attr('class', (d) => toneClass(d));
    if (kind === 'text') joined.text((d) => (d.kind === 'text' ? d.text : ''));
    if (duration > 0) place(joined.interrupt().transition().duration(duration), attrs, names);
    else place(joined.interrupt(), attrs, names);
  }
}
