/** The reader's total as a multiple of the headline final run: "99×", or "5.4×" below ten. */
import { formatValue } from '../lib/format';

/** Writes total ÷ headline; a zero or missing headline writes "0×" rather than Infinity. */
export function formatRatio(total: number, headline: number): string {
  const times = headline > 0 ? total / headline : 0;
  return formatValue(times, { kind: 'multiplier', digits: times >= 10 || times === 0 ? 0 : 1 });
}
