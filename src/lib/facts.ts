/** The figure registry: how facts are declared, resolved and looked up. */
import { formatValue, type Format } from './format';
import { sources, type SourceKey } from '../../content/sources';

/**
 * How sure a figure is: read in the primary source, reported second-hand, computed, an analyst's estimate,
 * or an assumption of this page's cost model (anchored in the cited source, chosen here).
 */
export type Status = 'confirmed' | 'reported' | 'derived' | 'claim' | 'assumption';

/** A figure as the site uses it: value, how to write it, and where it comes from. */
export interface Fact {
  id: string;
  value: number;
  format: Format;
  source: SourceKey;
  /** Where in the source: a table, page or section, or the formula for a derived figure. */
  locator: string;
  status: Status;
  /** For derived figures: the formula in words, shown to readers. */
  formula?: string;
  /** For derived figures: the ids of the figures it is computed from. */
  inputs?: string[];
}

/** A figure read from a source. */
export interface GivenSpec {
  value: number;
  format: Format;
  source: SourceKey;
  locator: string;
  status: Exclude<Status, 'derived'>;
}

/** A figure computed from other figures, never typed: its source is always this page, its inputs carry theirs. */
export interface DerivedSpec {
  inputs: string[];
  compute: (...values: number[]) => number;
  /** The formula in words, as readers see it. */
  formula: string;
  format: Format;
}

export type FactSpec = GivenSpec | DerivedSpec;

/** Declares a figure read from a source. */
export const given = (value: number, format: Format, source: SourceKey, locator: string, status: GivenSpec['status']): GivenSpec => ({
  value,
  format,
  source,
  locator,
  status,
});

/** Declares a figure computed on this page from earlier figures. */
export const derived = (inputs: string[], compute: DerivedSpec['compute'], formula: string, format: Format): DerivedSpec => ({
  inputs,
  compute,
  formula,
  format,
});

/** Resolves specs in declaration order; a derived figure may only use figures declared before it. */
export function resolveFacts(specs: Record<string, FactSpec>): Map<string, Fact> {
  const facts = new Map<string, Fact>();
  for (const [id, spec] of Object.entries(specs)) {
    if ('compute' in spec) {
      if (spec.inputs.length === 0) throw new Error(`Derived figure "${id}" names no inputs: declare it with given() and a source`);
      const values = spec.inputs.map((input) => {
        const fact = facts.get(input);
        if (!fact) throw new Error(`Derived figure "${id}" uses "${input}", which is not declared before it`);
        return fact.value;
      });
      const value = spec.compute(...values);
      if (!Number.isFinite(value)) throw new Error(`Derived figure "${id}" computes to ${value}`);
      if (!spec.formula.trim()) throw new Error(`Derived figure "${id}" has no formula in words`);
      facts.set(id, {
        id,
        value,
        format: spec.format,
        source: 'this-page',
        locator: 'computed on this page',
        status: 'derived',
        formula: spec.formula,
        inputs: spec.inputs,
      });
    } else {
      if (!(spec.source in sources)) throw new Error(`Figure "${id}" cites unknown source "${spec.source}"`);
      if (!spec.locator.trim()) throw new Error(`Figure "${id}" has no locator in its source`);
      if (spec.source === 'this-page' && spec.status !== 'assumption') {
        throw new Error(`Figure "${id}" is typed but cites this page: declare it with derived() and its inputs`);
      }
      facts.set(id, { id, ...spec });
    }
  }
  return facts;
}

/** Looks up a figure, failing loudly (naming the caller's context) when the id is unknown. */
export function lookup(facts: Map<string, Fact>, id: string, context = 'the page'): Fact {
  const fact = facts.get(id);
  if (!fact) throw new Error(`Unknown figure id "${id}" in ${context}`);
  return fact;
}

/** The figure as written on the page, e.g. "$5.6M". */
export const display = (fact: Fact): string => formatValue(fact.value, fact.format);

/** The sources a figure rests on: its own, or for a derived figure those of the figures it is computed from. */
export function basisSources(facts: Map<string, Fact>, fact: Fact): SourceKey[] {
  if (!fact.inputs) return [fact.source];
  const found = fact.inputs.flatMap((input) => {
    const inputFact = facts.get(input);
    return inputFact ? basisSources(facts, inputFact) : [];
  });
  return [...new Set(found)];
}
