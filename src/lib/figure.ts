/** Reading figures: the one door from charts, prose and pages to the facts module. */
import { facts } from '../../content/facts';
import { display, lookup, type Fact } from './facts';

/** The figure with this id; throws naming the context when the id is unknown. */
export const figure = (id: string, context?: string): Fact => lookup(facts, id, context);

/** The figure's value as a plain number. */
export const value = (id: string, context?: string): number => figure(id, context).value;

/** The figure as written on the page, e.g. "$5.6M". */
export const text = (id: string, context?: string): string => display(figure(id, context));
