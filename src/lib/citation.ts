/** How a figure is cited in words: its status, its formula when derived, and where in which source. */
import { facts } from '../../content/facts';
import { sources, type Source } from '../../content/sources';
import { basisSources, type Fact } from './facts';

/** What a reader is told about one figure's origin. */
export interface Citation {
  /** The figure's status as a sentence fragment, e.g. "Confirmed in the source". */
  status: string;
  /** For derived figures: how it is computed, in words. */
  formula?: string;
  /** The key of the source in content/sources.ts (its entry in the methods list is #source-<key>). */
  sourceKey: string;
  source: Source;
  /** Where in the source. */
  locator: string;
}

/** The citation of a figure. */
export function citation(fact: Fact): Citation {
  const source = sources[fact.source];
  const status = {
    confirmed: 'Confirmed in the source',
    reported: 'Reported second-hand',
    derived: 'Derived on this page',
    claim: `Stated by ${source.author}`,
    assumption: fact.source === 'cost-model' ? 'An assumption of this page’s cost model' : 'A choice made on this page',
  }[fact.status];
  // A derived figure names the sources of the figures it is computed from, so its card never stops at "this page".
  const basis = fact.formula
    ? [
        ...new Set(
          basisSources(facts, fact)
            .filter((key) => key !== 'this-page')
            .map((key) => (key === 'cost-model' ? 'this page’s cost model' : sources[key].author)),
        ),
      ]
    : [];
  const formula = fact.formula && basis.length > 0 ? `${fact.formula} (inputs: ${basis.join('; ')})` : fact.formula;
  return { status, ...(formula ? { formula } : {}), sourceKey: fact.source, source, locator: fact.locator };
}

/** The words before the source's title: "Status. Formula. Author, ". */
export const citationLead = (cite: Citation): string => `${cite.status}. ${cite.formula ? `${cite.formula}. ` : ''}${cite.source.author}, `;
