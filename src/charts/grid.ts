/** Fitting a grid of equal square cells into a box (unit charts, dot grids). */

/** Columns and cell size that fit n square cells into a box as large as possible. */
export function gridFor(n: number, width: number, height: number): { cols: number; cell: number } {
  let best = { cols: 1, cell: 0 };
  for (let cols = 1; cols <= n; cols += 1) {
    const cell = Math.min(width / cols, height / Math.ceil(n / cols));
    if (cell > best.cell) best = { cols, cell };
  }
  return best;
}
