/**
 * How a figure is written on the page: one number format for the whole site, built on Intl.NumberFormat.
 * Intl rounds the decimal value (so $1.575B is "$1.58B", not toFixed's binary "$1.57B") and, in compact
 * notation, picks the unit after rounding (999.6M is "$1B", never "$1,000M").
 */
export type Format =
  | { kind: 'usd'; digits?: number; suffix?: string }
  | { kind: 'number'; digits?: number; compact?: boolean; precision?: number; suffix?: string }
  | { kind: 'sci'; digits?: number; suffix?: string }
  | { kind: 'multiplier'; digits?: number }
  | { kind: 'percent'; digits?: number }
  | { kind: 'year' };

const LOCALE = 'en-US';
const formatters = new Map<string, Intl.NumberFormat>();

/** A cached Intl.NumberFormat for these options (building one is slow; the calculator formats on every input). */
function numberFormat(options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = JSON.stringify(options);
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(LOCALE, options);
    formatters.set(key, formatter);
  }
  return formatter;
}

/** Up to `digits` decimals, trailing zeros dropped: 1.5, 10, 2,048. */
const decimals = (value: number, digits = 0): string => numberFormat({ maximumFractionDigits: digits }).format(value);

/** Exactly `digits` decimals, grouped: 2,048, 80.0, 0.575. */
const fixed = (value: number, digits = 0): string => numberFormat({ minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);

const dollars = { style: 'currency', currency: 'USD', currencyDisplay: 'narrowSymbol' } as const;

/**
 * Decimals by size in compact dollars: $1.05B (two), $554M (none), $5.6M (one), $330K (none), $30K, $12.5K (one).
 * A value that rounds up into the next unit takes Intl's rollover: $999.6M → $1B.
 */
const usdDecimals = (size: number): number => (size >= 1e9 ? 2 : size >= 1e8 ? 0 : size >= 1e6 ? 1 : size >= 1e5 ? 0 : 1);

/** Below this, dollars are written in full ($2,500); from it they are compact. 9,999.5 rounds to 10,000, written $10K. */
const FULL_DOLLARS_BELOW = 9_999.5;

/**
 * Writes dollars the way the site does everywhere: $2, $0.08, $2,500, $30K, $5.6M, $554M, $1.05B.
 * `millionDigits` forces that many decimals on millions ($5.576M) where a figure is quoted exactly.
 */
export function formatUsd(value: number, millionDigits?: number): string {
  const size = Math.abs(value);
  if (size < FULL_DOLLARS_BELOW) {
    // Cents only under $100 and only when there are any: $2, $0.08, $2.50, $150.
    const cents = size < 100 ? 2 : 0;
    return numberFormat({ ...dollars, minimumFractionDigits: cents, maximumFractionDigits: cents, trailingZeroDisplay: 'stripIfInteger' }).format(
      value,
    );
  }
  const exact = millionDigits !== undefined && size >= 1e6 && size < 1e9;
  const digits = exact
    ? { minimumFractionDigits: millionDigits, maximumFractionDigits: millionDigits }
    : { maximumFractionDigits: usdDecimals(size) };
  return numberFormat({ ...dollars, notation: 'compact', ...digits }).format(value);
}

/** Writes a count compactly: 2.79M, 30.8M, 119K, 671B, 14.8T (three significant digits by default; 999,999 is 1M). */
export function formatCompact(value: number, precision = 3): string {
  return numberFormat({ notation: 'compact', maximumSignificantDigits: precision }).format(value);
}

const superscript: Record<string, string> = {
  '-': '⁻',
  '0': '⁰',
  '1': '¹',
  '2': '²',
  '3': '³',
  '4': '⁴',
  '5': '⁵',
  '6': '⁶',
  '7': '⁷',
  '8': '⁸',
  '9': '⁹',
};

/** Writes a number in scientific notation with a superscript exponent: 3.3 × 10²⁴ (9.96 × 10²⁴ rounds to 1 × 10²⁵). */
export function formatSci(value: number, digits = 1): string {
  const parts = numberFormat({ notation: 'scientific', maximumFractionDigits: digits }).formatToParts(value);
  const part = (types: string[]) =>
    parts
      .filter((p) => types.includes(p.type))
      .map((p) => p.value)
      .join('');
  const mantissa = part(['minusSign', 'integer', 'decimal', 'fraction']);
  const power = part(['exponentMinusSign', 'exponentInteger']).replace(/./g, (c) => superscript[c] ?? c);
  return `${mantissa} × 10${power}`;
}

/** Writes a value in the given format; never writes NaN or Infinity. */
export function formatValue(value: number, format: Format): string {
  if (!Number.isFinite(value)) throw new Error(`Cannot format a non-finite value (${value})`);
  switch (format.kind) {
    case 'usd':
      return formatUsd(value, format.digits) + (format.suffix ?? '');
    case 'number': {
      const body = format.compact ? formatCompact(value, format.precision) : fixed(value, format.digits);
      return body + (format.suffix ?? '');
    }
    case 'sci':
      return formatSci(value, format.digits) + (format.suffix ?? '');
    case 'multiplier':
      return `${decimals(value, format.digits ?? 1)}×`;
    case 'percent':
      return numberFormat({ style: 'percent', maximumFractionDigits: format.digits ?? 0 }).format(value);
    case 'year':
      return String(Math.round(value));
  }
}
