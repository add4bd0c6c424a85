/** Binds a chart to its data: the step table becomes the step list, `layout(state, size)` and `describe(step)`. */
import type { FigureId } from '../../content/facts';
import type { ChartSlug } from './steps';
import type { Chart, ChartFigures, ChartSpec, StepView } from './types';

/** The chart with its data: what the server renders from and what the browser draws with once the chart's code loads. */
export function bindChart<Id extends FigureId>(spec: ChartSpec<Id>, data: ChartFigures<Id>): Chart {
  const view = (step: string): StepView<ChartFigures<Id>> => {
    const found = Object.hasOwn(spec.steps, step) ? spec.steps[step] : undefined;
    if (!found) throw new Error(`The ${spec.slug} chart has no step "${step}"`);
    return found;
  };
  return {
    slug: spec.slug as ChartSlug,
    caption: spec.caption,
    steps: Object.keys(spec.steps),
    layout: (state, size) => view(state.step).layout(data, state, size),
    describe: (step) => view(step).describe(data),
    table: () => spec.table(data),
  };
}
