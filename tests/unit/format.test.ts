import { describe, expect, it } from 'vitest';
import { formatCompact, formatSci, formatUsd, formatValue } from '../../src/lib/format';

/** Expects each [value, text] pair from the formatter. */
const table = (format: (value: number) => string, cases: [number, string][]) => {
  for (const [value, expected] of cases) expect(format(value), String(value)).toBe(expected);
};

describe('the site-wide number format', () => {
  it('writes dollars as $5.6M, $554M, $1.05B, $1.27B and $30K', () => {
    expect(formatUsd(5_576_000)).toBe('$5.6M');
    expect(formatUsd(554_000_000)).toBe('$554M');
    expect(formatUsd(1_050_000_000)).toBe('$1.05B');
    expect(formatUsd(1_269_700_000)).toBe('$1.27B');
    expect(formatUsd(30_000)).toBe('$30K');
  });

  it('rounds half cases on the decimal value, not its binary approximation', () => {
    // 1.575 is stored as 1.57499999…, so toFixed(2) gave "1.57".
    table(formatUsd, [
      [1_575_000_000, '$1.58B'],
      [1_565_000_000, '$1.57B'],
      [5_550_000, '$5.6M'],
      [5_450_000, '$5.5M'],
      [12_250, '$12.3K'],
      [2.5, '$2.50'],
      [2_500.5, '$2,501'],
    ]);
    expect(formatValue(1.15, { kind: 'multiplier' })).toBe('1.2×');
    expect(formatValue(1.005, { kind: 'multiplier', digits: 2 })).toBe('1.01×');
    expect(formatValue(0.0125, { kind: 'percent', digits: 1 })).toBe('1.3%');
  });

  it('writes small dollar amounts in full and cents only when needed', () => {
    table(formatUsd, [
      [2, '$2'],
      [2_500, '$2,500'],
      [0.08, '$0.08'],
      [0, '$0'],
      [99.996, '$100'],
      [150.4, '$150'],
    ]);
  });

  it('moves to the next unit exactly where a rounded dollar value reaches it', () => {
    table(formatUsd, [
      // 1e3 and 1e4: written in full up to $9,999, compact from $10K.
      [999, '$999'],
      [1_000, '$1,000'],
      [1_001, '$1,001'],
      [9_999, '$9,999'],
      [9_999.4, '$9,999'],
      [9_999.5, '$10K'],
      [10_000, '$10K'],
      [10_050, '$10.1K'],
      // 1e5: one decimal below, none above; 99,950 rounds into $100K.
      [99_940, '$99.9K'],
      [99_950, '$100K'],
      [100_000, '$100K'],
      [100_400, '$100K'],
      [100_600, '$101K'],
      // 1e6: never "$1000K".
      [999_499, '$999K'],
      [999_500, '$1M'],
      [999_999, '$1M'],
      [1_000_000, '$1M'],
      [1_050_000, '$1.1M'],
      // 1e8: one decimal below, none above.
      [99_940_000, '$99.9M'],
      [99_950_000, '$100M'],
      [100_000_000, '$100M'],
      [100_600_000, '$101M'],
      // 1e9: never "$1,000M".
      [999_400_000, '$999M'],
      [999_600_000, '$1B'],
      [1_000_000_000, '$1B'],
      [1_004_000_000, '$1B'],
      [1_005_000_000, '$1.01B'],
      // 1e12: trillions, not "$1,000B".
      [999_996_000_000, '$1T'],
      [1_000_000_000_000, '$1T'],
      [2_500_000_000_000, '$2.5T'],
    ]);
  });

  it('writes negative dollars with a leading minus and the same units', () => {
    table(formatUsd, [
      [-0.08, '-$0.08'],
      [-2_500, '-$2,500'],
      [-9_999.5, '-$10K'],
      [-999_600_000, '-$1B'],
      [-5_576_000, '-$5.6M'],
      [-1_575_000_000, '-$1.58B'],
    ]);
  });

  it('quotes millions exactly when asked for digits, and only millions', () => {
    expect(formatValue(5_576_000, { kind: 'usd', digits: 3 })).toBe('$5.576M');
    expect(formatValue(5_500_000, { kind: 'usd', digits: 3 })).toBe('$5.500M');
    expect(formatValue(1_575_000_000, { kind: 'usd', digits: 3 })).toBe('$1.58B');
    expect(formatValue(30_000, { kind: 'usd', digits: 3 })).toBe('$30K');
    expect(formatValue(2, { kind: 'usd', suffix: ' per GPU-hour' })).toBe('$2 per GPU-hour');
  });

  it('writes counts compactly with three significant digits by default', () => {
    expect(formatCompact(2_788_000)).toBe('2.79M');
    expect(formatCompact(2_788_000, 4)).toBe('2.788M');
    expect(formatCompact(2_664_000, 4)).toBe('2.664M');
    expect(formatCompact(30_840_000)).toBe('30.8M');
    expect(formatCompact(671e9)).toBe('671B');
    expect(formatCompact(14.8e12)).toBe('14.8T');
    expect(formatCompact(119_000)).toBe('119K');
  });

  it('moves a compact count to the next unit where it rounds into it (never "1.00e+3K")', () => {
    table(formatCompact, [
      [139, '139'],
      [999, '999'],
      [999.4, '999'],
      [999.6, '1K'],
      [1_000, '1K'],
      [2_048, '2.05K'],
      [9_999, '10K'],
      [10_000, '10K'],
      [99_949, '99.9K'],
      [99_950, '100K'],
      [100_000, '100K'],
      [999_499, '999K'],
      [999_500, '1M'],
      [999_999, '1M'],
      [1_000_000, '1M'],
      [99_950_000, '100M'],
      [100_000_000, '100M'],
      [999_600_000, '1B'],
      [1e9, '1B'],
      [999.6e9, '1T'],
      [1e12, '1T'],
      [-999_999, '-1M'],
      [-2_788_000, '-2.79M'],
    ]);
    expect(formatCompact(999_999, 4)).toBe('1M');
    expect(formatCompact(999_949, 4)).toBe('999.9K');
  });

  it('writes scientific notation with a superscript exponent, rolling the mantissa over', () => {
    expect(formatSci(3.8e25)).toBe('3.8 × 10²⁵');
    expect(formatSci(3.2856e24)).toBe('3.3 × 10²⁴');
    expect(formatSci(9.96e24)).toBe('1 × 10²⁵');
    expect(formatSci(3.25e24)).toBe('3.3 × 10²⁴');
    expect(formatSci(-2.5e-3)).toBe('-2.5 × 10⁻³');
  });

  it('writes multipliers, percentages, grouped numbers and years', () => {
    expect(formatValue(11.06, { kind: 'multiplier' })).toBe('11.1×');
    expect(formatValue(2, { kind: 'multiplier' })).toBe('2×');
    expect(formatValue(0.0159, { kind: 'percent', digits: 1 })).toBe('1.6%');
    expect(formatValue(0.71, { kind: 'percent' })).toBe('71%');
    expect(formatValue(0.9996, { kind: 'percent' })).toBe('100%');
    expect(formatValue(2_048, { kind: 'number' })).toBe('2,048');
    expect(formatValue(9_999.6, { kind: 'number' })).toBe('10,000');
    expect(formatValue(80, { kind: 'number', digits: 1 })).toBe('80.0');
    expect(formatValue(0.575, { kind: 'number', digits: 3, suffix: ' kW' })).toBe('0.575 kW');
    expect(formatValue(2_788_000, { kind: 'number', compact: true, precision: 4, suffix: ' GPU-hours' })).toBe('2.788M GPU-hours');
    expect(formatValue(2027, { kind: 'year' })).toBe('2027');
  });

  it('refuses to write NaN or Infinity', () => {
    expect(() => formatValue(Number.NaN, { kind: 'usd' })).toThrow(/non-finite/);
    expect(() => formatValue(Infinity, { kind: 'number' })).toThrow(/non-finite/);
  });
});
