/** The elements of a slide that run code once woken: its chart and the estimate's calculator (a selector). */
export const LIVE_PARTS = 'story-chart, cost-calculator';
