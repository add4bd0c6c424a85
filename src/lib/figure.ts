/** Reading figures: the one door from charts, prose and pages to the facts module. */
import { facts } from '../../content/facts';
import { display, lookup, type Fact } from './facts';

/** While figuresRead runs: the ids read so far. */
let reading: Set<string> | undefined;

/** Counts `id` as read by the figuresRead call running now, if any (for a figure looked up earlier and kept). */
export const noteRead = (id: string): void => {
  reading?.add(id);
};

/** The figure with this id; throws naming the context when the id is unknown. */
export const figure = (id: string, context?: string): Fact => {
  noteRead(id);
  return lookup(facts, id, context);
};

/** The figure's value as a plain number. */
export const value = (id: string, context?: string): number => figure(id, context).value;

/** The figure as written on the page, e.g. "$5.6M". */
export const text = (id: string, context?: string): string => display(figure(id, context));

/** Runs `work` and returns its result with the ids of the figures it read (how a chart download lists its sources). */
export function figuresRead<T>(work: () => T): { result: T; ids: Set<string> } {
  const outer = reading;
  const ids = new Set<string>();
  reading = ids;
  try {
    return { result: work(), ids };
  } finally {
    reading = outer;
    for (const id of ids) outer?.add(id);
  }
}
