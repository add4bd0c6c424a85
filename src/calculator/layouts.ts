/** The calculator's two charts by name: height, pure layout and sentence (the server and the browser both draw from these). */
import type { Mark, Size } from '../charts/types';
import { computeCosts, type Costs } from '../model/cost';
import { presets, type Inputs } from '../model/inputs';
import { computeSwings, type Swing } from '../model/swings';
import { breakdownHeight, breakdownMarks, describeBreakdown, type BreakdownReference } from './breakdown-chart';
import { describeTornado, tornadoHeight, tornadoMarks } from './tornado-chart';

/** What both charts are drawn from. */
export interface ChartData {
  costs: Costs;
  swings: Swing[];
  reference: BreakdownReference;
}

/** One calculator chart. */
export interface CalculatorChart {
  height: number;
  marks: (data: ChartData, size: Size) => Mark[];
  describe: (data: ChartData) => string;
}

/** The names charts go by in `data-chart`. */
export type CalculatorChartName = 'breakdown' | 'tornado';

/** Every calculator chart. */
export const calculatorCharts: Record<CalculatorChartName, CalculatorChart> = {
  breakdown: { height: breakdownHeight, marks: (d, s) => breakdownMarks(d.costs, d.reference, s), describe: (d) => describeBreakdown(d.costs) },
  tornado: { height: tornadoHeight, marks: (d, s) => tornadoMarks(d.swings, s), describe: (d) => describeTornado(d.swings) },
};

/** Whether a string names a calculator chart. */
export const isChartName = (name: string): name is CalculatorChartName => name in calculatorCharts;

/** The charts' data for a set of inputs: costs, swings around them, and Central and High as fixed references. */
export function chartData(inputs: Inputs, finalRunGpuHours: number): ChartData {
  return {
    costs: computeCosts(inputs, finalRunGpuHours),
    swings: computeSwings(finalRunGpuHours, inputs),
    reference: {
      centralTotal: computeCosts(presets.central, finalRunGpuHours).totalPerYear,
      scaleMax: computeCosts(presets.high, finalRunGpuHours).totalPerYear,
    },
  };
}
