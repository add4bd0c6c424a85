/** Build time only: a chart's data, read from the facts module, and the same data serialized for the browser. */
import type { FigureId } from '../../content/facts';
import { figure, noteRead, text } from '../lib/figure';
import type { ChartFigures, ChartSpec, FigureView } from './types';

const viewOf = (id: FigureId, slug: string): FigureView => {
  const fact = figure(id, `the ${slug} chart (src/charts/${slug}.ts)`);
  return fact.formula === undefined ? { value: fact.value, text: text(id) } : { value: fact.value, text: text(id), formula: fact.formula };
};

/** The figures a chart lists, checked (no unknown id, none twice); read through getters, so `figuresRead` sees what a step uses. */
export function chartData<Id extends FigureId>(spec: ChartSpec<Id>): ChartFigures<Id> {
  const data = {} as Record<Id, FigureView>;
  for (const id of spec.figures) {
    if (Object.hasOwn(data, id)) throw new Error(`The ${spec.slug} chart (src/charts/${spec.slug}.ts) lists the figure "${id}" twice`);
    // Formatted once, which also checks the id (an unknown one throws, naming the chart's file).
    const view = viewOf(id, spec.slug);
    Object.defineProperty(data, id, {
      enumerable: true,
      get: () => {
        noteRead(id);
        return view;
      },
    });
  }
  return data;
}

/** The chart's data as a plain object, for the page's JSON block: what the browser's layout reads instead of the facts module. */
export const chartDataForPage = <Id extends FigureId>(spec: ChartSpec<Id>): ChartFigures<Id> => ({ ...chartData(spec) });
