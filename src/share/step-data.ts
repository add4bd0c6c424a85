/**
 * The numbers a chart step shows, with their sources: the figures its layout reads from the facts module whose
 * written form (with or without its unit: "$5.6M", "2.79M GPU-hours" or "2.79M") appears in the step's text marks.
 */
import { facts } from '../../content/facts';
import { isExternal, sources, type SourceKey } from '../../content/sources';
import { toCsv } from '../lib/csv';
import { basisSources, display, type Fact } from '../lib/facts';
import { formatValue } from '../lib/format';
import type { Mark } from '../charts/types';

/** The forms of a figure worth looking for: as displayed, and without its unit suffix. */
function writtenForms(fact: Fact): string[] {
  const bare = 'suffix' in fact.format && fact.format.suffix ? formatValue(fact.value, { ...fact.format, suffix: '' }) : undefined;
  return [display(fact), bare].filter((form): form is string => Boolean(form) && /\d/.test(form ?? ''));
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Whether `form` stands as a whole number in `text` (not part of a longer one: "2" is not found in "2,048" or "12"). */
const standsIn = (text: string, form: string): boolean => new RegExp(`(?<![\\w.,$])${escapeRegExp(form)}(?![\\w]|[.,]\\d)`).test(text);

/** Of the figures a layout read (`read`), those whose written form appears in its marks' text, in the facts module's order. */
export function shownFacts(marks: readonly Mark[], read: ReadonlySet<string>, registry: Map<string, Fact> = facts): Fact[] {
  const text = marks.flatMap((mark) => (mark.kind === 'text' && (mark.opacity ?? 1) > 0 ? [mark.text] : [])).join('\n');
  return [...registry.values()].filter((fact) => read.has(fact.id) && writtenForms(fact).some((form) => standsIn(text, form)));
}

/**
 * One line naming the sources of the figures: "Sources: DeepSeek-AI, DeepSeek-V3 Technical Report; …". A figure computed
 * or assumed on this page names the sources of its inputs, and the line says that some arithmetic is the page's own.
 */
export function sourceLine(shown: readonly Fact[]): string {
  const keys: SourceKey[] = [...new Set(shown.flatMap((fact) => basisSources(facts, fact)))];
  const external = keys.filter((key) => isExternal(sources[key]));
  const named = external.map((key) => `${sources[key].author}, ${sources[key].title}`);
  if (shown.some((fact) => fact.status === 'derived' || !isExternal(sources[fact.source]))) named.push('arithmetic and assumptions of this page');
  if (named.length === 0) return '';
  return `${named.length === 1 ? 'Source' : 'Sources'}: ${named.join('; ')}`;
}

/**
 * The step's numbers as CSV: one row per figure, with its status, source and where in the source. A figure of this
 * page's own points at `methodsUrl`, the absolute address of the article's methods section, where its working is.
 */
export function stepCsv(shown: readonly Fact[], methodsUrl: string): string {
  const header = ['id', 'value', 'display', 'status', 'source_author', 'source_title', 'source_url', 'locator', 'formula'];
  return toCsv(
    header,
    shown.map((fact) => {
      const source = sources[fact.source];
      const url = isExternal(source) ? source.url : methodsUrl;
      return [fact.id, fact.value, display(fact), fact.status, source.author, source.title, url, fact.locator, fact.formula ?? ''];
    }),
  );
}
