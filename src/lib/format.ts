/** How a figure is written on the page: one number format for the whole site. */
export type Format =
  | { kind: 'usd'; digits?: number; suffix?: string }
  | { kind: 'number'; digits?: number; compact?: boolean; precision?: number; suffix?: string }
  | { kind: 'sci'; digits?: number; suffix?: string }
  | { kind: 'multiplier'; digits?: number }
  | { kind: 'percent'; digits?: number }
  | { kind: 'year' };

const grouped = (value: number, digits = 0): string =>
  value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });

/** Trims trailing zeros from a fixed-point string: "1.50" → "1.5", "10.00" → "10". */
const trim = (text: string): string => (text.includes('.') ? text.replace(/\.?0+$/, '') : text);

/**
 * Writes dollars the way the site does everywhere: $2, $2,500, $30K, $5.6M, $554M, $1.05B.
 * `millionDigits` forces that many decimals on millions ($5.576M) where a figure is quoted exactly.
 */
export function formatUsd(value: number, millionDigits?: number): string {
  const sign = value < 0 ? '-' : '';
  const v = Math.abs(value);
  if (v >= 1e9) return `${sign}$${trim((v / 1e9).toFixed(2))}B`;
  if (v >= 1e6 && millionDigits !== undefined) return `${sign}$${(v / 1e6).toFixed(millionDigits)}M`;
  if (v >= 1e8) return `${sign}$${grouped(Math.round(v / 1e6))}M`;
  if (v >= 1e6) return `${sign}$${trim((v / 1e6).toFixed(1))}M`;
  if (v >= 1e4) return `${sign}$${trim((v / 1e3).toFixed(v >= 1e5 ? 0 : 1))}K`;
  if (v >= 100 || Number.isInteger(v)) return `${sign}$${grouped(Math.round(v))}`;
  return `${sign}$${v.toFixed(2)}`;
}

/** Writes a count compactly: 2.79M, 30.8M, 119K, 671B, 14.8T (three significant digits by default). */
export function formatCompact(value: number, precision = 3): string {
  const units: [number, string][] = [[1e12, 'T'], [1e9, 'B'], [1e6, 'M'], [1e3, 'K']];
  const found = units.find(([size]) => Math.abs(value) >= size);
  if (!found) return grouped(value, Number.isInteger(value) ? 0 : 1);
  const scaled = value / found[0];
  return `${trim(scaled.toPrecision(precision))}${found[1]}`;
}

const superscript: Record<string, string> = {
  '-': '⁻', '0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴', '5': '⁵', '6': '⁶', '7': '⁷', '8': '⁸', '9': '⁹',
};

/** Writes a number in scientific notation with a superscript exponent: 3.3 × 10²⁴. */
export function formatSci(value: number, digits = 1): string {
  const [mantissa, exponent] = value.toExponential(digits).split('e');
  const power = String(Number(exponent)).replace(/./g, (c) => superscript[c] ?? c);
  return `${mantissa} × 10${power}`;
}

/** Writes a value in the given format; never writes NaN or Infinity. */
export function formatValue(value: number, format: Format): string {
  if (!Number.isFinite(value)) throw new Error(`Cannot format a non-finite value (${value})`);
  switch (format.kind) {
    case 'usd':
      return formatUsd(value, format.digits) + (format.suffix ?? '');
    case 'number': {
      const body = format.compact ? formatCompact(value, format.precision) : grouped(value, format.digits ?? 0);
      return body + (format.suffix ?? '');
    }
    case 'sci':
      return formatSci(value, format.digits) + (format.suffix ?? '');
    case 'multiplier':
      return `${trim(value.toFixed(format.digits ?? 1))}×`;
    case 'percent':
      return `${trim((value * 100).toFixed(format.digits ?? 0))}%`;
    case 'year':
      return String(Math.round(value));
  }
}
