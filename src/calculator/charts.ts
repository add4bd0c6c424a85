/** Draws the calculator's two charts into their SVGs at the width the page gives them (browser only). */
import { drawMarks } from '../charts/draw';
import { calculatorCharts, isChartName, type ChartData } from './layouts';

/** The chart SVGs inside `root` (`<svg data-chart="breakdown|tornado">`). */
export const chartSvgs = (root: ParentNode): SVGSVGElement[] =>
  [...root.querySelectorAll<SVGSVGElement>('svg[data-chart]')].filter((svg) => isChartName(svg.dataset.chart ?? ''));

/** Lays out and draws every chart at its container's width; `duration` 0 draws instantly. */
export function drawCharts(svgs: SVGSVGElement[], data: ChartData, duration: number): void {
  for (const svg of svgs) {
    const name = svg.dataset.chart ?? '';
    if (!isChartName(name)) continue;
    const chart = calculatorCharts[name];
    const measured = svg.parentElement?.clientWidth ?? 0;
    const size = { width: measured > 0 ? Math.round(measured) : svg.viewBox.baseVal.width, height: chart.height };
    svg.setAttribute('viewBox', `0 0 ${size.width} ${size.height}`);
    svg.setAttribute('aria-label', chart.describe(data));
    drawMarks(svg, chart.marks(data, size), duration);
  }
}
