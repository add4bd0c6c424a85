/** The slide stage's fixed logical size; the stage is scaled as a whole to fit any window. Mirrors src/styles/present.css. */

/** The stage, 16:9, in CSS pixels before scaling (also the printed page). */
export const stageSize = { width: 1280, height: 720 } as const;

/** The chart box on a step slide (present.css `.slide-chart .chart-frame`): charts are laid out at this size. */
export const slideChartSize = { width: 720, height: 470 } as const;

/** The scale that fits the stage inside a box of this size, letterboxed. */
export const fitScale = (box: { width: number; height: number }): number =>
  Math.max(0.05, Math.min(box.width / stageSize.width, box.height / stageSize.height));
