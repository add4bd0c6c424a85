/** Every figure as a plain record, for the facts downloads (CSV and JSON). */
import { sources } from '../../content/sources';
import { display, type Fact } from './facts';
import { toCsv } from './csv';

/** One figure as the downloads write it. */
export interface FactRecord {
  id: string;
  value: number;
  /** As written on the page, e.g. "$5.6M". */
  display: string;
  status: Fact['status'];
  source: string;
  sourceTitle: string;
  sourceUrl: string;
  locator: string;
  formula: string;
  inputs: string[];
}

/** The figures, in declaration order. */
export function factRecords(facts: Map<string, Fact>): FactRecord[] {
  return [...facts.values()].map((fact) => ({
    id: fact.id,
    value: fact.value,
    display: display(fact),
    status: fact.status,
    source: fact.source,
    sourceTitle: sources[fact.source].title,
    sourceUrl: sources[fact.source].url,
    locator: fact.locator,
    formula: fact.formula ?? '',
    inputs: fact.inputs ?? [],
  }));
}

/** The figures as CSV (derived figures list their inputs separated by spaces). */
export function factsCsv(records: FactRecord[]): string {
  const header = ['id', 'value', 'display', 'status', 'source', 'source_title', 'source_url', 'locator', 'formula', 'inputs'];
  return toCsv(
    header,
    records.map((r) => [r.id, r.value, r.display, r.status, r.source, r.sourceTitle, r.sourceUrl, r.locator, r.formula, r.inputs.join(' ')]),
  );
}
