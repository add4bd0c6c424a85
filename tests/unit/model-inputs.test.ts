import { describe, expect, it } from 'vitest';
import { addressFor } from '../../src/calculator/address';
import { assumptions, isInputKey } from '../../src/model/assumptions';
import { presets } from '../../src/model/inputs';
import { inputsFromQuery, queryFromInputs } from '../../src/model/query';
import { inputsAreValid, validateInput, validateValue } from '../../src/model/validate';

describe('assumptions', () => {
  it('describe every input of the model exactly once', () => {
    expect(assumptions.map((a) => a.key).sort()).toEqual(Object.keys(presets.central).sort());
  });

  it('accept every preset value, and their sliders reach every preset value', () => {
    for (const preset of ['low', 'central', 'high'] as const) {
      expect(inputsAreValid(presets[preset]), preset).toBe(true);
      for (const a of assumptions) {
        expect(presets[preset][a.key], `${preset} ${a.key}`).toBeGreaterThanOrEqual(a.slider.min);
        expect(presets[preset][a.key], `${preset} ${a.key}`).toBeLessThanOrEqual(a.slider.max);
      }
    }
  });

  it('keep every slider inside the accepted range, and every range finite', () => {
    for (const a of assumptions) {
      expect(Number.isFinite(a.min) && Number.isFinite(a.max), a.key).toBe(true);
      expect(a.slider.min, a.key).toBeGreaterThanOrEqual(a.min);
      expect(a.slider.max, a.key).toBeLessThanOrEqual(a.max);
    }
  });

  it('never accept a depreciation period of zero years (it would divide by zero)', () => {
    expect(validateValue('depreciationYears', 0).ok).toBe(false);
    expect(validateValue('depreciationYears', 1).ok).toBe(true);
  });
});

describe('validateInput', () => {
  it('reads plain numbers, thousands separators, a leading dollar sign and surrounding spaces', () => {
    expect(validateInput('gpus', '35000')).toEqual({ ok: true, value: 35_000 });
    expect(validateInput('gpus', '35,000')).toEqual({ ok: true, value: 35_000 });
    expect(validateInput('pricePerGpu', '$30,000')).toEqual({ ok: true, value: 30_000 });
    expect(validateInput('usdPerKwh', ' 0.08 ')).toEqual({ ok: true, value: 0.08 });
    expect(validateInput('usdPerKwh', '.08')).toEqual({ ok: true, value: 0.08 });
  });

  it('refuses empty fields, words, Infinity, hexadecimal and overflowing exponents with a message', () => {
    for (const raw of ['', '   ', 'abc', 'Infinity', 'NaN', '0x10', '1e999', '12abc']) {
      const result = validateInput('gpus', raw);
      expect(result.ok, raw).toBe(false);
      if (!result.ok) expect(result.message.length, raw).toBeGreaterThan(5);
    }
  });

  it('refuses values outside the range, naming the range', () => {
    const below = validateInput('gpus', '-5');
    const above = validateInput('gpus', '2000000');
    expect(below.ok).toBe(false);
    expect(above.ok).toBe(false);
    if (!below.ok) expect(below.message).toContain('1,000,000');
  });

  it('refuses fractions of a GPU or a person but accepts fractional years and prices', () => {
    expect(validateInput('gpus', '1.5').ok).toBe(false);
    expect(validateInput('headcount', '2.5').ok).toBe(false);
    expect(validateInput('depreciationYears', '4.5')).toEqual({ ok: true, value: 4.5 });
  });

  it('accepts the edges: zero GPUs, zero staff, one year and very large fleets', () => {
    expect(validateInput('gpus', '0').ok).toBe(true);
    expect(validateInput('headcount', '0').ok).toBe(true);
    expect(validateInput('depreciationYears', '1').ok).toBe(true);
    expect(validateInput('gpus', '1000000').ok).toBe(true);
  });
});

describe('query parameters', () => {
  it('write nothing for Central', () => {
    expect(queryFromInputs(presets.central).toString()).toBe('');
  });

  it('write only the assumptions that differ from Central', () => {
    const params = queryFromInputs({ ...presets.central, gpus: 50_000, costPerHead: 400_000 });
    expect([...params.keys()]).toEqual(['gpus', 'costPerHead']);
  });

  it('round-trip every preset', () => {
    for (const preset of ['low', 'central', 'high'] as const) {
      const reading = inputsFromQuery(queryFromInputs(presets[preset]));
      expect(reading.inputs).toEqual(presets[preset]);
      expect(reading.notes).toEqual([]);
    }
  });

  it('ignore unknown names with a note, keeping everything else', () => {
    const reading = inputsFromQuery(new URLSearchParams('gpus=40000&colour=blue'));
    expect(reading.inputs).toEqual({ ...presets.central, gpus: 40_000 });
    expect(reading.notes).toHaveLength(1);
    expect(reading.notes[0]).toContain('colour');
  });

  it('ignore out-of-range, non-numeric and empty values with a note each, falling back to Central', () => {
    const reading = inputsFromQuery(new URLSearchParams('gpus=-5&pue=abc&headcount=&depreciationYears=0'));
    expect(reading.inputs).toEqual(presets.central);
    expect(reading.notes).toHaveLength(4);
    expect(reading.notes.join(' ')).toContain('gpus=-5');
  });

  it('use the first of repeated names, with a note', () => {
    const reading = inputsFromQuery(new URLSearchParams('gpus=40000&gpus=10'));
    expect(reading.inputs.gpus).toBe(40_000);
    expect(reading.notes).toHaveLength(1);
  });

  it('leave parameters that belong to other parts of the site alone, silently', () => {
    const reading = inputsFromQuery(new URLSearchParams('utm_source=x&gpus=40000'), (name) => name.startsWith('utm_'));
    expect(reading.notes).toEqual([]);
  });

  it('only ever name real assumptions', () => {
    for (const name of queryFromInputs(presets.high).keys()) expect(isInputKey(name)).toBe(true);
  });
});

describe('addressFor', () => {
  it('keeps the path, the #hash and other parameters, and replaces the calculator’s own', () => {
    const next = addressFor('https://example.org/sub/?ref=a&gpus=1#methods', { ...presets.central, headcount: 300 });
    const url = new URL(next);
    expect(url.pathname).toBe('/sub/');
    expect(url.hash).toBe('#methods');
    expect(url.searchParams.get('ref')).toBe('a');
    expect(url.searchParams.get('gpus')).toBeNull();
    expect(url.searchParams.get('headcount')).toBe('300');
  });

  it('leaves no trailing "?" when the estimate is Central', () => {
    expect(addressFor('https://example.org/?gpus=1#methods', presets.central)).toBe('https://example.org/#methods');
  });
});
