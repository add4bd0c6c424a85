import { describe, expect, it } from 'vitest';
import { formatCompact, formatSci, formatUsd, formatValue } from '../../src/lib/format';

describe('the site-wide number format', () => {
  it('writes dollars as $5.6M, $554M, $1.05B, $1.27B and $30K', () => {
    expect(formatUsd(5_576_000)).toBe('$5.6M');
    expect(formatUsd(554_000_000)).toBe('$554M');
    expect(formatUsd(1_050_000_000)).toBe('$1.05B');
    expect(formatUsd(1_269_700_000)).toBe('$1.27B');
    expect(formatUsd(30_000)).toBe('$30K');
  });

  it('writes small dollar amounts in full and cents only when needed', () => {
    expect(formatUsd(2)).toBe('$2');
    expect(formatUsd(2_500)).toBe('$2,500');
    expect(formatUsd(0.08)).toBe('$0.08');
  });

  it('quotes millions exactly when asked for digits', () => {
    expect(formatValue(5_576_000, { kind: 'usd', digits: 3 })).toBe('$5.576M');
  });

  it('writes counts compactly with three significant digits by default', () => {
    expect(formatCompact(2_788_000)).toBe('2.79M');
    expect(formatCompact(2_788_000, 4)).toBe('2.788M');
    expect(formatCompact(671e9)).toBe('671B');
    expect(formatCompact(14.8e12)).toBe('14.8T');
    expect(formatCompact(119_000)).toBe('119K');
  });

  it('writes scientific notation with a superscript exponent', () => {
    expect(formatSci(3.8e25)).toBe('3.8 × 10²⁵');
    expect(formatSci(3.2856e24)).toBe('3.3 × 10²⁴');
  });

  it('writes multipliers, percentages, grouped numbers and years', () => {
    expect(formatValue(11.06, { kind: 'multiplier' })).toBe('11.1×');
    expect(formatValue(2, { kind: 'multiplier' })).toBe('2×');
    expect(formatValue(0.0159, { kind: 'percent', digits: 1 })).toBe('1.6%');
    expect(formatValue(2_048, { kind: 'number' })).toBe('2,048');
    expect(formatValue(2027, { kind: 'year' })).toBe('2027');
  });

  it('refuses to write NaN or Infinity', () => {
    expect(() => formatValue(Number.NaN, { kind: 'usd' })).toThrow(/non-finite/);
    expect(() => formatValue(Infinity, { kind: 'number' })).toThrow(/non-finite/);
  });
});
