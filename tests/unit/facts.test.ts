import { describe, expect, it } from 'vitest';
import { facts } from '../../content/facts';
import { sources } from '../../content/sources';
import { derived, display, given, lookup, resolveFacts } from '../../src/lib/facts';

describe('the facts module', () => {
  it('gives every figure a known source, a locator and a status', () => {
    for (const fact of facts.values()) {
      expect(Object.keys(sources), fact.id).toContain(fact.source);
      expect(fact.locator.trim().length, fact.id).toBeGreaterThan(2);
      expect(['confirmed', 'reported', 'derived', 'claim', 'assumption'], fact.id).toContain(fact.status);
    }
  });

  it('gives every source a title, an author and an address: https, or this page for its own arithmetic and model', () => {
    for (const [key, source] of Object.entries(sources)) {
      expect(source.title.length, key).toBeGreaterThan(3);
      expect(source.author.length, key).toBeGreaterThan(1);
      expect(source.url, key).toMatch(key === 'this-page' || key === 'cost-model' ? /^#methods$/ : /^https:\/\//);
    }
  });

  it('credits every computed figure to this page and every model assumption to the cost model, never to an analyst', () => {
    for (const fact of facts.values()) {
      if (fact.status === 'derived') expect(fact.source, fact.id).toBe('this-page');
      if (fact.id.startsWith('model.')) expect(['this-page', 'cost-model'], fact.id).toContain(fact.source);
      if (fact.source === 'cost-model') expect(fact.status, fact.id).toBe('assumption');
    }
  });

  it('writes derived formulas in words, without code identifiers', () => {
    for (const fact of facts.values()) {
      if (fact.formula) expect(fact.formula, fact.id).not.toMatch(/\b[a-z]{2,}[A-Z][a-z]+|\b[a-z0-9]+\.[a-z]\w+/);
    }
  });

  it('keeps Table 1’s stage costs equal to their GPU-hours × the rental price, and the stated pace to the cluster’s', () => {
    const v = (id: string) => lookup(facts, id).value;
    for (const stage of ['pretrain', 'context', 'post', 'total']) {
      expect(v(`v3.cost.${stage}`), stage).toBeCloseTo(v(`v3.gpuHours.${stage}`) * v('v3.rentalPrice'), 6);
    }
    expect(v('v3.daysPerTrillion')).toBeCloseTo(v('v3.gpuHoursPerTrillion') / v('v3.clusterGpus') / 24, 1);
  });

  it('reproduces the brief’s scenarios: the Central lab at US costs and the run on owned hardware', () => {
    const v = (id: string) => lookup(facts, id).value;
    expect(Math.round(v('model.centralUs.totalPerYear') / 1e7)).toBe(67);
    expect(Math.round(v('model.centralUsLarge.totalPerYear') / 1e7)).toBe(71);
    expect(v('v3.runOwnedLow') / 1e6).toBeCloseTo(3.6, 1);
    expect(v('v3.runOwnedHigh') / 1e6).toBeCloseTo(4.8, 1);
    expect(v('outlook.yearsFromRun')).toBeCloseTo(1, 0);
    expect(v('outlook.yearsFromLab')).toBeCloseTo(3.4, 1);
  });

  it('computes every derived figure from its inputs, with its formula shown', () => {
    for (const fact of facts.values()) {
      if (fact.status !== 'derived') continue;
      expect(fact.formula, fact.id).toBeTruthy();
      expect(fact.inputs?.length, fact.id).toBeGreaterThan(0);
      for (const input of fact.inputs ?? []) expect(facts.has(input), `${fact.id} ← ${input}`).toBe(true);
    }
  });

  it('adds the three stages of Table 1 up to the 2,788K GPU-hours the report prints', () => {
    const stages = ['pretrain', 'context', 'post'].map((s) => lookup(facts, `v3.gpuHours.${s}`).value);
    expect(lookup(facts, 'v3.gpuHours.total').value).toBe(stages.reduce((a, b) => a + b));
    expect(lookup(facts, 'v3.gpuHours.total').value).toBe(2_788_000);
  });

  it('prices the run at GPU-hours × rental price: the famous $5.576M', () => {
    const hours = lookup(facts, 'v3.gpuHours.total').value;
    const price = lookup(facts, 'v3.rentalPrice').value;
    expect(lookup(facts, 'v3.cost.total').value).toBe(hours * price);
    expect(display(lookup(facts, 'v3.cost.totalExact'))).toBe('$5.576M');
    expect(display(lookup(facts, 'v3.cost.total'))).toBe('$5.6M');
  });

  it('derives the run length and the Llama comparison from their inputs', () => {
    const v = (id: string) => lookup(facts, id).value;
    expect(v('v3.totalDays')).toBeCloseTo(v('v3.gpuHours.total') / v('v3.clusterGpus') / 24, 9);
    expect(v('peers.gpuHoursRatio')).toBeCloseTo(v('llama405.gpuHours') / v('v3.gpuHours.total'), 9);
    expect(v('v3.flops')).toBeCloseTo(6 * v('v3.params.active') * v('v3.tokens'), -20);
    expect(v('staff.entries')).toBe(v('staff.researchAuthors') + v('staff.annotation') + v('staff.business'));
  });

  it('displays every figure without NaN or Infinity', () => {
    for (const fact of facts.values()) expect(display(fact), fact.id).not.toMatch(/NaN|Infinity/);
  });
});

describe('declaring figures', () => {
  it('fails on an unknown figure id, naming the id and where it was used', () => {
    expect(() => lookup(facts, 'v3.nope', 'content/sections/02-peers.mdx')).toThrow('Unknown figure id "v3.nope" in content/sections/02-peers.mdx');
  });

  it('refuses a figure without a source locator', () => {
    expect(() => resolveFacts({ x: given(1, { kind: 'number' }, 'ds-v3', ' ', 'confirmed') })).toThrow(/no locator/);
  });

  it('refuses a figure citing a source that is not in the sources list', () => {
    const unsourced = { ...given(1, { kind: 'number' }, 'ds-v3', 'p. 1', 'confirmed'), source: 'blog' as 'ds-v3' };
    expect(() => resolveFacts({ x: unsourced })).toThrow(/unknown source "blog"/);
  });

  it('refuses a derived figure whose input is declared after it', () => {
    expect(() =>
      resolveFacts({
        sum: derived(['a'], (a) => a, 'a', { kind: 'number' }),
        a: given(1, { kind: 'number' }, 'ds-v3', 'p. 1', 'confirmed'),
      }),
    ).toThrow(/"sum" uses "a"/);
  });

  it('refuses a derived figure with no inputs (a typed number dressed up as derived)', () => {
    expect(() => resolveFacts({ x: derived([], () => 3, 'three', { kind: 'number' }) })).toThrow(/names no inputs/);
  });

  it('refuses a derived figure that computes to a non-finite value', () => {
    expect(() =>
      resolveFacts({
        zero: given(0, { kind: 'number' }, 'ds-v3', 'p. 1', 'confirmed'),
        ratio: derived(['zero'], (z) => 1 / z, '1 ÷ zero', { kind: 'number' }),
      }),
    ).toThrow(/computes to Infinity/);
  });
});
